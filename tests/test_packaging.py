"""What an installed package brings: the wheel ships the example schedule and the report's
templates; `schedule list` with no schedules directory says how to start one, and `schedule init`
writes the shipped example; PostgreSQL's driver is an extra, and its absence is explained."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reformcrawl.schedule.config import EXAMPLE_NAME, example_schedule, load_schedules
from reformcrawl.store import StoreError, open_store

ROOT = Path(__file__).resolve().parent.parent


def reformcrawl(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if k != "REFORMCRAWL_SCHEDULES"}, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reformcrawl", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.slow
def test_the_wheel_ships_the_example_schedule_and_the_report_templates(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(ROOT / "reformcrawl", source / "reformcrawl", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"),
                            str(source)], capture_output=True, text=True, timeout=300)
    if built.returncode != 0 and "No matching distribution" in built.stderr:
        pytest.skip(f"no build backend can be had here: {built.stderr.strip()[-300:]}")
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = (tmp_path / "dist").glob("reformcrawl-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert f"reformcrawl/schedule/{EXAMPLE_NAME}" in names
    assert {"reformcrawl/report/templates/index.html", "reformcrawl/report/templates/report.css"} <= names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode("utf-8")
    assert 'Requires-Dist: psycopg[binary]>=3.1; extra == "postgres"' in metadata
    assert not any(line.startswith("Requires-Dist: psycopg") and "extra" not in line for line in metadata.splitlines())


def test_without_a_schedules_directory_list_says_how_to_start_one(tmp_path: Path) -> None:
    listed = reformcrawl(tmp_path, "schedule", "list")
    assert listed.returncode == 2 and "reformcrawl schedule init" in listed.stderr
    made = reformcrawl(tmp_path, "schedule", "init")
    assert made.returncode == 0, made.stderr
    written = tmp_path / "schedules" / EXAMPLE_NAME
    assert written.read_text("utf-8") == example_schedule()
    assert list(load_schedules(tmp_path / "schedules").schedules) == ["nightly"]  # a usable schedule
    assert reformcrawl(tmp_path, "schedule", "list").returncode == 0
    again = reformcrawl(tmp_path, "schedule", "init")
    assert again.returncode == 2 and "exists already" in again.stderr
    assert written.read_text("utf-8") == example_schedule()  # never replaced


def test_the_repository_example_is_the_shipped_one() -> None:
    assert (ROOT / "schedules" / EXAMPLE_NAME).read_text("utf-8") == example_schedule()


def test_postgresql_without_its_driver_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if `reformcrawl[postgres]` were not installed
    with pytest.raises(StoreError, match=r"pip install 'reformcrawl\[postgres\]'"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
