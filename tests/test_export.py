"""`reformcrawl export`: the stored articles (latest version each) as JSONL or CSV, filtered by
time and portal, streamed in batches, with Vietnamese text intact."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from reformcrawl.cli import cli
from reformcrawl.config import VIETNAM_TZ
from reformcrawl.store.revisit import RevisitPolicy
from reformcrawl.core.model import Article
from reformcrawl.portals import get_portal
from reformcrawl.store import export as store_export
from reformcrawl.store import open_store
from reformcrawl.store.articles import record_gone, record_page
from reformcrawl.store.export import DETAIL_FIELDS, EXPORT_FIELDS, iter_articles
from tests.helpers import reformcrawl

POLICY = RevisitPolicy.parse("1d/7d,7d/30d")
#: When each article was stored (UTC); a naive --since is Vietnam time (+07:00).
DAY1 = datetime(2024, 2, 1, 1, 0, tzinfo=timezone.utc)  # 08:00 in Vietnam
DAY2 = datetime(2024, 2, 2, 1, 0, tzinfo=timezone.utc)
DAY3 = datetime(2024, 2, 3, 1, 0, tzinfo=timezone.utc)

TEXT_V1 = "Tỷ lệ hồ sơ được số hóa đạt 67,32%.\n\nNgười dân hài lòng với dịch vụ công trực tuyến."
TEXT_V2 = "Tỷ lệ hồ sơ được số hóa đạt 78,15%.\n\nNgười dân hài lòng với dịch vụ công trực tuyến."

# (portal, slug, title, text, stored at)
ARTICLES = [
    ("nbtv", "chi-so-cai-cach-hanh-chinh-tang-3-bac-175620.html", "Chỉ số cải cách hành chính tăng 3 bậc", TEXT_V1, DAY1),
    ("angiang", "-/hdnd-tinh-thong-qua-nghi-quyet-giam-phi", "HĐND tỉnh thông qua nghị quyết giảm phí, lệ phí", "Kỳ họp thứ 15 HĐND tỉnh khóa X.\n\n\"Trích dẫn\", dấu phẩy; xuống dòng.", DAY1),
    ("nbtv", "le-hoi-trang-an-nam-2024-173058.html", "Khai hội Tràng An năm 2024", "Lễ hội diễn ra sôi nổi.", DAY2),
    ("angiang", "-/nong-dan-ung-dung-chuyen-doi-so", "Nông dân ứng dụng chuyển đổi số", "Đổi mới sáng tạo ở Châu Đốc.", DAY2),
    ("nbtv", "bai-viet-da-go-999001.html", "Bài viết đã gỡ", "Nội dung cũ.", DAY2),
]


def url_of(portal: str, slug: str) -> str:
    return f"https://{get_portal(portal).host}/{slug.lstrip('/')}" if portal == "angiang" else f"https://nbtv.vn/tin-tuc/thoi-su/{slug}"


@pytest.fixture
def stored(db_url: str) -> str:
    return populate(db_url)


def populate(db_url: str) -> str:
    """Five articles over two portals; the first edited on day 3 (version 2); the last gone."""
    store = open_store(db_url)
    with store.session() as s:
        for n, (portal, slug, title, text, when) in enumerate(ARTICLES):
            article = Article(url=url_of(portal, slug), portal=portal, title=title, author="PV" if n % 2 else None,
                              published_at=datetime(2024, 1, 20 + n, 16, 45, tzinfo=VIETNAM_TZ), text=text,
                              is_reform=n < 2)
            record_page(s, portal=get_portal(portal), url=article.url, article=article, fetched_at=when, policy=POLICY)
    portal, slug, title, _, _ = ARTICLES[0]
    edited = Article(url=url_of(portal, slug), portal=portal, title=title, author=None,
                     published_at=datetime(2024, 1, 20, 16, 45, tzinfo=VIETNAM_TZ), text=TEXT_V2, is_reform=True)
    with store.session() as s:
        record_page(s, portal=get_portal(portal), url=edited.url, article=edited, fetched_at=DAY3, policy=POLICY)
        record_gone(s, url=url_of("nbtv", ARTICLES[4][1]), fetched_at=DAY3)
    store.close()
    return db_url


def run_export(db_url: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["export", "--db", db_url, *args])
    return result.exit_code, result.stdout, result.stderr


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_has_the_latest_version_of_every_article(stored):
    code, out, err = run_export(stored)
    assert code == 0, err
    rows = jsonl(out)
    assert [r["url"] for r in rows] == [url_of(p, s) for p, s, *_ in ARTICLES]  # storage order
    assert all(list(r) == [*EXPORT_FIELDS, *DETAIL_FIELDS] for r in rows)  # JSONL adds sessions and figures
    first = rows[0]
    assert first["version"] == 2 and first["text"] == TEXT_V2 and "67,32%" not in out
    assert first["title"] == "Chỉ số cải cách hành chính tăng 3 bậc"
    assert first["published_at"] == "2024-01-20T16:45:00+07:00"
    assert (first["first_seen_at"], first["last_changed_at"]) == ("2024-02-01T08:00:00+07:00", "2024-02-03T08:00:00+07:00")
    assert first["is_reform"] is True and rows[2]["is_reform"] is False
    assert rows[1]["text"] == ARTICLES[1][3] and rows[1]["author"] == "PV"
    assert [r["status"] for r in rows] == ["live"] * 4 + ["gone"]  # gone articles stay, marked
    assert "\\u" not in out  # Vietnamese written as itself, not escaped


def test_since_and_portal_filter(stored):
    def urls(*args: str) -> list[str]:
        code, out, err = run_export(stored, *args)
        assert code == 0, err
        return [r["url"] for r in jsonl(out)]

    edited = url_of("nbtv", ARTICLES[0][1])
    # a naive --since is Vietnam time: 2024-02-02 is 2024-02-01T17:00Z; day 2's articles (01:00Z
    # on the 2nd) and the article edited on day 3 are in, day 1's other article is not
    assert urls("--since", "2024-02-02") == [edited, *(url_of(p, s) for p, s, *_ in ARTICLES[2:])]
    # the boundary is inclusive
    assert urls("--since", "2024-02-03T08:00:00+07:00") == [edited]
    assert urls("--since", "2024-02-03T08:00:01+07:00") == []
    assert urls("--portal", "angiang") == [url_of(p, s) for p, s, *_ in ARTICLES if p == "angiang"]
    assert urls("--portal", "angiang", "--since", "2024-02-02") == [url_of("angiang", ARTICLES[3][1])]
    assert urls("--portal", "hochiminhcity") == []


def test_csv_matches_jsonl(stored):
    code, out, err = run_export(stored, "--format", "csv", "--since", "2024-02-02", "--portal", "nbtv")
    assert code == 0, err
    assert out.startswith("\ufeff")  # UTF-8 with a byte order mark: spreadsheets read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows and list(rows[0]) == list(EXPORT_FIELDS)
    _, as_json, _ = run_export(stored, "--since", "2024-02-02", "--portal", "nbtv")
    expected = jsonl(as_json)
    assert [r["url"] for r in rows] == [r["url"] for r in expected]
    for row, obj in zip(rows, expected):
        assert row["text"] == obj["text"] and row["title"] == obj["title"]  # blank lines inside a field survive
        assert row["version"] == str(obj["version"]) and row["is_reform"] == ("true" if obj["is_reform"] else "false")
        assert row["author"] == (obj["author"] or "")


def test_output_file_and_a_real_pipe_keep_vietnamese(sqlite_url, tmp_path):
    stored = populate(sqlite_url)
    target = tmp_path / "out.csv"
    child = reformcrawl(["export", "--db", stored, "--format", "csv", "-o", str(target)], tmp_path)
    assert child.stdout == ""
    assert "Chỉ số cải cách hành chính tăng 3 bậc" in target.read_text("utf-8")
    # stdout of a child whose locale and stdio encoding are plain ASCII: still UTF-8, as the
    # command promises, neither escaped nor a UnicodeEncodeError
    ascii_env = {"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"}
    child = reformcrawl(["export", "--db", stored, "--portal", "angiang"], tmp_path, env=ascii_env)
    assert "HĐND tỉnh thông qua nghị quyết giảm phí, lệ phí" in child.stdout
    child = reformcrawl(["export", "--db", stored, "--portal", "angiang", "--format", "csv"], tmp_path, env=ascii_env)
    assert "Nông dân ứng dụng chuyển đổi số" in child.stdout


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "01/02/2024", ""])
def test_bad_since_is_one_line_and_exit_2(stored, value):
    code, out, err = run_export(stored, "--since", value)
    assert code == 2 and out == ""
    assert err.splitlines() == [err.strip()] and err.startswith("reformcrawl export: error: --since")
    assert repr(value) in err


def test_unknown_portal_is_one_line_and_exit_2(stored):
    code, out, err = run_export(stored, "--portal", "hanoi")
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "hanoi" in err


@pytest.mark.parametrize("batch", [1, 2, 3, 5, 500])
def test_batches_join_up_across_boundaries(stored, monkeypatch, batch):
    monkeypatch.setattr(store_export, "_BATCH", batch)
    store = open_store(stored)
    try:
        with store.session() as s:
            everything = [r["url"] for r in iter_articles(s)]
        with store.session() as s:
            nbtv = [r["url"] for r in iter_articles(s, portal="nbtv")]
        with store.session() as s:
            since = [r["url"] for r in iter_articles(s, since=DAY2)]
    finally:
        store.close()
    assert everything == [url_of(p, s) for p, s, *_ in ARTICLES]
    assert nbtv == [url_of(p, s) for p, s, *_ in ARTICLES if p == "nbtv"]
    assert since == [url_of("nbtv", ARTICLES[0][1])] + [url_of(p, s) for p, s, *_ in ARTICLES[2:]]
    code, out, _ = run_export(stored, "--portal", "nbtv")  # the command streams through the same batches
    assert code == 0 and [r["url"] for r in jsonl(out)] == nbtv


def test_an_empty_database_exports_nothing(db_url):
    code, out, err = run_export(db_url)
    assert (code, out, err) == (0, "", "")
    code, out, err = run_export(db_url, "--format", "csv")
    assert code == 0 and out.splitlines() == ["\ufeff" + ",".join(EXPORT_FIELDS)]
