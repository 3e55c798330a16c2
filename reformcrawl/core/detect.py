"""What extraction calls: the sessions and figures of one article. Pure: no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .figures import find_figures
from .model import Figure, SessionMention
from .sessions import find_sessions

__all__ = ["Detected", "detect"]


@dataclass(frozen=True)
class Detected:
    """The numbered meetings and the figures found in one article (one version of it)."""

    sessions: tuple[SessionMention, ...]
    figures: tuple[Figure, ...]

    @classmethod
    def empty(cls) -> Detected:
        return cls((), ())

    def to_dict(self) -> dict[str, list[dict]]:
        return {"sessions": [s.to_dict() for s in self.sessions],
                "figures": [f.to_dict() for f in self.figures]}


def detect(
    title: str | None,
    text: str,
    *,
    reference: date | None,
    province: str | None,
) -> Detected:
    """Sessions from the title and the text, figures from the text only.

    `reference` is the date yearless in-body dates resolve against (the publication date);
    `province` is the portal's province (the scope of local figures, the council of "HĐND tỉnh").
    """
    if not text and not title:
        return Detected.empty()
    return Detected(
        sessions=find_sessions(title, text or "", reference=reference, province=province),
        figures=find_figures(text or "", province=province, title=title,
                             publication_year=reference.year if reference else None),
    )
