"""Schedule files: `schedules/*.toml`, one schedule per file.

```toml
name = "nightly"                 # default: the file name without .toml
enabled = true
portals = ["nbtv", "angiang"]    # default: every configured portal
cron = "0 2 * * *"               # minute hour day month weekday (0 or 7 = Sunday)
timezone = "Asia/Ho_Chi_Minh"    # the cron expression's clock
jitter = 300                     # start up to this many seconds late, at random
misfire_grace = 86400            # a run missed by at most this much still runs (once)
revisit = "due"                  # due | all | none
revisit_policy = "1d/7d,7d/30d"
notify = true                    # send pending events after the run
feed = "/var/www/reformcrawl/events.atom"   # optional: write an Atom feed after the run
report = "/var/www/reformcrawl/report"      # optional: write the report (a static site) after the run
max_pages = 500                  # optional, per portal
max_runtime = 21600              # optional: stop a run that takes longer (seconds)

[base_urls]                      # optional: serve a portal from another origin (a mirror)
nbtv = "http://127.0.0.1:8000/"

[settings]                       # optional: Scrapy settings for the crawl (-s NAME=VALUE)
DOWNLOAD_DELAY = 2
```

A broken file becomes a `ScheduleProblem` naming the file and the key; the other files still load.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from importlib import resources
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomllib
from apscheduler.triggers.cron import CronTrigger

from ..crawl.options import REVISIT_MODES, origin_problem, settings_problems
from ..portals import PortalConfigError, all_portals, get_portal
from ..inputs import read_text_file
from ..store.revisit import DEFAULT_POLICY, PolicyError, RevisitPolicy

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_MISFIRE_GRACE = 86400  # a day: after a week down, the last missed nightly run still runs, once
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$")
KEYS = (
    "name", "enabled", "portals", "cron", "timezone", "jitter", "misfire_grace", "revisit", "revisit_policy",
    "notify", "feed", "report", "max_pages", "max_runtime", "base_urls", "settings", "distributed",
)
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


class ScheduleError(ValueError):
    """One bad key in one schedule file."""

    def __init__(self, key: str | None, message: str) -> None:
        super().__init__(message)
        self.key, self.message = key, message


@dataclass(frozen=True)
class ScheduleProblem:
    """A schedule file that cannot be used, and why: `schedules/x.toml: cron: ...`."""

    path: Path
    key: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.key}: {self.message}" if self.key else f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Schedule:
    name: str
    path: Path
    portals: tuple[str, ...]
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE
    jitter: int = 0
    misfire_grace: int = DEFAULT_MISFIRE_GRACE
    revisit: str = "due"
    revisit_policy: str = DEFAULT_POLICY
    notify: bool = True
    enabled: bool = True
    feed: Path | None = None
    report: Path | None = None  # a directory: the report is written there after each run
    max_pages: int | None = None
    max_runtime: int | None = None
    base_urls: Mapping[str, str] = field(default_factory=dict)
    settings: Mapping[str, str] = field(default_factory=dict)
    all_portals: bool = False  # `portals` was left out: every configured portal
    distributed: bool = False  # seed the run into Redis for `reformcrawl worker`s instead of crawling here

    @property
    def trigger_name(self) -> str:
        """What the run records say started the run."""
        return f"schedule:{self.name}"

    @property
    def job_id(self) -> str:
        return f"schedule:{self.name}"

    @property
    def lease_name(self) -> str:
        return f"schedule:{self.name}"

    def trigger(self, *, jitter: bool = True) -> CronTrigger:
        return cron_trigger(self.cron, self.timezone, self.jitter if jitter else 0)

    def next_fire_times(self, now: datetime, count: int = 3) -> list[datetime]:
        """The next `count` fire times after `now` (without jitter), in the schedule's timezone."""
        trigger, times = self.trigger(jitter=False), []
        previous = None
        for _ in range(count):
            nxt = trigger.get_next_fire_time(previous, now if previous is None else previous)
            if nxt is None:
                break
            times.append(nxt)
            previous = nxt
        return times

    def nominal_fire_time(self, run_time: datetime) -> datetime:
        """The cron time a (possibly jittered) run time stands for: the key that makes a fire
        time run once however many schedulers see it."""
        if not self.jitter:
            return run_time
        nominal = self.trigger(jitter=False).get_next_fire_time(None, run_time - timedelta(seconds=self.jitter))
        return nominal if nominal is not None and nominal <= run_time else run_time


def crontab_weekdays(field_text: str) -> str:
    """A crontab weekday field (0 or 7 = Sunday, names allowed) as APScheduler names.

    APScheduler 3 numbers weekdays from Monday = 0, unlike crontab; names mean the same in both,
    so numbers are spelled out as names (`1-5` -> `mon,tue,wed,thu,fri`).
    """
    if field_text == "*":
        return "*"
    days: set[int] = set()
    for part in field_text.lower().split(","):
        body, slash, step_text = part.partition("/")
        if slash and not (step_text.isdigit() and int(step_text) > 0):
            raise ValueError(f"weekday step in {part!r} must be a positive number")
        step = int(step_text) if slash else 1
        if body == "*":
            first, last = 0, 6
        elif "-" in body:
            low, high = body.split("-", 1)
            first, last = _weekday_number(low), _weekday_number(high)
            if last == 0 and first > 0:
                last = 7  # "fri-sun": Sunday at the end of the week
            if last < first:
                raise ValueError(f"weekday range {part!r} runs backwards")
        else:
            first = _weekday_number(body)
            last = 6 if slash else first
        days.update(number % 7 for number in range(first, last + 1, step))
    if len(days) == 7:
        return "*"
    return ",".join(_WEEKDAYS[d] for d in sorted(days, key=lambda d: (d + 6) % 7))  # mon..sun


def _weekday_number(text: str) -> int:
    """0-7 (0 and 7 are Sunday) or a name; Sunday by name is 0."""
    text = text.strip()
    if text.isdigit() and int(text) <= 7:
        return int(text)
    if len(text) >= 3 and text[:3] in _WEEKDAYS:
        return _WEEKDAYS.index(text[:3])
    raise ValueError(f"{text!r} is not a weekday (0-7 or sun..sat)")


def cron_trigger(expression: str, timezone: str, jitter: int = 0) -> CronTrigger:
    """A crontab expression (`minute hour day month weekday`, or six fields with seconds first)."""
    fields = expression.split()
    if len(fields) == 5:
        second, (minute, hour, day, month, weekday) = "0", fields
    elif len(fields) == 6:
        second, minute, hour, day, month, weekday = fields
    else:
        raise ValueError(f"has {len(fields)} fields; expected 5 (minute hour day month weekday) or 6 (seconds first)")
    return CronTrigger(
        second=second, minute=minute, hour=hour, day=day, month=month,
        day_of_week=crontab_weekdays(weekday), timezone=ZoneInfo(timezone), jitter=jitter or None,
    )


# -- reading files -----------------------------------------------------------------------------

def _typed(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], what: str, default: Any) -> Any:
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) and kind is not bool and (kind is int or (isinstance(kind, tuple) and bool not in kind)):
        raise ScheduleError(key, f"must be {what}, not {value!r}")
    if not isinstance(value, kind):
        raise ScheduleError(key, f"must be {what}, not {value!r}")
    return value


def _seconds(data: Mapping[str, Any], key: str, default: int | None, *, minimum: int) -> int | None:
    value = _typed(data, key, int, "a whole number of seconds", default)
    if value is not None and value < minimum:
        raise ScheduleError(key, f"must be at least {minimum}, not {value}")
    return value


def parse_schedule(data: Mapping[str, Any], path: Path) -> Schedule:
    """One file's table as a `Schedule`; raises `ScheduleError` naming the first bad key."""
    unknown = [key for key in data if key not in KEYS]
    if unknown:
        raise ScheduleError(unknown[0], f"unknown key (known: {', '.join(KEYS)})")
    name = _typed(data, "name", str, "a string", path.stem)
    if not NAME_RE.match(name):
        raise ScheduleError("name", f"{name!r} must be 1-48 letters, digits, '_', '.' or '-'")
    portal_list = _typed(data, "portals", list, "a list of portal names", None)
    for portal in portal_list or ():
        if not isinstance(portal, str):
            raise ScheduleError("portals", f"must be a list of portal names, not {portal!r}")
    try:  # an unknown name, or a broken portal file ($REFORMCRAWL_PORTALS)
        portals = tuple(dict.fromkeys(get_portal(p).name for p in portal_list)) if portal_list else tuple(all_portals())
    except PortalConfigError as exc:
        raise ScheduleError("portals", str(exc)) from None
    cron = _typed(data, "cron", str, "a cron expression like \"0 2 * * *\"", DEFAULT_CRON).strip()
    timezone = _typed(data, "timezone", str, "a time zone name like \"Asia/Ho_Chi_Minh\"", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError("timezone", f"{timezone!r} is not a known time zone (e.g. Asia/Ho_Chi_Minh, UTC)") from None
    jitter = _seconds(data, "jitter", 0, minimum=0) or 0
    try:
        cron_trigger(cron, timezone, jitter)
    except ValueError as exc:
        raise ScheduleError("cron", f"{cron!r} is not a cron expression: {exc}") from None
    misfire_grace = _seconds(data, "misfire_grace", DEFAULT_MISFIRE_GRACE, minimum=1)
    revisit = _typed(data, "revisit", str, f"one of {', '.join(REVISIT_MODES)}", "due")
    if revisit not in REVISIT_MODES:
        raise ScheduleError("revisit", f"must be one of {', '.join(REVISIT_MODES)}, not {revisit!r}")
    policy = _typed(data, "revisit_policy", str, "a policy like \"1d/7d,7d/30d\"", DEFAULT_POLICY)
    try:
        RevisitPolicy.parse(policy)
    except PolicyError as exc:
        raise ScheduleError("revisit_policy", str(exc)) from None
    feed = _typed(data, "feed", str, "a file path", None)
    report = _typed(data, "report", str, "a directory path", None)
    base_urls = _typed(data, "base_urls", dict, "a table of portal = \"URL\"", {})
    for portal, url in base_urls.items():
        if portal not in portals:
            raise ScheduleError("base_urls", f"{portal!r} is not one of this schedule's portals ({', '.join(portals)})")
        if not isinstance(url, str):
            raise ScheduleError("base_urls", f"{portal}: must be an absolute URL like http://127.0.0.1:8000/, not {url!r}")
        if problem := origin_problem(url):
            raise ScheduleError("base_urls", f"{portal}: {problem}")
    settings = _typed(data, "settings", dict, "a table of Scrapy SETTING = value", {})
    for key, value in settings.items():
        if not re.match(r"^[A-Z][A-Z0-9_]*$", key):
            raise ScheduleError("settings", f"{key!r} is not a Scrapy setting name (like DOWNLOAD_DELAY)")
        if not isinstance(value, (str, int, float, bool)):
            raise ScheduleError("settings", f"{key}: must be a string, number or boolean, not {value!r}")
    # The crawl would fail at its start with the same value: refuse it when the file is read.
    problems = settings_problems(settings)
    if problems:
        raise ScheduleError("settings", problems[0])
    return Schedule(
        name=name,
        path=path,
        portals=portals,
        all_portals=not portal_list,
        cron=cron,
        timezone=timezone,
        jitter=jitter,
        misfire_grace=misfire_grace or DEFAULT_MISFIRE_GRACE,
        revisit=revisit,
        revisit_policy=policy,
        notify=_typed(data, "notify", bool, "true or false", True),
        enabled=_typed(data, "enabled", bool, "true or false", True),
        feed=Path(feed).expanduser() if feed else None,
        report=Path(report).expanduser() if report else None,
        max_pages=_seconds(data, "max_pages", None, minimum=1),
        max_runtime=_seconds(data, "max_runtime", None, minimum=1),
        base_urls=dict(base_urls),
        settings={key: _setting_text(value) for key, value in settings.items()},
        distributed=_typed(data, "distributed", bool, "true or false", False),
    )


def _setting_text(value: str | int | float | bool) -> str:
    return ("True" if value else "False") if isinstance(value, bool) else str(value)


@dataclass
class ScheduleSet:
    """What one directory holds: usable schedules by name, and the files that are broken."""

    directory: Path
    schedules: dict[str, Schedule] = field(default_factory=dict)
    problems: list[ScheduleProblem] = field(default_factory=list)

    @property
    def enabled(self) -> dict[str, Schedule]:
        return {name: s for name, s in self.schedules.items() if s.enabled}

    def broken_names(self) -> set[str]:
        """Names a broken file probably stands for (its file name): their jobs are kept as they were."""
        return {problem.path.stem for problem in self.problems}


def load_schedules(directory: Path, *, reader: Callable[[Path], str] | None = None) -> ScheduleSet:
    """Every `*.toml` in `directory`, sorted by file name. A missing directory is an error
    (`FileNotFoundError`); a bad file is a problem and the others still load."""
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no such schedules directory")
    result = ScheduleSet(directory=directory)
    read = reader or read_text_file
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(read(path))
        except OSError as exc:  # also a FIFO or device named *.toml, or a file over 1 MB
            result.problems.append(ScheduleProblem(path, None, f"cannot read: {exc.strerror or exc}"))
            continue
        except UnicodeDecodeError:
            result.problems.append(ScheduleProblem(path, None, "not UTF-8 text"))
            continue
        except tomllib.TOMLDecodeError as exc:
            result.problems.append(ScheduleProblem(path, None, f"not valid TOML: {exc}"))
            continue
        try:
            schedule = parse_schedule(data, path)
        except ScheduleError as exc:
            result.problems.append(ScheduleProblem(path, exc.key, exc.message))
            continue
        if schedule.name in result.schedules:
            other = result.schedules[schedule.name].path
            result.problems.append(ScheduleProblem(path, "name", f"{schedule.name!r} is already the name of {other}"))
            continue
        result.schedules[schedule.name] = schedule
    return result


EXAMPLE_NAME = "nightly.toml"


def example_schedule() -> str:
    """The example schedule shipped in the package (`schedule init` writes it)."""
    return resources.files(__package__).joinpath(EXAMPLE_NAME).read_text(encoding="utf-8")


def directory_stamp(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the schedule files: changes when any file does."""
    stamp = []
    try:
        for path in sorted(directory.glob("*.toml")):
            try:
                info = path.stat()
            except OSError:
                continue
            stamp.append((path.name, info.st_size, info.st_mtime_ns))
    except OSError:
        return ()
    return tuple(stamp)
