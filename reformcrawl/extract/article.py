"""The result of extracting one page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..monitor.model import Figure, SessionMention


@dataclass(frozen=True)
class Article:
    url: str
    portal: str | None
    title: str | None
    author: str | None
    published_at: datetime | None  # aware, Asia/Ho_Chi_Minh; None when the page does not say
    text: str | None  # clean body, paragraphs separated by a blank line; None: no article found
    is_reform: bool
    sessions: tuple[SessionMention, ...] = field(default=())
    figures: tuple[Figure, ...] = field(default=())

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n\n") if self.text else []

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the `reformcrawl extract` contract."""
        return {
            "url": self.url,
            "portal": self.portal,
            "title": self.title,
            "author": self.author,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "text": self.text,
            "is_reform": self.is_reform,
            "sessions": [s.to_dict() for s in self.sessions],
            "figures": [f.to_dict() for f in self.figures],
        }
