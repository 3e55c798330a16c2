"""When to fetch a stored article again to look for edits.

A policy is a list of tiers "every INTERVAL while younger than AGE", written `1d/7d,7d/30d`
(the default: daily for a week, weekly for a month, then never). Age counts from the article's
publication time, or from when it was first seen if the page gives none. Portals edit articles
in the first days (corrected figures, added photos); older ones rarely change, and a sitemap
`lastmod` still brings those back when they do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

DEFAULT_POLICY = "1d/7d,7d/30d"

_DURATION_RE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


class PolicyError(ValueError):
    pass


def _duration(text: str, spec: str) -> timedelta:
    match = _DURATION_RE.match(text)
    if not match or int(match.group(1)) == 0:
        raise PolicyError(f"revisit policy {spec!r}: {text.strip()!r} is not a duration like 12h, 1d, 2w")
    return int(match.group(1)) * _UNITS[match.group(2)]


@dataclass(frozen=True)
class Tier:
    interval: timedelta
    until_age: timedelta


@dataclass(frozen=True)
class RevisitPolicy:
    tiers: tuple[Tier, ...]

    @classmethod
    def parse(cls, spec: str) -> RevisitPolicy:
        """`"1d/7d,7d/30d"`; `"never"` or an empty string revisits nothing."""
        if spec.strip().lower() in ("", "never", "none"):
            return cls(tiers=())
        tiers = []
        for part in spec.split(","):
            if "/" not in part:
                raise PolicyError(f"revisit policy {spec!r}: tier {part.strip()!r} must be INTERVAL/AGE, e.g. 1d/7d")
            interval, age = part.split("/", 1)
            tiers.append(Tier(_duration(interval, spec), _duration(age, spec)))
        if any(b.until_age <= a.until_age for a, b in zip(tiers, tiers[1:])):
            raise PolicyError(f"revisit policy {spec!r}: ages must increase from tier to tier")
        return cls(tiers=tuple(tiers))

    def next_visit(self, *, born: datetime, last_fetched: datetime) -> datetime | None:
        """When to fetch again after `last_fetched`, or None for never."""
        age = last_fetched - born
        for tier in self.tiers:
            if age < tier.until_age:
                return last_fetched + tier.interval
        return None
