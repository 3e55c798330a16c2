"""The demo's report in a real browser: headless Chromium loads the pages from file://, and the
rendered DOM and a screenshot 375 pixels wide are checked. Skipped, with the reason, where no
Chromium can be had (`.ci/run` installs Debian's package when it is missing)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from reformcrawl.cli import cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(f"no headless browser on PATH (tried {', '.join(BROWSERS)}); `apt-get install chromium` brings one")


def chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--user-data-dir={profile}", *args],
        capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """The demo's database, its report, and a browser profile folder."""
    binary = browser()
    tmp = tmp_path_factory.mktemp("report-browser")
    db_file = tmp / "demo.db"
    env = {**os.environ, "REFORMCRAWL_HOME": str(tmp), "PYTHONPATH": str(ROOT)}
    demo = subprocess.run([sys.executable, "-m", "reformcrawl", "demo", "--db-file", str(db_file)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr[-2000:]
    out = tmp / "report"
    result = CliRunner().invoke(cli, ["report", "--db", f"sqlite:///{db_file}", "-o", str(out)])
    assert result.exit_code == 0, result.output
    yield binary, out, tmp / "profile"


def rendered(binary: str, profile: Path, page: Path) -> html.HtmlElement:
    dom = chromium(binary, profile, "--dump-dom", page.as_uri()).stdout.decode("utf-8")
    return html.fromstring(dom)


def test_the_index_renders_the_runs_events_and_their_links(site: tuple[str, Path, Path]) -> None:
    binary, out, profile = site
    index = rendered(binary, profile, out / "index.html")
    assert "phiên thứ 8" in index.xpath("string(//section[@class='sessions'])")  # new sessions first
    events = index.xpath("//section[@class='run']//li[contains(@class, 'event')]")
    lines = [li.text_content() for li in events]
    assert any("phiên thứ 8" in line for line in lines)  # the demo's new session
    assert events[0].get("data-kind") == "new_session"  # sessions first in the run that found it
    sources = index.xpath("//a[@class='source']/@href")
    assert sources and all(re.match(r"https://[a-z.]+/", href) for href in sources)  # each event to its article
    for href in index.xpath("//nav//a/@href") + index.xpath("//a[starts-with(@href, 'metric/')]/@href"):
        assert (out / href).is_file(), href  # the site's own links resolve on disk
    assert index.xpath("//a[starts-with(@href, 'article/')]")  # the edited article's comparison


def test_a_metric_page_draws_its_chart(site: tuple[str, Path, Path]) -> None:
    binary, out, profile = site
    listing = html.fromstring((out / "metrics.html").read_text("utf-8"))
    busiest = max(listing.xpath("//tbody/tr"), key=lambda row: int(row.xpath("string(td[4])")))
    href = busiest.xpath("td[1]/a/@href")[0]
    metric = rendered(binary, profile, out / href)
    marks = metric.xpath("//*[local-name()='svg']//*[contains(concat(' ', @class, ' '), ' mark ')]")
    assert len(marks) >= 3
    assert len(metric.xpath("//*[local-name()='svg']//*[local-name()='a']/@href")) == len(marks)
    assert len(metric.xpath("//tbody/tr")) == len(marks)  # the table of readings under it


def test_screenshots_are_not_blank_at_phone_width(site: tuple[str, Path, Path], tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image", reason="Pillow (the [test] extra) decodes the screenshot")
    binary, out, profile = site
    listing = html.fromstring((out / "metrics.html").read_text("utf-8"))
    for page in (out / "index.html", out / listing.xpath("//tbody/tr[1]/td[1]/a/@href")[0]):
        shot = tmp_path / f"{page.stem}.png"
        chromium(binary, profile, f"--screenshot={shot}", "--window-size=375,900", page.as_uri())
        with image.open(shot) as picture:
            assert picture.size == (375, 900)
            colours = picture.convert("RGB").getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 20, page  # text, links and lines, not one flat colour
