"""Scoring an extraction against the article body: token-level precision, recall and F1.

Tokens are lowercased words; the score compares multisets, so a paragraph printed twice costs
precision and a missing one costs recall. Used by the quality gate in the tests and by
`bench/extract_quality.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN_RE.findall(text.lower()))


@dataclass(frozen=True)
class Score:
    true_positive: int
    extracted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.extracted if self.extracted else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positive + other.true_positive, self.extracted + other.extracted, self.expected + other.expected
        )


def score(extracted: str | None, expected: str) -> Score:
    got, want = tokens(extracted or ""), tokens(expected)
    return Score(sum((got & want).values()), sum(got.values()), sum(want.values()))
