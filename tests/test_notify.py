"""Alert delivery to real receivers on loopback: one message per run and channel, never twice,
failed sends retried, history never sent, channel URLs never shown."""

from __future__ import annotations

import email
import email.header
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from reformcrawl.cli import cli
from reformcrawl.monitor.notify import Channel, NotifyConfigError, _claim, load_channels, notify
from reformcrawl.store import open_store
from reformcrawl.store.run_records import start_run

from .monitor_helpers import article, held, set_baseline, store_and_observe
from .receivers import SmtpSink, Webhook


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.close()


@pytest.fixture
def store(sqlite_url: str):
    store = open_store(sqlite_url)
    yield store
    store.close()


def two_runs_of_events(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv")
        run1 = start_run(s, portals=["nbtv"]).id
        store_and_observe(s, article("https://nbtv.vn/a-1001.html", title="Phiên họp thứ tám", sessions=(held(8),)), run_id=run1)
        run2 = start_run(s, portals=["nbtv"]).id
        store_and_observe(s, article("https://nbtv.vn/b-1002.html", title="Tin thứ hai"), run_id=run2)


def test_one_message_per_run_and_never_twice(store, webhook) -> None:
    two_runs_of_events(store)
    channel = Channel(name="team", url=webhook.url)
    report = notify(store, [channel])
    assert len(report.sent) == 2 and report.failed == []
    assert len(webhook.received) == 2
    first = webhook.received[0]
    assert first["title"].startswith("reformcrawl: 1 phiên họp mới, 1 bài mới")
    assert "Phiên họp mới: Ban Chỉ đạo cải cách hành chính của Chính phủ, phiên thứ 8" in first["message"]
    assert "https://nbtv.vn/a-1001.html" in first["message"]
    assert notify(store, [channel]).sent == []
    assert len(webhook.received) == 2


def test_history_is_never_sent(store, webhook) -> None:
    with store.session() as s:  # no baseline: the portal's first crawl
        store_and_observe(s, article("https://nbtv.vn/a-1001.html", sessions=(held(8),)))
    assert notify(store, [Channel("team", webhook.url)]).sent == []
    assert webhook.received == []


def test_failed_sends_are_retried_next_time(store, webhook) -> None:
    two_runs_of_events(store)
    channel = Channel("team", webhook.url)
    webhook.status = 500
    report = notify(store, [channel])
    assert len(report.failed) == 2 and report.sent == []
    webhook.status = 200
    assert len(notify(store, [channel]).sent) == 2
    assert len(webhook.received) == 2
    assert notify(store, [channel]).sent == []


def test_dry_run_sends_and_marks_nothing(store, webhook) -> None:
    two_runs_of_events(store)
    channel = Channel("team", webhook.url)
    assert len(notify(store, [channel], dry_run=True).sent) == 2
    assert webhook.received == []
    assert len(notify(store, [channel]).sent) == 2


def test_each_channel_gets_its_own_copy_and_kinds(store, webhook) -> None:
    two_runs_of_events(store)
    sessions_only = Webhook()
    try:
        notify(store, [Channel("all", webhook.url), Channel("sessions", sessions_only.url, kinds=("new_session",))])
        assert len(webhook.received) == 2
        assert len(sessions_only.received) == 1 and "phiên họp mới" in sessions_only.received[0]["title"]
    finally:
        sessions_only.close()


def test_two_notifiers_cannot_claim_the_same_events(store) -> None:
    two_runs_of_events(store)
    channel = Channel("team", "json://127.0.0.1:9/x")
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    assert _claim(store, channel, [1, 2], now) == [1, 2]
    assert _claim(store, channel, [1, 2], now) == []


def test_email_through_a_local_smtp_server(store) -> None:
    two_runs_of_events(store)
    sink = SmtpSink()
    try:
        report = notify(store, [Channel("mail", sink.url)])
        assert len(report.sent) == 2
        assert len(sink.messages) == 2
        subject = email.message_from_string(sink.messages[0])["Subject"]
        decoded = str(email.header.make_header(email.header.decode_header(subject)))
        assert decoded.startswith("reformcrawl: 1 phiên họp mới")
    finally:
        sink.close()


def test_channel_urls_never_reach_logs_or_output(store, webhook, tmp_path: Path, caplog, monkeypatch) -> None:
    two_runs_of_events(store)
    secret = webhook.url + "?token=s3cret"
    channels = tmp_path / "notify.toml"
    channels.write_text(f'[[channel]]\nname = "đội theo dõi"\nurl = "{secret}"\n', encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    result = CliRunner().invoke(cli, ["notify", "--config", str(channels), "--db", store.url])
    assert result.exit_code == 0, result.output
    assert "sent to đội theo dõi" in result.stdout
    assert "s3cret" not in result.output + caplog.text
    assert "127.0.0.1" not in result.output


def test_channel_config_errors(tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "notify.toml"
    bad.write_text('[[channel]]\nname = "x"\nurl = "not a url"\n', encoding="utf-8")
    with pytest.raises(NotifyConfigError, match="x: 'url' must be an apprise URL"):
        load_channels(bad, env_urls=[])
    runner = CliRunner()
    result = runner.invoke(cli, ["notify", "--config", str(tmp_path / "missing.toml")])
    assert result.exit_code == 2 and "cannot read" in result.stderr
    monkeypatch.delenv("REFORMCRAWL_NOTIFY_URLS", raising=False)
    result = runner.invoke(cli, ["notify"])
    assert result.exit_code == 2 and "no channels" in result.stderr


def test_channels_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("REFORMCRAWL_NOTIFY_URLS", "json://127.0.0.1:1/a, ntfy://127.0.0.1:2/topic")
    channels = load_channels()
    assert [c.name for c in channels] == ["env 1", "env 2"]
    assert "127.0.0.1" not in repr(channels)


def test_figure_changes_go_out_when_confirmed_and_corrections_only_where_the_change_went(store, webhook) -> None:
    from datetime import datetime

    from .monitor_helpers import VN, percent

    jan, mar, feb = (datetime(2024, m, 10, tzinfo=VN) for m in (1, 3, 2))
    channel = Channel("team", webhook.url)
    with store.session() as s:
        set_baseline(s, "nbtv")
        run = start_run(s, portals=["nbtv"]).id
        store_and_observe(s, article("https://nbtv.vn/jan-1001.html", published=jan, figures=(percent(50),)), run_id=run)
        store_and_observe(s, article("https://nbtv.vn/mar-1003.html", published=mar, figures=(percent(70),)), run_id=run)
        store_and_observe(s, article("https://nbtv.vn/guess-1004.html", published=mar.replace(day=20),
                                     figures=(percent(75, certain=False),)), run_id=run)
    notify(store, [channel])
    (message,) = [m["message"] for m in webhook.received]
    assert "50% (10/01/2024) → 70% (10/03/2024)" in message
    assert "75%" not in message  # an uncertain identity: recorded, not sent
    with store.session() as s:  # February, published between them, arrives late
        run = start_run(s, portals=["nbtv"]).id
        store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=feb, figures=(percent(60),)), run_id=run)
    notify(store, [channel])
    second = webhook.received[1]["message"]
    assert "Đính chính số liệu (1):" in second and "50% (10/01/2024) → 70% (10/03/2024)" in second
    assert "50% (10/01/2024) → 60% (10/02/2024)" in second and "60% (10/02/2024) → 70% (10/03/2024)" in second
    with store.session() as s:  # a change and its correction before anything was sent: neither goes
        run = start_run(s, portals=["nbtv"]).id
        metric = "ninh-binh/ho-so-dung-han/percent/cumulative"
        for month, value in ((6, 90), (8, 95), (7, 92)):
            store_and_observe(s, article(f"https://nbtv.vn/m{month}-20{month:02d}.html",
                                         published=datetime(2024, month, 10, tzinfo=VN),
                                         figures=(percent(value, metric, "hồ sơ đúng hạn"),)), run_id=run)
    notify(store, [channel])
    third = webhook.received[2]["message"]
    assert "90% (10/06/2024) → 92% (10/07/2024)" in third and "92% (10/07/2024) → 95% (10/08/2024)" in third
    assert "90% (10/06/2024) → 95%" not in third and "Đính chính" not in third
    assert notify(store, [channel]).sent == []
