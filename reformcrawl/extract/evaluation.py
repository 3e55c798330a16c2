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


# -- the Article Extraction Benchmark's metric (tests/fixtures/realworld/README.md) -----------------
_SHINGLE = 4


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    """4-token shingles of `\\w+` tokens (a shorter text is one shingle)."""
    words = _TOKEN_RE.findall(text or "")
    if len(words) < _SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float
    recall: float


def shingle_score(extracted: str | None, expected: str) -> PageScore:
    """One page's precision and recall over shingles: an empty extraction has precision 0 (1 if
    the gold is empty too)."""
    got, want = shingles(extracted), shingles(expected)
    tp = sum((got & want).values())
    found, wanted = sum(got.values()), sum(want.values())
    precision = tp / found if found else (1.0 if not wanted else 0.0)
    recall = tp / wanted if wanted else 1.0
    return PageScore(precision, recall)


def mean_f1(scores: list[PageScore]) -> tuple[float, float, float]:
    """(precision, recall, F1): the means over pages, and F1 of the means."""
    if not scores:
        return 0.0, 0.0, 0.0
    p = sum(s.precision for s in scores) / len(scores)
    r = sum(s.recall for s in scores) / len(scores)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
