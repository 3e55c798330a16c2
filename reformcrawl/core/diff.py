"""What changed between two versions of an article, said so a person can read it.

Sentences are compared as units (the portals edit by replacing a figure or rewriting a sentence),
figures by metric key. Pure: two texts and two figure lists in, a summary out.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .model import Figure
from .textnorm import VI_UPPER

# A sentence ends at . ! ? … followed by space and a capital, or at a paragraph break. Decimal
# commas and thousands dots ("1.894", "67,32%") never end a sentence because no space follows.
_SENTENCE_END_RE = re.compile(rf"(?<=[.!?…])\s+(?=[\"“(]?[{VI_UPPER}0-9])|\n\s*\n")
_MAX_SHOWN = 5


def sentences(text: str | None) -> list[str]:
    if not text:
        return []
    return [s.strip() for s in _SENTENCE_END_RE.split(text) if s and s.strip()]


@dataclass(frozen=True)
class FigureChange:
    metric: str
    subject: str
    old: str | None  # the raw figure before, None when it is new in this version
    new: str | None  # the raw figure after, None when it was removed

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "subject": self.subject, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Edit:
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    figures: tuple[FigureChange, ...] = ()
    title: tuple[str | None, str | None] | None = None  # (old, new) when the headline changed

    @property
    def summary(self) -> str:
        """One line: "2 câu sửa; số liệu: 92,5% → 94,1% (hồ sơ giải quyết đúng hạn)"."""
        parts = []
        if self.title:
            parts.append(f"tiêu đề: “{self.title[0]}” → “{self.title[1]}”")
        changed = min(len(self.removed), len(self.added))
        if changed:
            parts.append(f"{changed} câu sửa")
        if len(self.added) > changed:
            parts.append(f"{len(self.added) - changed} câu thêm")
        if len(self.removed) > changed:
            parts.append(f"{len(self.removed) - changed} câu bỏ")
        shown = [f"{c.old or '∅'} → {c.new or '∅'} ({c.subject})" for c in self.figures[:_MAX_SHOWN]]
        if shown:
            parts.append("số liệu: " + "; ".join(shown))
        return "; ".join(parts) or "định dạng thay đổi"

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "title": list(self.title) if self.title else None,
            "removed": list(self.removed),
            "added": list(self.added),
            "figures": [c.to_dict() for c in self.figures],
        }


def _first_by_metric(figures: Sequence[Figure]) -> dict[str, Figure]:
    found: dict[str, Figure] = {}
    for figure in figures:
        found.setdefault(figure.metric, figure)
    return found


SAME, REMOVED, ADDED = "same", "removed", "added"


def sentence_diff(old_text: str | None, new_text: str | None) -> list[tuple[str, str]]:
    """Both versions' sentences in reading order, each tagged same, removed or added (a replaced
    sentence: the old one removed, then the new one added), for showing an edit whole."""
    before, after = sentences(old_text), sentences(new_text)
    lines: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in _matcher(before, after).get_opcodes():
        if tag == "equal":
            lines += [(SAME, s) for s in before[i1:i2]]
        else:
            lines += [(REMOVED, s) for s in before[i1:i2]] + [(ADDED, s) for s in after[j1:j2]]
    return lines


def _matcher(before: list[str], after: list[str]) -> difflib.SequenceMatcher[str]:
    return difflib.SequenceMatcher(a=before, b=after, autojunk=False)


def compare(
    old_text: str | None,
    new_text: str | None,
    old_figures: Sequence[Figure] = (),
    new_figures: Sequence[Figure] = (),
    *,
    old_title: str | None = None,
    new_title: str | None = None,
) -> Edit:
    before, after = sentences(old_text), sentences(new_text)
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in _matcher(before, after).get_opcodes():
        if tag != "equal":
            removed.extend(before[i1:i2])
            added.extend(after[j1:j2])
    olds, news = _first_by_metric(old_figures), _first_by_metric(new_figures)
    changes = []
    for metric in [*olds, *(m for m in news if m not in olds)]:
        old, new = olds.get(metric), news.get(metric)
        if old is not None and new is not None and old.value == new.value:
            continue
        subject = (new or old).subject  # type: ignore[union-attr]
        changes.append(FigureChange(metric, subject, old.raw if old else None, new.raw if new else None))
    title = (old_title, new_title) if old_title != new_title else None
    return Edit(removed=tuple(removed), added=tuple(added), figures=tuple(changes), title=title)
