"""Schedule files, cron times in Vietnam time, the child's command line, job sync and `schedule list`."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from click.testing import CliRunner

from reformcrawl import config
from reformcrawl import portals as portals_module
from reformcrawl.cli import cli
from reformcrawl.portals import all_portals
from reformcrawl.schedule.config import Schedule, crontab_weekdays, load_schedules
from reformcrawl.schedule.scheduled_run import child_command
from reformcrawl.schedule.service import job_scheduler, stored_next_run_times, sync_jobs
from reformcrawl.store import open_store, run_records

REPO = Path(__file__).resolve().parents[1]
VN = timezone(timedelta(hours=7))
UTC = timezone.utc


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def one(directory: Path, name: str, text: str) -> Schedule:
    write(directory, name, text)
    loaded = load_schedules(directory)
    assert not loaded.problems, [str(p) for p in loaded.problems]
    return loaded.schedules[name]


def test_shipped_nightly_schedule_crawls_all_five_portals_at_two_vietnam_time() -> None:
    loaded = load_schedules(REPO / "schedules")
    assert not loaded.problems
    nightly = loaded.schedules["nightly"]
    assert set(nightly.portals) == {"baokhanhhoa", "baohagiang", "nbtv", "hochiminhcity", "angiang"}
    assert nightly.all_portals and nightly.enabled and nightly.notify
    assert (nightly.cron, nightly.timezone, nightly.revisit) == ("0 2 * * *", "Asia/Ho_Chi_Minh", "due")
    assert child_command(nightly, 7)[3:5] == ["crawl", "--run-id"]  # every portal: none named


def test_an_empty_file_gets_the_defaults(tmp_path: Path) -> None:
    schedule = one(tmp_path, "plain", "")
    assert schedule.name == "plain" and schedule.portals == tuple(all_portals())
    assert (schedule.cron, schedule.timezone, schedule.jitter) == ("0 2 * * *", "Asia/Ho_Chi_Minh", 0)
    assert (schedule.revisit, schedule.revisit_policy, schedule.notify, schedule.enabled) == ("due", "1d/7d,7d/30d", True, True)
    assert schedule.misfire_grace == 86400 and schedule.feed is None and schedule.max_pages is None


def test_broken_files_are_reported_with_path_and_key_and_the_others_load(tmp_path: Path) -> None:
    write(tmp_path, "good", 'portals = ["nbtv"]\ncron = "30 1 * * *"\n')
    broken = {
        "badcron": ('cron = "0 2 * *"\n', "cron: '0 2 * *' is not a cron expression: has 4 fields"),
        "badhour": ('cron = "0 25 * * *"\n', "cron: '0 25 * * *' is not a cron expression"),
        "typo": ('crom = "0 2 * * *"\n', "crom: unknown key"),
        "portal": ('portals = ["nbtv", "vnexpress"]\n', "portals: "),
        "revisit": ('revisit = "sometimes"\n', "revisit: must be one of due, all, none, not 'sometimes'"),
        "policy": ('revisit_policy = "1d/7x"\n', "revisit_policy: revisit policy '1d/7x'"),
        "jitter": ('jitter = "5m"\n', "jitter: must be a whole number of seconds, not '5m'"),
        "notify": ('notify = "yes"\n', "notify: must be true or false, not 'yes'"),
        "zone": ('timezone = "Asia/Hanoi_City"\n', "timezone: 'Asia/Hanoi_City' is not a known time zone"),
        "mirror": ('portals = ["nbtv"]\n[base_urls]\nangiang = "http://127.0.0.1:1/"\n', "base_urls: 'angiang' is not one of"),
        "relative": ('portals = ["nbtv"]\n[base_urls]\nnbtv = "127.0.0.1:1"\n', "base_urls: nbtv: '127.0.0.1:1' must be an absolute http(s) URL"),
        "ftp": ('portals = ["nbtv"]\n[base_urls]\nnbtv = "ftp://127.0.0.1/"\n', "base_urls: nbtv: 'ftp://127.0.0.1/' must be an absolute http(s) URL"),
        "delay": ('[settings]\nDOWNLOAD_DELAY = "abc"\n', "settings: DOWNLOAD_DELAY: must be a number of seconds (like 0.5), not 'abc'"),
        "negative": ('[settings]\nDOWNLOAD_DELAY = -1\n', "settings: DOWNLOAD_DELAY: must be a number of seconds (like 0.5), not -1"),
        "requests": ('[settings]\nCONCURRENT_REQUESTS_PER_DOMAIN = 1.5\n', "settings: CONCURRENT_REQUESTS_PER_DOMAIN: must be a whole number, at least 1, not 1.5"),
        "throttle": ('[settings]\nAUTOTHROTTLE_ENABLED = "maybe"\n', "settings: AUTOTHROTTLE_ENABLED: must be true or false (or 1 or 0), not 'maybe'"),
        "timeout": ('[settings]\nDOWNLOAD_TIMEOUT = true\n', "settings: DOWNLOAD_TIMEOUT: must be a number of seconds above 0 (like 30), not True"),
        "loglevel": ('[settings]\nLOG_LEVEL = "loud"\n', "settings: LOG_LEVEL: must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG, not 'loud'"),
        "toml": ('cron = "0 2 * * *\n', "not valid TOML"),
        "zz-duplicate": ('name = "good"\n', "name: 'good' is already the name of"),
    }
    for name, (text, _) in broken.items():
        write(tmp_path, name, text)
    loaded = load_schedules(tmp_path)
    assert list(loaded.schedules) == ["good"]
    reported = {problem.path.stem: str(problem) for problem in loaded.problems}
    assert set(reported) == set(broken)
    for name, (_, expected) in broken.items():
        assert reported[name].startswith(f"{tmp_path / name}.toml: "), reported[name]
        assert expected in reported[name], reported[name]
    assert loaded.broken_names() == set(broken)


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such schedules directory"):
        load_schedules(tmp_path / "nowhere")


def test_schedules_directory_option_then_environment_then_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_SCHEDULES, raising=False)
    assert config.schedules_dir() == Path("schedules")
    monkeypatch.setenv(config.ENV_SCHEDULES, str(tmp_path / "env"))
    assert config.schedules_dir() == tmp_path / "env"
    assert config.schedules_dir(str(tmp_path / "option")) == tmp_path / "option"


def test_two_in_the_morning_vietnam_time_is_seven_in_the_evening_utc_the_day_before(tmp_path: Path) -> None:
    trigger = one(tmp_path, "nightly", 'cron = "0 2 * * *"\n').trigger()
    # 18:59 UTC on 1 Feb is 01:59 on 2 Feb in Vietnam: the run is a minute away, on the UTC date before.
    fire = trigger.get_next_fire_time(None, datetime(2024, 2, 1, 18, 59, tzinfo=UTC))
    assert fire.astimezone(UTC) == datetime(2024, 2, 1, 19, 0, tzinfo=UTC)
    assert fire.astimezone(VN).date().isoformat() == "2024-02-02"
    # 19:30 UTC on 1 Feb is 02:30 on 2 Feb in Vietnam: that night's run is past, the next is 3 Feb.
    fire = trigger.get_next_fire_time(None, datetime(2024, 2, 1, 19, 30, tzinfo=UTC))
    assert fire == datetime(2024, 2, 3, 2, 0, tzinfo=VN)
    # New Year's Eve in UTC is already New Year's Day in Vietnam.
    fire = trigger.get_next_fire_time(None, datetime(2023, 12, 31, 18, 0, tzinfo=UTC))
    assert fire == datetime(2024, 1, 1, 2, 0, tzinfo=VN) == datetime(2023, 12, 31, 19, 0, tzinfo=UTC)
    # The same expression on a UTC clock fires seven hours later.
    utc_trigger = one(tmp_path, "utc", 'cron = "0 2 * * *"\ntimezone = "UTC"\n').trigger()
    assert utc_trigger.get_next_fire_time(None, datetime(2024, 2, 1, 18, 59, tzinfo=UTC)) == datetime(2024, 2, 2, 2, 0, tzinfo=UTC)


def test_weekdays_count_from_sunday_like_crontab(tmp_path: Path) -> None:
    assert crontab_weekdays("1-5") == "mon,tue,wed,thu,fri"
    assert crontab_weekdays("0") == crontab_weekdays("7") == "sun"
    assert crontab_weekdays("*/2") == "tue,thu,sat,sun"
    assert crontab_weekdays("fri-sun") == "fri,sat,sun"
    weekdays = one(tmp_path, "weekdays", 'cron = "0 6 * * 1-5"\n')
    saturday = datetime(2024, 2, 3, 12, 0, tzinfo=VN)
    assert [t.strftime("%a %d %H:%M") for t in weekdays.next_fire_times(saturday, 2)] == ["Mon 05 06:00", "Tue 06 06:00"]
    sunday_only = one(tmp_path, "sundays", 'cron = "0 6 * * 0"\n')
    assert sunday_only.next_fire_times(saturday, 1)[0] == datetime(2024, 2, 4, 6, 0, tzinfo=VN)


def test_jitter_delays_at_most_its_bound_and_maps_back_to_the_cron_time(tmp_path: Path) -> None:
    schedule = one(tmp_path, "jittery", 'cron = "0 2 * * *"\njitter = 600\n')
    now = datetime(2024, 2, 1, 12, 0, tzinfo=VN)
    nominal = datetime(2024, 2, 2, 2, 0, tzinfo=VN)
    for _ in range(20):
        fire = schedule.trigger().get_next_fire_time(None, now)
        assert nominal <= fire <= nominal + timedelta(seconds=600)
        assert schedule.nominal_fire_time(fire) == nominal


def test_child_command_line(tmp_path: Path) -> None:
    single = one(tmp_path, "mirror", """portals = ["nbtv"]
revisit = "all"
revisit_policy = "12h/3d"
max_pages = 40
[base_urls]
nbtv = "http://127.0.0.1:8000/"
[settings]
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = false
""")
    assert child_command(single, 12, "python") == [
        "python", "-m", "reformcrawl", "crawl", "nbtv", "--run-id", "12", "--trigger", "schedule:mirror",
        "--revisit", "all", "-s", "REFORMCRAWL_REVISIT_POLICY=12h/3d", "--max-pages", "40",
        "--base-url", "http://127.0.0.1:8000/", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
    ]
    several = one(tmp_path, "two", """portals = ["nbtv", "angiang"]
[base_urls]
nbtv = "http://127.0.0.1:8001/"
angiang = "http://127.0.0.1:8002/"
""")
    command = child_command(several, 3, "python")
    assert command[4:6] == ["nbtv", "angiang"] and "--base-url" not in command
    assert command[-4:] == ["--origin", "nbtv=http://127.0.0.1:8001/", "--origin", "angiang=http://127.0.0.1:8002/"]
    assert not any("sqlite" in part or "postgres" in part for part in command)  # the database URL goes in the environment
    spread = one(tmp_path, "spread", "distributed = true\n")
    assert child_command(spread, 4, "python")[-2:] == ["--distributed", "--no-work"]


def test_crawl_origin_option_is_checked_before_anything_runs() -> None:
    runner = CliRunner()
    bad = runner.invoke(cli, ["crawl", "nbtv", "angiang", "--origin", "nbtv"])
    assert bad.exit_code == 2 and "--origin 'nbtv' must look like PORTAL=http://" in bad.stderr
    other = runner.invoke(cli, ["crawl", "nbtv", "--origin", "angiang=http://127.0.0.1:1/"])
    assert other.exit_code == 2 and "'angiang' is not one of the portals being crawled (nbtv)" in other.stderr
    both = runner.invoke(cli, ["crawl", "nbtv", "--base-url", "http://127.0.0.1:1/", "--origin", "nbtv=http://127.0.0.1:2/"])
    assert both.exit_code == 2 and "not both" in both.stderr


def _paused_scheduler(url: str) -> BackgroundScheduler:
    scheduler = job_scheduler(open_store(url))
    scheduler.start(paused=True)
    return scheduler


def test_stored_jobs_follow_the_files_and_keep_their_next_run_time(tmp_path: Path, sqlite_url: str) -> None:
    directory = tmp_path / "schedules"
    write(directory, "nightly", 'cron = "0 2 * * *"\n')
    write(directory, "weekly", 'cron = "0 3 * * 0"\n')
    scheduler = _paused_scheduler(sqlite_url)
    sync_jobs(scheduler, load_schedules(directory))
    week_ago = datetime.now(VN).replace(hour=2, minute=0, second=0, microsecond=0) - timedelta(days=7)
    scheduler.modify_job("schedule:nightly", next_run_time=week_ago)  # as if the scheduler had been down
    scheduler.shutdown(wait=False)

    scheduler = _paused_scheduler(sqlite_url)  # a restart, files unchanged: the missed run stays due
    sync_jobs(scheduler, load_schedules(directory))
    assert scheduler.get_job("schedule:nightly").next_run_time == week_ago

    write(directory, "nightly", 'cron = "30 1 * * *"\n')  # changed: rescheduled from now
    (directory / "weekly.toml").write_text('cron = "0 3 * *"\n')  # broken: its job is left alone
    sync_jobs(scheduler, load_schedules(directory))
    nightly = scheduler.get_job("schedule:nightly").next_run_time.astimezone(VN)
    assert (nightly.hour, nightly.minute) == (1, 30) and nightly > datetime.now(VN)
    assert scheduler.get_job("schedule:weekly") is not None

    (directory / "weekly.toml").unlink()  # removed: its job goes
    write(directory, "nightly", 'cron = "30 1 * * *"\nenabled = false\n')  # disabled: its job goes
    sync_jobs(scheduler, load_schedules(directory))
    assert scheduler.get_jobs() == []
    scheduler.shutdown(wait=False)


def test_schedule_list_shows_next_runs_database_state_and_broken_files(tmp_path: Path, sqlite_url: str) -> None:
    directory = tmp_path / "schedules"
    write(directory, "nightly", 'cron = "0 2 * * *"\njitter = 600\nfeed = "/srv/feed.atom"\n')
    write(directory, "mirror", """portals = ["nbtv"]
cron = "15 */6 * * *"
timezone = "UTC"
notify = false
max_pages = 20
[base_urls]
nbtv = "http://127.0.0.1:8000/"
""")
    write(directory, "broken", 'cron = "every night"\n')
    store = open_store(sqlite_url)
    with store.session() as session:
        run = run_records.start_run(session, portals=["nbtv"], trigger="schedule:mirror",
                             now=datetime(2024, 2, 1, 12, 15, tzinfo=UTC))
        run_records.finish_run(session, run.id, state="finished", counts={}, errors=[],
                        now=datetime(2024, 2, 1, 12, 16, 5, tzinfo=UTC), exit_code=0)
    store.close()
    result = CliRunner().invoke(cli, ["schedule", "list", "--schedules", str(directory), "--db", sqlite_url,
                                      "--now", "2024-02-01T19:30:00+00:00", "--count", "2"])
    assert result.exit_code == 1, result.output
    portals = ", ".join(all_portals())
    assert result.stdout == f"""schedules in {directory}: 2 loaded, 1 broken

mirror  (enabled; {directory}/mirror.toml)
  when      15 */6 * * *  UTC, misfire grace 86400s
  portals   nbtv
  crawl     revisit due (1d/7d,7d/30d), max 20 pages per portal
  origin    nbtv = http://127.0.0.1:8000/
  after     no alerts
  next      2024-02-02 00:15:00 Fri +00:00
            2024-02-02 06:15:00 Fri +00:00
  last run  1 finished, started 2024-02-01 12:15:00 Thu +00:00, 65s, exit 0

nightly  (enabled; {directory}/nightly.toml)
  when      0 2 * * *  Asia/Ho_Chi_Minh, jitter up to 600s, misfire grace 86400s
  portals   all: {portals}
  crawl     revisit due (1d/7d,7d/30d)
  after     notify, feed /srv/feed.atom
  next      2024-02-03 02:00:00 Sat +07:00
            2024-02-04 02:00:00 Sun +07:00

broken (not run until fixed):
  {directory}/broken.toml: cron: 'every night' is not a cron expression: has 2 fields; expected 5 (minute hour day month weekday) or 6 (seconds first)
"""
    assert stored_next_run_times(open_store(sqlite_url)) == {}


def test_schedule_list_rejects_a_setting_the_crawl_could_not_read(tmp_path: Path) -> None:
    """The value would fail inside the crawl, after its run record exists: it is refused when the
    file is read, with the file, the key and the setting named, and the schedule never runs."""
    directory = tmp_path / "schedules"
    write(directory, "good", 'portals = ["nbtv"]\n[settings]\nDOWNLOAD_DELAY = 2\nAUTOTHROTTLE_ENABLED = false\n')
    write(directory, "slow", 'portals = ["nbtv"]\n[settings]\nDOWNLOAD_DELAY = "abc"\n')
    result = CliRunner().invoke(cli, ["schedule", "list", "--schedules", str(directory), "--now", "2024-02-01T19:30:00+00:00"])
    assert result.exit_code == 1
    assert "schedules in" in result.stdout and ": 1 loaded, 1 broken" in result.stdout
    assert (f"  {directory}/slow.toml: settings: DOWNLOAD_DELAY: must be a number of seconds (like 0.5), not 'abc'\n"
            in result.stdout)
    assert "  settings  DOWNLOAD_DELAY=2 AUTOTHROTTLE_ENABLED=False" in result.stdout


def test_a_fifo_among_the_schedule_files_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    write(tmp_path, "good", 'portals = ["nbtv"]\n')
    os.mkfifo(tmp_path / "pipe.toml")
    loaded = load_schedules(tmp_path)
    assert list(loaded.schedules) == ["good"]
    [problem] = loaded.problems
    assert str(problem) == f"{tmp_path}/pipe.toml: cannot read: is a named pipe (FIFO), not a regular file"


def test_a_broken_portal_file_is_a_schedule_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    portals_file = tmp_path / "portals.toml"
    portals_file.write_text('[nbtv]\nhost = 42\n', encoding="utf-8")
    monkeypatch.setenv(config.ENV_PORTALS, str(portals_file))
    portals_module._portals.cache_clear()
    try:
        write(tmp_path / "schedules", "nightly", "")
        [problem] = load_schedules(tmp_path / "schedules").problems
    finally:
        monkeypatch.delenv(config.ENV_PORTALS)
        portals_module._portals.cache_clear()
    assert str(problem).endswith(f"nightly.toml: portals: {portals_file}: portal 'nbtv': 'host' must be a host name "
                                 'like "nbtv.vn", not 42')
