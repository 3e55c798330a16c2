"""`reformcrawl report`: the static site built from a database (escaped, Vietnamese, linked), its
SVG chart module, the sentence diff shown in context, and a schedule writing it after a run."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from reformcrawl.cli import cli
from reformcrawl.core.diff import ADDED, REMOVED, SAME, sentence_diff
from reformcrawl.mirror.server import MirrorServer
from reformcrawl.monitor.health import check_portal_health
from reformcrawl.report.chart import ChartPoint, format_number, line_chart, nice_ticks
from reformcrawl.report.pages import GAP, period_name, with_context
from reformcrawl.schedule.config import load_schedules
from reformcrawl.schedule.scheduled_run import RunnerSettings, execute
from reformcrawl.store import open_store
from reformcrawl.store.run_records import start_run

from .monitor_helpers import VN, article, held, percent, set_baseline, store_and_observe

HOSTILE = "<script>alert(1)</script> Tỷ lệ \x1b[31msố hóa & \"hồ sơ\""
SO_HOA = "national/ho-so-tthc-so-hoa/percent/cumulative"
TEXT_V1 = "Tỷ lệ hồ sơ được số hóa đạt 67,32%. Người dân hài lòng. Câu ba. Câu bốn. Câu năm."
TEXT_V2 = "Tỷ lệ hồ sơ được số hóa đạt 78,15%. Người dân hài lòng. Câu ba. Câu bốn. Câu năm."
SVG = "{http://www.w3.org/2000/svg}"


def populate(url: str) -> None:
    """Three readings of one metric (the middle one unconfirmed), a new session, an edited
    article with a hostile title, and an unhealthy portal."""
    store = open_store(url)
    with store.session() as s:
        set_baseline(s, "nbtv", "angiang")
        run = start_run(s, portals=["nbtv", "angiang"], trigger="test")
        store_and_observe(s, article("https://nbtv.vn/a-1.html", title=HOSTILE, text=TEXT_V1,
                                     published=datetime(2023, 7, 19, 8, 0, tzinfo=VN), figures=(percent(67.32),)),
                          run_id=run.id)
        store_and_observe(s, article("https://nbtv.vn/b-2.html", title="Bài hai",
                                     published=datetime(2023, 10, 1, 8, 0, tzinfo=VN),
                                     figures=(percent(70.1, certain=False),)), run_id=run.id)
        store_and_observe(s, article("https://angiang.gov.vn/-/c-3", portal="angiang", title="Phiên họp thứ tám",
                                     published=datetime(2024, 2, 2, 9, 0, tzinfo=VN), sessions=(held(8),),
                                     figures=(percent(78.15),)), run_id=run.id)
        store_and_observe(s, article("https://nbtv.vn/a-1.html", title=HOSTILE, text=TEXT_V2,
                                     published=datetime(2023, 7, 19, 8, 0, tzinfo=VN), figures=(percent(67.5),)),
                          run_id=run.id)
        run.counts = {"total": {"pages": 4, "new": 3, "changed": 1},
                      "portals": {"nbtv": {"pages": 3, "listing_pages": 2, "article_links": 9, "new": 2, "changed": 1},
                                  "angiang": {"pages": 1, "listing_pages": 1, "article_links": 0}}}
        run.errors = [{"portal": "nbtv", "kind": "http", "url": "https://nbtv.vn/x.html", "message": "HTTP 500"}]
        run.state, run.ended_at = "finished", datetime.now(timezone.utc)
        check_portal_health(s, portal="angiang", run_id=run.id, counts={"listing_pages": 1, "article_links": 0},
                            now=datetime.now(timezone.utc))
    store.close()


def build(url: str, out: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["report", "--db", url, "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def page(path: Path) -> html.HtmlElement:
    return html.fromstring(path.read_text("utf-8"))


def test_the_site_shows_runs_metrics_edits_and_health(db_url: str, tmp_path: Path) -> None:
    populate(db_url)
    out = tmp_path / "site"
    previous = os.umask(0o022)
    try:
        said = build(db_url, out)
    finally:
        os.umask(previous)
    assert "1 tracked figures, 1 edited articles" in said
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))
    assert files == ["article/1.html", "edits.html", "health.html", "index.html",
                     "metric/national_ho-so-tthc-so-hoa_percent_cumulative.html", "metrics.html"]
    assert all(stat.S_IMODE((out / f).stat().st_mode) == 0o644 for f in files)

    index = page(out / "index.html")
    assert index.get("lang") == "vi" and index.xpath("//meta[@name='viewport']")
    assert not index.xpath("//script") and not index.xpath("//link[@rel='stylesheet']")  # self-contained
    assert [a.get("href") for a in index.xpath("//section[@class='sessions']//a[@class='source']")] == [
        "https://angiang.gov.vn/-/c-3"]  # new sessions first, above the runs
    items = index.xpath("//section[@class='run']//ul[@class='events']/li")
    assert items[0].get("data-kind") == "new_session"  # and first in their run
    assert "phiên thứ 8" in items[0].text_content()
    assert items[0].xpath(".//a[@class='source']/@href") == ["https://angiang.gov.vn/-/c-3"]
    kinds = [li.get("data-kind") for li in items]
    assert kinds.count("figure_changed") >= 1 and "article_edited" in kinds and "portal_unhealthy" in kinds
    assert index.xpath("//a[@href='metric/national_ho-so-tthc-so-hoa_percent_cumulative.html']")
    assert index.xpath("//a[@href='article/1.html']")
    unconfirmed = [li for li in items if li.get("data-kind") == "figure_changed" and "Chưa xác nhận" in li.text_content()]
    assert unconfirmed  # the changes to or from the uncertain reading are marked

    metric = page(out / "metric/national_ho-so-tthc-so-hoa_percent_cumulative.html")
    title = metric.findtext(".//h1")
    assert "cả nước" in title and "%" in title and "lũy kế" in title  # scope, unit, period
    marks = metric.xpath("//*[local-name()='svg']//*[contains(@class, 'mark')]")
    assert len(marks) == 3 and [m.get("class") for m in marks].count("mark unconfirmed") == 1
    links = metric.xpath("//*[local-name()='svg']//*[local-name()='a']/@href")
    assert links == ["https://nbtv.vn/a-1.html", "https://nbtv.vn/b-2.html", "https://angiang.gov.vn/-/c-3"]
    rows = metric.xpath("//tbody/tr")
    assert [row.xpath("string(td[2]/span[@class='value'])") for row in rows] == ["67,5%", "70,1%", "78,15%"]
    assert [row.get("class") for row in rows] == ["confirmed", "unconfirmed", "confirmed"]
    assert "chưa xác nhận: danh tính chưa chắc" in rows[1].text_content()

    edit = page(out / "article/1.html")
    assert edit.xpath("//ol[@class='diff']/li[@class='removed']//del/text()") == ["Tỷ lệ hồ sơ được số hóa đạt 67,32%."]
    assert edit.xpath("//ol[@class='diff']/li[@class='added']//ins/text()") == ["Tỷ lệ hồ sơ được số hóa đạt 78,15%."]
    assert "3 câu không đổi" in edit.text_content()

    health = page(out / "health.html")
    angiang = health.xpath("//section[@id='portal-angiang']")[0].text_content()
    assert "các trang danh sách không còn liên kết bài viết nào" in angiang and "bất thường" in angiang
    nbtv = health.xpath("//section[@id='portal-nbtv']")[0]
    assert "HTTP 500" in nbtv.text_content() and nbtv.xpath(".//a[@href='https://nbtv.vn/']")


def test_page_text_is_escaped_and_stripped_everywhere(sqlite_url: str, tmp_path: Path) -> None:
    populate(sqlite_url)
    out = tmp_path / "site"
    build(sqlite_url, out)
    for path in out.rglob("*.html"):
        text = path.read_text("utf-8")
        assert "<script>" not in text and "\x1b" not in text, path
    edit = (out / "article/1.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tỷ lệ [31msố hóa &amp; &#34;hồ sơ&#34;" in edit
    assert page(out / "article/1.html").findtext(".//h1") == "<script>alert(1)</script> Tỷ lệ [31msố hóa & \"hồ sơ\""


def test_since_and_stale_pages(sqlite_url: str, tmp_path: Path) -> None:
    populate(sqlite_url)
    out = tmp_path / "site"
    (out / "metric").mkdir(parents=True)
    (out / "metric" / "gone.html").write_text("old", "utf-8")
    (out / "notes.txt").write_text("mine", "utf-8")
    build(sqlite_url, out, "--since", "2999-01-01")
    assert not (out / "metric" / "gone.html").exists() and (out / "notes.txt").read_text("utf-8") == "mine"
    index = page(out / "index.html")
    assert not index.xpath("//section[@class='run']") and "Chưa có lượt thu thập nào" in index.text_content()
    assert (out / "metric/national_ho-so-tthc-so-hoa_percent_cumulative.html").exists()  # charts keep their history
    assert not (out / "article/1.html").exists()  # an edit before --since is left out
    bad = CliRunner().invoke(cli, ["report", "--db", sqlite_url, "-o", str(out), "--since", "hôm qua"])
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_an_empty_database_still_makes_a_site(sqlite_url: str, tmp_path: Path) -> None:
    build(sqlite_url, tmp_path / "site")
    assert "Chưa có lượt thu thập nào" in page(tmp_path / "site" / "index.html").text_content()
    assert "Chưa có số liệu nào" in page(tmp_path / "site" / "metrics.html").text_content()


# -- the chart ---------------------------------------------------------------------------------

def points(*values: float, confirmed: bool = True) -> list[ChartPoint]:
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return [ChartPoint(start + timedelta(days=30 * n), v, f"{v}%", f"https://x.vn/{n}?a=1&b=\"2\"", confirmed)
            for n, v in enumerate(values)]


def test_chart_marks_link_and_escape() -> None:
    svg = etree.fromstring(line_chart(points(67.32, 70.1, 78.15) + points(50, confirmed=False)[:1],
                                      title="Tỷ lệ <số hóa> & \x07hồ sơ", unit="%"))
    assert svg.findtext(SVG + "title") == "Tỷ lệ <số hóa> & hồ sơ"
    anchors = svg.findall(SVG + "a")
    assert [a.get("href") for a in anchors] == ['https://x.vn/0?a=1&b="2"'] * 2 + ["https://x.vn/1?a=1&b=\"2\"",
                                                                                 "https://x.vn/2?a=1&b=\"2\""]
    marks = [child for a in anchors for child in a if child.tag != SVG + "title"]
    assert [m.get("class") for m in marks].count("mark unconfirmed") == 1 and len(marks) == 4
    assert svg.find(SVG + "polyline") is not None
    ys = {float(m.get("cy") or float(m.get("y")) + float(m.get("height")) / 2) for m in marks}
    assert len(ys) == 4  # different values, different heights


def test_chart_of_one_point_and_of_equal_values() -> None:
    one = etree.fromstring(line_chart(points(5), title="một"))
    assert one.find(SVG + "polyline") is None and len(one.findall(SVG + "a")) == 1
    flat = etree.fromstring(line_chart(points(7, 7, 7), title="phẳng"))
    assert len(flat.findall(SVG + "a")) == 3
    with pytest.raises(ValueError):
        line_chart([], title="trống")


@pytest.mark.parametrize(("low", "high", "expected"), [
    (67.32, 78.15, [65, 70, 75, 80]),
    (0, 100, [0, 25, 50, 75, 100]),
    (1876, 1902, [1870, 1880, 1890, 1900, 1910]),
    (0.1, 0.37, [0.1, 0.2, 0.3, 0.4]),
    (7, 7, [2, 4, 6, 8, 10, 12]),  # one value: a range around it
])
def test_nice_ticks(low: float, high: float, expected: list[float]) -> None:
    ticks = nice_ticks(low, high)
    assert ticks == expected and ticks[0] <= low and ticks[-1] >= high


def test_numbers_periods_and_diff_context() -> None:
    assert [format_number(v) for v in (1876, 78.15, 1234567.5, 0)] == ["1.876", "78,15", "1.234.567,5", "0"]
    assert [period_name(p) for p in ("6-months", "year", "cumulative")] == ["6 tháng", "cả năm", "lũy kế / mức tại thời điểm"]
    lines = sentence_diff(TEXT_V1, TEXT_V2 + " Câu sáu mới.")
    assert [tag for tag, _ in lines] == [REMOVED, ADDED, SAME, SAME, SAME, SAME, ADDED]
    assert with_context(lines) == [lines[0], lines[1], lines[2], (GAP, "2"), lines[5], lines[6]]
    assert with_context([(SAME, "a"), (SAME, "b")]) == [(GAP, "2")]


# -- a schedule writes it ----------------------------------------------------------------------

@pytest.mark.slow
def test_a_schedule_writes_the_report_after_its_run(tmp_path: Path, sqlite_url: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Path(__file__).resolve().parent.parent
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")])))
    out = tmp_path / "www" / "report"
    directory = tmp_path / "schedules"
    directory.mkdir()
    with MirrorServer(["nbtv"]) as mirror:
        (directory / "nightly.toml").write_text(
            f'portals = ["nbtv"]\nnotify = false\nreport = "{out}"\n\n[base_urls]\nnbtv = "{mirror.origin("nbtv")}"\n\n'
            '[settings]\nAUTOTHROTTLE_ENABLED = false\nDOWNLOAD_DELAY = 0\nLOG_LEVEL = "WARNING"\n', "utf-8")
        schedule = load_schedules(directory).schedules["nightly"]
        assert schedule.report == out
        store = open_store(sqlite_url)
        try:
            outcome = execute(schedule, store, RunnerSettings(db_url=sqlite_url))
        finally:
            store.close()
    assert outcome.state == "finished", outcome.message
    index = page(out / "index.html")
    assert index.xpath(f"//section[@id='run-{outcome.run_id}']")
    assert "baseline" not in index.text_content() and "nbtv" in page(out / "health.html").text_content()
