"""Plain value types: an extracted article, and what the detectors find in it (numbered meetings, figures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from .dates import to_vietnam

Role = Literal["held", "mentioned"]
FigureKind = Literal["percent", "count", "ratio", "money", "multiplier"]


@dataclass(frozen=True)
class SessionMention:
    """A numbered meeting ("phiên họp thứ năm") of a body, as one article reports it."""

    body: str  # normalized name of the body, e.g. "Ban Chỉ đạo cải cách hành chính của Chính phủ"
    number: int
    date: date | None  # meeting date when the text gives it
    role: Role  # "held": the meeting the article reports; "mentioned": one it refers to
    evidence: str = ""  # the phrase it was read from

    @property
    def key(self) -> str:
        """Identity of the session across articles and portals."""
        from .textnorm import fold

        return f"{fold(self.body)}#{self.number}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "number": self.number,
            "date": self.date.isoformat() if self.date else None,
            "role": self.role,
        }


@dataclass(frozen=True)
class Figure:
    """A tracked quantity: "67,32% hồ sơ TTHC được số hóa" -> 67.32 percent, and what it is.

    Two readings are the same metric when their `metric` keys are equal: the same scope, measure,
    kind and period type (`core.identity`). Only `role == "reading"` values are compared over time.
    """

    raw: str
    value: float
    kind: FigureKind
    denominator: float | None
    subject: str
    metric: str  # "<scope>/<measure>/<kind>/<period>": equal for the same quantity however worded
    scope: str = ""  # "national", the province's slug, another province's slug, or "part:<words>"
    measure: str = ""  # the measure's key words
    unit: str = ""  # "%", the counted noun, "đồng", "lần"
    period: str = "cumulative"  # cumulative, year, N-months, quarter, month, year-to-date, multi-year
    period_label: str = ""  # the period as printed ("9 tháng năm 2023")
    role: str = "reading"  # reading, target, comparison, past
    certain: bool = True  # identity read from explicit words (not a default or a guess)

    @property
    def comparable(self) -> bool:
        """A reading of a whole scope over a known period: what figure alerts compare over time."""
        return self.role == "reading" and not self.scope.startswith("part:") and self.period != "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "value": self.value,
            "kind": self.kind,
            "denominator": self.denominator,
            "subject": self.subject,
            "metric": self.metric,
            "identity": {"scope": self.scope, "measure": self.measure, "unit": self.unit,
                         "period": self.period, "period_label": self.period_label},
            "role": self.role,
            "certain": self.certain,
        }


@dataclass(frozen=True)
class Article:
    """The result of extracting one page."""

    url: str
    portal: str | None
    title: str | None
    author: str | None
    published_at: datetime | None  # aware, Asia/Ho_Chi_Minh; None when the page does not say
    text: str | None  # clean body, paragraphs separated by a blank line; None: no article found
    is_reform: bool
    sessions: tuple[SessionMention, ...] = field(default=())
    figures: tuple[Figure, ...] = field(default=())
    #: where published_at came from: meta, meta+date_line, date_line, url, listing (None: unknown)
    published_at_source: str | None = None
    #: how the text was found: "region" (trafilatura's text, kept to the article region they agree
    #: on), "page" (trafilatura's text of the whole page: the structure disagreed), "none"
    extraction: str = "none"

    @property
    def confident(self) -> bool:
        """The page's structure and trafilatura agree on where the article is."""
        return self.extraction == "region" and bool(self.text)

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
            "published_at": to_vietnam(self.published_at).isoformat() if self.published_at else None,
            "published_at_source": self.published_at_source,
            "text": self.text,
            "is_reform": self.is_reform,
            "sessions": [s.to_dict() for s in self.sessions],
            "figures": [f.to_dict() for f in self.figures],
            "extraction": self.extraction,
            "confidence": "high" if self.confident else "low",
        }
