"""The README's first command, end to end in a child process: the offline demo crawls the mirror
three times, and its second crawl is news that reaches a webhook once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from reformcrawl.cli import cli

from .receivers import Webhook

ROOT = Path(__file__).resolve().parent.parent


def test_demo_then_events_then_one_message_per_run(tmp_path: Path) -> None:
    db_file = tmp_path / "demo.db"
    env = {**os.environ, "REFORMCRAWL_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reformcrawl", "demo", "--db-file", str(db_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    second = out[out.index("2. The portals publish"):out.index("3. Third crawl")]
    third = out[out.index("3. Third crawl"):]
    assert second.count("new_session") == 1
    assert "Phiên họp mới: Ban Chỉ đạo cải cách hành chính của Chính phủ, phiên thứ 8 (14/08/2024)" in second
    assert "67,32% (19/07/2023) → 78,15% (năm 2023, 02/02/2024)" in second
    assert "số liệu: 92,5% → 94,1%" in second  # the edited figure, in the edit's summary
    assert "71,3% (12/10/2023) → 89,6% (năm 2023, 02/02/2024)" in second  # the city's share, not a district's 100%
    assert second.count("article_edited") == 1
    assert "requests: 19 (article pages: 0)" in third
    assert "events:\n  (none)" in third
    assert "run 1 finished" in out and "run 2 finished" in out and "run 3 finished" in out

    db_url = f"sqlite:///{db_file}"
    runner = CliRunner()
    lines = [json.loads(x) for x in runner.invoke(cli, ["events", "--db", db_url, "--no-backfill"]).stdout.splitlines()]
    assert {r["run_id"] for r in lines} == {2}
    assert [r["kind"] for r in lines].count("new_session") == 1

    hook = Webhook()
    try:
        first = runner.invoke(cli, ["notify", "--db", db_url], env={"REFORMCRAWL_NOTIFY_URLS": hook.url})
        again = runner.invoke(cli, ["notify", "--db", db_url], env={"REFORMCRAWL_NOTIFY_URLS": hook.url})
    finally:
        hook.close()
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert len(hook.received) == 1  # the one run with news; the baseline is history, the third run had none
    assert "1 phiên họp mới" in hook.received[0]["title"] and "(lượt thu thập 2)" in hook.received[0]["title"]
    assert "nothing to send" in again.stdout
