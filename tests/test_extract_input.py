"""`reformcrawl extract` and `extract_page` on bad input: one clear line, a documented exit code,
or an honest JSON object with nulls; never a traceback, never a hang."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reformcrawl.cli import cli
from reformcrawl.extract import EmptyPage, NotHtml, PageTooLarge, extract_page
from reformcrawl.extract.decode import decode_html
from reformcrawl.inputs import InputTooLarge, read_file, read_stream

from .conftest import page_cases

NBTV = next(c for c in page_cases() if c.id == "nbtv/seed")
URL = NBTV.meta["url"]
REPO = Path(__file__).resolve().parents[1]


def run(args: list[str], stdin: bytes | None = None):
    return CliRunner().invoke(cli, args, input=stdin)


def test_cli_prints_the_contract_object(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(NBTV.html)
    result = run(["extract", str(page), "--url", URL])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["url", "portal", "title", "author", "published_at", "published_at_source", "text",
                          "is_reform", "sessions", "figures", "extraction", "confidence"]
    assert data["portal"] == "nbtv"  # inferred from the URL's host
    assert data["published_at"] == "2021-03-26T14:49:57+07:00"
    assert data["published_at_source"] == "date_line"  # the saved page carries no date metadata
    assert (data["extraction"], data["confidence"]) == ("region", "high")
    assert data["text"].split("\n\n")[0].startswith("Sáng nay (26/3)")


def test_cli_reads_stdin_and_takes_an_explicit_portal() -> None:
    result = run(["extract", "-", "--url", "https://mirror.example/x-41234.html", "--portal", "nbtv"], NBTV.html)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["author"] == "Tuyết Nhung"


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (b"", 4, "page is empty"),
        (b"   \n\t  ", 4, "page is empty"),
        (gzip.compress(NBTV.html), 4, "binary data"),
        (bytes(range(256)) * 40, 4, "binary data"),
        (b"%PDF-1.7\n" + b"x" * 2000, 4, "binary data"),
        (b"just some words, no markup at all", 4, "no HTML markup"),
    ],
    ids=["empty", "whitespace", "gzip", "binary", "pdf", "plain-text"],
)
def test_cli_refuses_what_is_not_a_page(tmp_path: Path, content: bytes, code: int, message: str) -> None:
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    result = run(["extract", str(page), "--url", URL])
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith(f"reformcrawl extract: error: {page}:")


def test_cli_missing_file_and_directory(tmp_path: Path) -> None:
    missing = run(["extract", str(tmp_path / "nope.html"), "--url", URL])
    assert missing.exit_code == 3 and "cannot read" in missing.stderr
    directory = run(["extract", str(tmp_path), "--url", URL])
    assert directory.exit_code == 3 and "is a directory" in directory.stderr


def test_cli_unknown_portal_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(NBTV.html)
    result = run(["extract", str(page), "--url", URL, "--portal", "hanoi"])
    assert result.exit_code == 2
    assert "unknown portal 'hanoi'" in result.stderr


def test_cli_refuses_a_20_mb_page_without_reading_it(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.write(b"<html><body>")
        handle.write(b"<p>" + "Cải cách hành chính. ".encode() * 40 + b"</p>\n" * 1)
        handle.truncate(20 * 1024 * 1024)
    result = run(["extract", str(page), "--url", URL])
    assert result.exit_code == 5
    assert "20.0 MB, over the 10 MB limit" in result.stderr


def test_stdin_over_the_limit_is_refused() -> None:
    result = run(["extract", "-", "--url", URL], b"<p>" + b"a" * (11 * 1024 * 1024))
    assert result.exit_code == 5


def test_truncated_page_keeps_what_arrived() -> None:
    html = NBTV.html[: NBTV.html.index("Cùng dự hội nghị".encode()) + 30]
    article = extract_page(html, URL)
    assert article.title == NBTV.expected["title"]
    assert article.text is not None and article.text.startswith("Sáng nay (26/3)")


def test_page_without_article_gives_nulls_not_inventions() -> None:
    html = "<html><head><title>Trang chủ</title></head><body><nav><a href='/a'>Tin tức</a><a href='/b'>Liên hệ</a></nav></body></html>"
    article = extract_page(html, "https://nbtv.vn/")
    assert article.text is None
    assert article.published_at is None
    assert article.author is None
    assert article.is_reform is False
    assert article.to_dict()["sessions"] == [] and article.to_dict()["figures"] == []


def test_windows_1258_page_decodes_to_the_same_text() -> None:
    utf8 = NBTV.html.decode("utf-8")
    legacy = utf8.replace('charset="utf-8"', 'charset="windows-1258"').replace("charset=utf-8", "charset=windows-1258")
    encoded = _to_cp1258(legacy)
    assert extract_page(encoded, URL).text == extract_page(NBTV.html, URL).text


def test_wrong_charset_declaration_is_overruled_by_the_bytes() -> None:
    mislabelled = NBTV.html.replace(b'charset="utf-8"', b'charset="iso-8859-1"').replace(b"charset=utf-8", b"charset=iso-8859-1")
    article = extract_page(mislabelled, URL, encoding="iso-8859-1")
    assert article.text == extract_page(NBTV.html, URL).text


def test_invalid_utf8_bytes_do_not_lose_the_page() -> None:
    broken = NBTV.html.replace("Cùng dự hội nghị".encode(), b"C\xff\xfeng d\xe1 h\xc3i ngh\xe1")
    article = extract_page(broken, URL)
    assert "Sáng nay (26/3)" in article.text


def test_library_raises_typed_errors() -> None:
    with pytest.raises(EmptyPage):
        extract_page(b"", URL)
    with pytest.raises(NotHtml):
        extract_page(b"\x00\x01\x02" * 100, URL)
    with pytest.raises(PageTooLarge):
        extract_page(b"<p>" + b"x" * (11 * 1024 * 1024), URL)


def _to_cp1258(text: str) -> bytes:
    """windows-1258 has â, ê, ô, ă, ơ, ư precomposed and the five tone marks as combining
    characters: split each letter into its base (with those marks) and its tone, then encode."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


# -- bounded input: devices, FIFOs, pipes, files that lie about their size ----------------------


def _extract_child(args: list[str], **kwargs) -> subprocess.CompletedProcess[bytes]:
    """`reformcrawl extract` in a child process: real file descriptors, and a timeout that turns a
    hang into a failure instead of a stuck test run."""
    return subprocess.run([sys.executable, "-m", "reformcrawl", "extract", *args, "--url", URL], cwd=REPO,
                          capture_output=True, timeout=60, **kwargs)


def test_a_device_is_refused_without_reading_it() -> None:
    result = run(["extract", "/dev/zero", "--url", URL])
    assert result.exit_code == 3
    assert result.stderr == ("reformcrawl extract: error: /dev/zero: is a character device, not a regular file "
                             "(a saved page is a file; pipe anything else into -)\n")


def test_a_fifo_with_no_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    result = _extract_child([str(fifo)])
    assert result.returncode == 3, result.stderr
    assert b"is a named pipe (FIFO), not a regular file" in result.stderr
    assert result.stderr.count(b"\n") == 1 and result.stdout == b""


def test_stdin_from_an_endless_device_stops_at_the_limit() -> None:
    with open("/dev/zero", "rb") as zero:
        result = _extract_child(["-"], stdin=zero)
    assert result.returncode == 5
    assert result.stderr == b"reformcrawl extract: error: <stdin>: page is over the 10 MB limit\n"


def test_a_large_stdin_pipe_is_read_only_to_the_limit() -> None:
    """The writer offers 64 MB; the reader takes 10 MB + 1 byte, refuses the page and goes away,
    so the writer's pipe breaks long before it has written everything."""
    child = subprocess.Popen([sys.executable, "-m", "reformcrawl", "extract", "-", "--url", URL], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunk = NBTV.html[: 1 << 16].ljust(1 << 16, b" ")
    written = 0
    try:
        while written < 64 * 2**20:
            child.stdin.write(chunk)
            written += len(chunk)
    except BrokenPipeError:
        pass
    finally:
        try:
            child.stdin.close()
        except BrokenPipeError:
            pass
    err = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert child.wait(timeout=60) == 5, err
    assert err == b"reformcrawl extract: error: <stdin>: page is over the 10 MB limit\n"
    assert written < 64 * 2**20


def test_read_file_stops_one_byte_past_the_limit_whatever_stat_says(tmp_path: Path) -> None:
    exact = tmp_path / "exact.html"
    exact.write_bytes(b"<p>" + b"a" * 997)
    assert read_file(exact, 1000) == exact.read_bytes()
    with pytest.raises(InputTooLarge) as over:
        read_file(exact, 999)
    assert (over.value.limit, over.value.size) == (999, 1000)
    # /proc files say they are empty (st_size 0) and are not: the bound is the read, not stat()
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    with pytest.raises(InputTooLarge) as lying:
        read_file(status, 10)
    assert lying.value.size is None  # nothing to tell but that it is over
    assert read_file(status, 1 << 20).startswith(b"Name:")


def test_read_stream_accepts_exactly_the_limit() -> None:
    assert read_stream(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    with pytest.raises(InputTooLarge):
        read_stream(io.BytesIO(b"x" * 11), 10)


def _with_legacy_sidebar(html: bytes) -> bytes:
    """The page with a readers' comments box in windows-1258 in its sidebar (a legacy widget in a
    UTF-8 template) and a stray 0xff byte in the article's last paragraph: KBs of invalid UTF-8."""
    text = extract_page(html, URL).text
    comments = "".join(f'<li><b>Bạn đọc {n}</b><p>{paragraph}</p></li>'
                       for n, paragraph in enumerate(text.split("\n\n") * 5, 1))
    box = _to_cp1258(f'<div class="nb-box"><h3>Ý kiến bạn đọc</h3><ul class="nb-comments">{comments}</ul></div>')
    html = html.replace(b'<div class="nb-col-md-4">', b'<div class="nb-col-md-4">' + box)
    return html.replace("Cùng dự hội nghị".encode(), "Cùng dự ".encode() + b"\xff" + " hội nghị".encode())


def test_stray_bytes_in_a_utf8_page_spoil_only_themselves() -> None:
    broken = _with_legacy_sidebar(NBTV.html)
    invalid = broken.decode("utf-8", errors="replace").count("\ufffd")
    assert invalid > 3000  # twice as many invalid bytes as the page has well-formed Vietnamese letters
    clean = extract_page(NBTV.html, URL)
    article = extract_page(broken, URL, encoding="utf-8")
    assert article.title == clean.title
    assert article.text == clean.text.replace("Cùng dự hội nghị", "Cùng dự \ufffd hội nghị")
    assert decode_html(broken).count("\ufffd") == invalid  # no declaration at all: the same reading


def test_a_windows_1258_page_mislabelled_utf8_is_still_read_as_windows_1258() -> None:
    legacy = _to_cp1258(NBTV.html.decode("utf-8"))  # its <meta> still says utf-8
    assert b'charset="utf-8"' in legacy or b"charset=utf-8" in legacy
    assert extract_page(legacy, URL, encoding="utf-8").text == extract_page(NBTV.html, URL).text


def test_a_declared_legacy_charset_needs_clear_utf8_to_be_overruled() -> None:
    """A windows-1258 page whose only valid UTF-8 is a pasted UTF-8 snippet stays windows-1258."""
    utf8 = NBTV.html.decode("utf-8").replace('charset="utf-8"', 'charset="windows-1258"').replace("charset=utf-8", "charset=windows-1258")
    legacy = _to_cp1258(utf8).replace(b"</body>", "<p>Đường dây nóng</p></body>".encode("utf-8"))
    assert "Sáng nay (26/3)" in decode_html(legacy, "windows-1258")
