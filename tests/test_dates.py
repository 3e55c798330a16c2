"""Tests for reformcrawl.core.dates: exact results for every date shape the portals print.

Timestamps are compared as ISO strings, which checks the instant and the +07:00 offset at once.
The seed lines and sentences are quoted verbatim from tests/fixtures/seeds/*.txt.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest

from reformcrawl.config import VIETNAM_TZ
from reformcrawl.core.dates import (
    date_from_url,
    find_partial_dates,
    find_timestamp,
    month_from_url,
    parse_timestamp,
    reference_date,
    resolve_partial_date,
    to_vietnam,
)

NOW_2024 = datetime(2024, 2, 6, 10, 0, tzinfo=VIETNAM_TZ)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


# --- parse_timestamp ------------------------------------------------------------------------------
SEED_DATE_LINES = [
    ("05:02, 03/02/2023", "2023-02-03T05:02:00+07:00"),  # baokhanhhoa, seed 000
    ("Thứ 6, 26.03.2021 | 14:49:57", "2021-03-26T14:49:57+07:00"),  # nbtv, seed 002
    ("Thứ sáu, 11/11/2022, 16:45 CH", "2022-11-11T16:45:00+07:00"),  # hochiminhcity, seed 003
    ("08:37 06/02/2024", "2024-02-06T08:37:00+07:00"),  # angiang, seed 004
]

PARSE_CASES = [
    # minutes marked with an apostrophe; English month names on bilingual portals
    ("11h55' ngày 08/12/2022", "2022-12-08T11:55:00+07:00"),
    ("16h45’ ngày 21/12/2023", "2023-12-21T16:45:00+07:00"),
    ("11 October 2022 - 10:15 GMT+7", "2022-10-11T10:15:00+07:00"),
    ("Nov 18, 2021 08:20", "2021-11-18T08:20:00+07:00"),
    ("Posted: Sept 5, 2024", "2024-09-05T00:00:00+07:00"),
    # ISO 8601 from meta tags: an own offset keeps the instant
    ("2023-07-19T15:20:00+07:00", "2023-07-19T15:20:00+07:00"),
    ("2023-07-19T08:20:00Z", "2023-07-19T15:20:00+07:00"),
    ("2023-07-19 15:20:00", "2023-07-19T15:20:00+07:00"),
    ("2023-07-19", "2023-07-19T00:00:00+07:00"),
    ("2023-07-19T15:20:00.123456+07:00", "2023-07-19T15:20:00+07:00"),
    ("2023-07-19T10:20:00-05:00", "2023-07-19T22:20:00+07:00"),
    ("2023-07-19T20:30:00+00:00", "2023-07-20T03:30:00+07:00"),
    ("Wed, 19 Jul 2023 08:20:00 +0000", "2023-07-19T15:20:00+07:00"),  # RSS pubDate
    # SA = sáng = AM, CH = chiều = PM; a 24-hour time is never shifted
    ("Thứ sáu, 11/11/2022, 04:45 CH", "2022-11-11T16:45:00+07:00"),
    ("11/11/2022, 12:10 SA", "2022-11-11T00:10:00+07:00"),
    ("11/11/2022, 12:10 CH", "2022-11-11T12:10:00+07:00"),
    ("11/11/2022, 09:05 SA", "2022-11-11T09:05:00+07:00"),
    ("11/11/2022, 9:05 PM", "2022-11-11T21:05:00+07:00"),
    # prefixes and GMT suffixes
    ("Cập nhật: 09:15 ngày 03/02/2023 (GMT+7)", "2023-02-03T09:15:00+07:00"),
    ("Cập nhật lúc 09:15 03/02/2023", "2023-02-03T09:15:00+07:00"),
    ("Ngày đăng: 03/02/2023", "2023-02-03T00:00:00+07:00"),
    ("Đăng lúc 15h20 ngày 19/7/2023", "2023-07-19T15:20:00+07:00"),
    ("Ngày: 19-07-2023", "2023-07-19T00:00:00+07:00"),
    ("Thời gian: 19.07.2023 14:30", "2023-07-19T14:30:00+07:00"),
    ("19/07/2023 15:20 GMT+07:00", "2023-07-19T15:20:00+07:00"),
    ("19/07/2023 15:20 +07:00", "2023-07-19T15:20:00+07:00"),
    ("19/07/2023 08:20 GMT+0", "2023-07-19T15:20:00+07:00"),
    # day-part words before the date or around the time shift a 12-hour time only
    ("Chiều 3/2/2023 lúc 3:15", "2023-02-03T15:15:00+07:00"),
    ("Tối 5/1/2024, 8 giờ 30", "2024-01-05T20:30:00+07:00"),
    ("8 giờ 30 tối 5/1/2024", "2024-01-05T20:30:00+07:00"),
    ("3:15 chiều 3/2/2023", "2023-02-03T15:15:00+07:00"),
    ("Sáng 3/2/2023 lúc 9:00", "2023-02-03T09:00:00+07:00"),
    ("Chiều 3/2/2023 lúc 16:45", "2023-02-03T16:45:00+07:00"),
    ("Trưa 3/2/2023, 12 giờ 30", "2023-02-03T12:30:00+07:00"),
    ("Đêm 3/2/2023, 11 giờ", "2023-02-03T23:00:00+07:00"),
    # dates in words; "năm" after "Thứ" is Thursday, elsewhere it is "year"
    ("ngày 19 tháng 7 năm 2023", "2023-07-19T00:00:00+07:00"),
    ("19 tháng 07, 2023", "2023-07-19T00:00:00+07:00"),
    ("ngày 05 tháng 09 năm 2023", "2023-09-05T00:00:00+07:00"),
    ("Thứ năm, 19 tháng 7 năm 2023", "2023-07-19T00:00:00+07:00"),
    ("Thứ Năm, ngày 5 tháng 10 năm 2023, 14:30", "2023-10-05T14:30:00+07:00"),
    # separators and time shapes
    ("19/07/2023 14h30", "2023-07-19T14:30:00+07:00"),
    ("19-07-2023 14 giờ 30", "2023-07-19T14:30:00+07:00"),
    ("19/07/2023 14 giờ 30 phút", "2023-07-19T14:30:00+07:00"),
    ("19.07.2023 14:30", "2023-07-19T14:30:00+07:00"),
    ("19/07/2023 14:30:05", "2023-07-19T14:30:05+07:00"),
    ("14h 19/07/2023", "2023-07-19T14:00:00+07:00"),
    ("3/2/2023", "2023-02-03T00:00:00+07:00"),
    ("29/02/2024", "2024-02-29T00:00:00+07:00"),
    # a duration next to a date is not its time
    ("19/07/2023 trong 48 giờ", "2023-07-19T00:00:00+07:00"),
]


@pytest.mark.parametrize(("text", "expected"), SEED_DATE_LINES + PARSE_CASES)
def test_parse_timestamp(text: str, expected: str) -> None:
    assert iso(parse_timestamp(text)) == expected


WEEKDAYS = [
    "Thứ hai", "Thứ Ba", "THỨ TƯ", "thứ năm", "Thứ Sáu", "Thứ bảy", "Thứ bẩy", "Chủ nhật",
    "Chủ Nhật", "Thứ 2", "Thứ 5", "Thứ 7", "T2", "T5", "T7", "CN",
]


@pytest.mark.parametrize("weekday", WEEKDAYS)
def test_weekday_is_ignored_never_read_as_a_number(weekday: str) -> None:
    # 19/07/2023 was a Wednesday: the weekday is dropped, not checked and not parsed.
    assert iso(parse_timestamp(f"{weekday}, 19/07/2023")) == "2023-07-19T00:00:00+07:00"
    assert iso(parse_timestamp(f"{weekday} 19/07/2023 - 10:05")) == "2023-07-19T10:05:00+07:00"


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("03/02/23", None, "2023-02-03T00:00:00+07:00"),  # no clock: the 2000s
        ("03/02/23", NOW_2024, "2023-02-03T00:00:00+07:00"),
        ("03/02/99", None, "2099-02-03T00:00:00+07:00"),
        ("03/02/99", NOW_2024, "1999-02-03T00:00:00+07:00"),  # 1999 is nearer 2024 than 2099
        ("03/02/99", datetime(2080, 1, 1, tzinfo=VIETNAM_TZ), "2099-02-03T00:00:00+07:00"),
    ],
)
def test_two_digit_year_takes_the_century_nearest_now(
    text: str, now: datetime | None, expected: str
) -> None:
    assert iso(parse_timestamp(text, now=now)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "abc", "Thứ năm", "năm 2023", "2023", "19/7", "tháng 7/2023",
        "6 tháng đầu năm 2023", "giai đoạn 2022-2025", "268 lượt xem", "1689754800",
        "31/02/2023", "29/02/2023", "32/01/2023", "00/01/2023", "15/13/2023",
        "12/13/2023",  # never re-read month first
        "19/07/2023 25:00", "19/07/2023 14:75", "31/12/1850", "hôm qua",
    ],
)
def test_parse_timestamp_incomplete_impossible_or_garbage_is_none(text: str) -> None:
    assert parse_timestamp(text, now=NOW_2024) is None


def test_decomposed_unicode_is_normalized_first() -> None:
    # Text copied from Word or windows-1258 pages arrives as NFD.
    decomposed = unicodedata.normalize("NFD", "Thứ sáu, 11/11/2022, 04:45 CH")
    assert iso(parse_timestamp(decomposed)) == "2022-11-11T16:45:00+07:00"
    assert iso(find_timestamp(decomposed)) == "2022-11-11T16:45:00+07:00"
    nfd_phrase = unicodedata.normalize("NFD", "Chiều ngày 02/02")
    assert resolve_partial_date(nfd_phrase, date(2024, 2, 6)) == date(2024, 2, 2)


def test_dateparser_fallback_reads_an_isolated_string_the_regexes_do_not() -> None:
    assert iso(parse_timestamp("19 tháng Bảy, 2023")) == "2023-07-19T00:00:00+07:00"
    assert iso(parse_timestamp("tháng 7 19, 2023")) == "2023-07-19T00:00:00+07:00"


def test_relative_phrase_needs_the_clock_passed_in() -> None:
    assert iso(parse_timestamp("2 giờ trước", now=NOW_2024)) == "2024-02-06T08:00:00+07:00"
    assert parse_timestamp("2 giờ trước") is None  # no `now`: never read the real clock


def test_very_long_input_is_read_to_the_end() -> None:
    # Its speed is measured in bench/detector_speed.py.
    garbage = ("268 lượt xem 0 / 500 ký tự 12/ 67,32% " * 3000)[:100_000]
    with_date = "x" * 99_980 + " 08:37 06/02/2024"
    assert parse_timestamp(garbage) is None
    assert find_timestamp(garbage) is None
    assert iso(parse_timestamp(with_date)) == "2024-02-06T08:37:00+07:00"
    assert iso(find_timestamp(with_date)) == "2024-02-06T08:37:00+07:00"


# --- find_timestamp -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    SEED_DATE_LINES
    + [
        ("Thứ 6, 26.03.2021 | 14:49:57\n268 lượt xem", "2021-03-26T14:49:57+07:00"),
        ("Tin, ảnh: Thu Phương - 15:20, 19/07/2023", "2023-07-19T15:20:00+07:00"),
        ("Cập nhật: 09:15 ngày 03/02/2023 (GMT+7)", "2023-02-03T09:15:00+07:00"),
        ("Cập nhật lúc 10:00 GMT+07:00, 19/07/2023", "2023-07-19T10:00:00+07:00"),
        # seed 003's header: the period 2022-2025 above the date line is not a date
        (
            "Triển khai Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống "
            "hành chính nhà nước giai đoạn 2022-2025\nThứ sáu, 11/11/2022, 16:45 CH\n"
            "Cỡ chữ Màu chữ image",
            "2022-11-11T16:45:00+07:00",
        ),
        ("31/02/2023 và 19/07/2023", "2023-07-19T00:00:00+07:00"),  # skips the impossible one
        ("19/07/2023 rồi 20/07/2023", "2023-07-19T00:00:00+07:00"),  # the first one
        ("15:20 | Chính trị | 19/07/2023", "2023-07-19T00:00:00+07:00"),  # time not next to it
        ("Đăng ngày 2023-07-19T15:20:00+07:00 bởi BBT", "2023-07-19T15:20:00+07:00"),
    ],
)
def test_find_timestamp(text: str, expected: str) -> None:
    assert iso(find_timestamp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "", "268 lượt xem", "Chiều 3-2, Thủ tướng Chính phủ", "Sáng nay (26/3)",
        "Điện thoại: 0983.570.009 - 02963.957.006", "giai đoạn 2022-2025",
        "25/25 dịch vụ công, 10/28 DVC, 62/63 địa phương", "0 / 500 ký tự",
        "đạt 67,32% và 1.894 TTHC",
    ],
)
def test_find_timestamp_without_a_complete_date_is_none(text: str) -> None:
    assert find_timestamp(text) is None


# --- dates in URLs --------------------------------------------------------------------------------
BAOHAGIANG_URL = (
    "http://baohagiang.vn/thoi-su-chinh-tri/202307/"
    "ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-hop-phien-thu-nam-81c6907/"
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.vn/2023/07/19/slug", date(2023, 7, 19)),
        ("https://example.vn/tin-tuc/20230719/slug", date(2023, 7, 19)),
        ("https://example.vn/chinh-tri/slug-20230719123456.htm", date(2023, 7, 19)),
        ("https://example.vn/2023-07-19/slug", date(2023, 7, 19)),
        ("https://example.vn/slug-2023-07-19.html", date(2023, 7, 19)),
        ("https://example.vn/tin?date=19/07/2023", date(2023, 7, 19)),
        ("https://example.vn/tin?date=19%2F07%2F2023", date(2023, 7, 19)),
        ("https://example.vn/tin?ngay=2023-07-19T10:00", date(2023, 7, 19)),
        (BAOHAGIANG_URL, None),  # only a month
        ("https://baokhanhhoa.vn/xa-hoi/202302/phien-hop-8293410/", None),
        ("https://example.vn/slug-81c6907/", None),
        ("https://example.vn/slug-8293410.html", None),
        ("https://example.vn/20231399/slug", None),  # month 13
        ("https://example.vn/2023/02/30/slug", None),
        ("https://example.vn/1899/07/19/slug", None),  # implausible year
        ("https://example.vn/slug-20230719999999.htm", None),  # not a clock time after the date
        ("https://example.vn/tin?page=12", None),
        ("", None),
    ],
)
def test_date_from_url(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (BAOHAGIANG_URL, (2023, 7)),
        ("https://baokhanhhoa.vn/xa-hoi/202302/phien-hop-8293410/", (2023, 2)),
        ("https://example.vn/2023/07/slug", (2023, 7)),
        ("https://example.vn/2023/07/19/slug", (2023, 7)),
        ("https://example.vn/slug-20230719123456.htm", (2023, 7)),
        ("https://example.vn/tin/202313/slug", None),
        ("https://example.vn/tin/199001/slug", None),  # before 1995: an id, not a month
        ("https://example.vn/tin/123456/slug", None),
        ("https://example.vn/slug-8293410/", None),
        ("", None),
    ],
)
def test_month_from_url(url: str, expected: tuple[int, int] | None) -> None:
    assert month_from_url(url) == expected


# --- partial dates --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Chiều 3-2", date(2023, 2, 3), date(2023, 2, 3)),
        ("Sáng 19.7", date(2023, 7, 19), date(2023, 7, 19)),
        ("Sáng nay (26/3)", date(2021, 3, 26), date(2021, 3, 26)),
        ("Chiều ngày 02/02/2024", date(2024, 2, 6), date(2024, 2, 2)),  # full date as is
        ("ngày 4.4.2022", date(2023, 7, 19), date(2022, 4, 4)),
        ("Sáng 11/11", date(2022, 11, 11), date(2022, 11, 11)),
        ("Tối qua (5/1)", date(2024, 1, 6), date(2024, 1, 5)),
        ("Chiều mai (27/3)", date(2021, 3, 26), date(2021, 3, 27)),
        ("ngày 19 tháng 7", date(2023, 7, 20), date(2023, 7, 19)),
        ("ngày 19 tháng 7 năm 2021", date(2023, 7, 20), date(2021, 7, 19)),
        ("3/2/23", date(2024, 1, 1), date(2023, 2, 3)),
        ("3-2", date(2023, 2, 3), date(2023, 2, 3)),  # the caller says the phrase is a date
    ],
)
def test_resolve_partial_date(text: str, reference: date, expected: date) -> None:
    assert resolve_partial_date(text, reference) == expected


# The rule: of reference.year-1, reference.year, reference.year+1, the latest candidate that is
# not more than 7 days after the reference.
@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        pytest.param("ngày 15/12", date(2024, 2, 6), date(2023, 12, 15),
                     id="december_seen_in_february_is_last_year"),
        pytest.param("ngày 28/12", date(2024, 1, 3), date(2023, 12, 28),
                     id="28_dec_seen_on_3_jan_is_last_year"),
        pytest.param("Sáng 2/1", date(2023, 12, 30), date(2024, 1, 2),
                     id="2_jan_is_3_days_after_30_dec_so_next_year"),
        pytest.param("ngày 6/1", date(2023, 12, 30), date(2024, 1, 6),
                     id="exactly_7_days_after_still_next_year"),
        pytest.param("ngày 7/1", date(2023, 12, 30), date(2023, 1, 7),
                     id="8_days_after_is_too_far_so_this_year"),
        pytest.param("Sáng 10/1", date(2023, 12, 30), date(2023, 1, 10),
                     id="11_days_after_is_too_far_so_this_year"),
        pytest.param("Chiều mai (27/3)", date(2021, 3, 26), date(2021, 3, 27),
                     id="tomorrow_is_within_the_week"),
        pytest.param("ngày 29/2", date(2024, 3, 1), date(2024, 2, 29),
                     id="29_feb_exists_in_2024"),
    ],
)
def test_partial_date_year_choice(text: str, reference: date, expected: date) -> None:
    assert resolve_partial_date(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Sáng nay", date(2021, 3, 26), date(2021, 3, 26)),
        ("Chiều nay", date(2021, 3, 26), date(2021, 3, 26)),
        ("Tối qua", date(2021, 3, 26), date(2021, 3, 25)),
        ("hôm qua", date(2021, 3, 1), date(2021, 2, 28)),
        ("Chiều mai", date(2021, 3, 26), date(2021, 3, 27)),
        ("ngày mai", date(2023, 12, 31), date(2024, 1, 1)),
    ],
)
def test_relative_words_without_digits(text: str, reference: date, expected: date) -> None:
    assert resolve_partial_date(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/2", "ngày 31/4", "ngày 0/3", "ngày 15/13", "Sáng nay (31/2)", "Sáng", "",
        "năm 2023",
        # 29/2 in 2022..2024: only 2024-02-29 exists, and it is more than 7 days after 2023-03-01
        "ngày 29/2",
    ],
)
def test_resolve_partial_date_invalid_is_none(text: str) -> None:
    assert resolve_partial_date(text, date(2023, 3, 1)) is None


def phrases(text: str, reference: date) -> list[tuple[str, date]]:
    return [(text[start:end], found) for start, end, found in find_partial_dates(text, reference)]


SEED_000 = (
    "Chiều 3-2, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của "
    "Chính phủ chủ trì họp phiên thứ ba của Ban Chỉ đạo. Phiên họp được kết nối trực tuyến tới 63 "
    "địa phương."
)
SEED_001_LEAD = (
    "Sáng 19.7, tại Hà Nội, Ban Chỉ đạo (BCĐ) Cải cách hành chính (CCHC) của Chính phủ tổ chức "
    "trực tuyến toàn quốc phiên họp thứ năm để đánh giá kết quả công tác CCHC 6 tháng đầu năm; "
    "phương hướng, nhiệm vụ 6 tháng cuối năm 2023."
)
SEED_001_RATIOS = (
    "Đến nay, cả nước có 32,05% kết quả giải quyết thủ tục hành chính (TTHC) được cấp bản điện tử "
    "có giá trị pháp lý để tái sử dụng; 67,32% hồ sơ TTHC được số hóa; hoàn thành tích hợp 25/25 "
    "dịch vụ công (DVC) thiết yếu theo Đề án 06, 10/28 DVC theo Quyết định 422, ngày 4.4.2022 của "
    "Thủ tướng Chính phủ; 62/63 địa phương và 10/21 bộ, ngành thực hiện hợp nhất Cổng DVC và Hệ "
    "thống thông tin một cửa điện tử thành Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh kết "
    "nối với Cổng DVC quốc gia..."
)
SEED_002 = (
    "Sáng nay (26/3), đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh chủ trì Hội "
    "nghị triển khai các giải pháp nâng cao chất lượng, hiệu quả cải cách thủ tục hành chính và "
    "hoạt động của Bộ phận một cửa cấp huyện, cấp xã."
)
SEED_002_LEVELS = (
    "nhằm nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến mức độ 3, 4 và dịch vụ Bưu chính công ích "
    "trong lĩnh vực này."
)
SEED_003 = (
    "(HCM CityWeb) – Sáng 11/11, Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ tổ chức Hội "
    "nghị trực tuyến toàn quốc triển khai Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ "
    "trong hệ thống hành chính nhà nước giai đoạn 2022-2025"
)
SEED_004_LEAD = (
    "Chiều ngày 02/02/2024, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp thứ bảy của Ban "
    "Chỉ đạo cải cách hành chính của Chính phủ nhằm đánh giá kết quả cải cách hành chính năm 2023, "
    "bàn phương hướng, nhiệm vụ năm 2024."
)
SEED_004_FIGURES = (
    "nâng tổng số thủ tục hành chính được phân cấp từ năm 2022 đến nay là 153/699 thủ tục hành "
    "chính, đạt 21,9%. Về quản lý và tinh giản biên chế, thực hiện các nghị định của Chính phủ, từ "
    "năm 2015 đến ngày 15/12/2023 cả nước tinh giản biên chế 84.140 người"
)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (SEED_000, date(2023, 2, 3), [("Chiều 3-2", date(2023, 2, 3))]),
        (SEED_001_LEAD, date(2023, 7, 19), [("Sáng 19.7", date(2023, 7, 19))]),
        (SEED_001_RATIOS, date(2023, 7, 19), [("ngày 4.4.2022", date(2022, 4, 4))]),
        (SEED_002, date(2021, 3, 26), [("Sáng nay (26/3)", date(2021, 3, 26))]),
        (SEED_002_LEVELS, date(2021, 3, 26), []),
        (SEED_003, date(2022, 11, 11), [("Sáng 11/11", date(2022, 11, 11))]),
        (SEED_004_LEAD, date(2024, 2, 6), [("Chiều ngày 02/02/2024", date(2024, 2, 2))]),
        (SEED_004_FIGURES, date(2024, 2, 6), [("ngày 15/12/2023", date(2023, 12, 15))]),
    ],
)
def test_find_partial_dates_on_seed_sentences(
    text: str, reference: date, expected: list[tuple[str, date]]
) -> None:
    assert phrases(text, reference) == expected


def test_find_partial_dates_gives_positions_in_order() -> None:
    text = "Sáng 3/2, họp lần một; chiều ngày 4/2 họp tiếp và ngày 19 tháng 2 bế mạc."
    assert find_partial_dates(text, date(2023, 2, 20)) == [
        (0, 8, date(2023, 2, 3)),
        (23, 37, date(2023, 2, 4)),
        (50, 65, date(2023, 2, 19)),
    ]
    assert [text[start:end] for start, end, _ in find_partial_dates(text, date(2023, 2, 20))] == [
        "Sáng 3/2", "chiều ngày 4/2", "ngày 19 tháng 2"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "hoàn thành tích hợp 25/25 dịch vụ công",
        "10/28 DVC theo Quyết định 422",
        "62/63 địa phương và 10/21 bộ, ngành",
        "153/699 thủ tục hành chính",
        "kết quả công tác CCHC 6 tháng đầu năm",
        "giai đoạn 2022-2025",
        "dịch vụ công trực tuyến mức độ 3, 4",
        "67,32% hồ sơ TTHC được số hóa",
        "tổng số 1.894 TTHC",
        "theo Nghị định 61 và Nghị quyết 131",
        "phiên họp thứ năm, thứ 7",
        "tối đa 10/28 hồ sơ",
        "Điện thoại: 0983.570.009",
        "ngày 31/2",  # does not exist
        "từ ngày 2-3/2",  # a range of days, not one date
        "Hôm nay",  # the visit counter's label
    ],
)
def test_find_partial_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert find_partial_dates(text, date(2023, 7, 19)) == []


def test_find_partial_dates_reads_this_morning_without_digits() -> None:
    text = "Sáng nay, UBND tỉnh tổ chức hội nghị. Chiều qua, đoàn công tác đã đến."
    assert phrases(text, date(2023, 7, 19)) == [
        ("Sáng nay", date(2023, 7, 19)),
        ("Chiều qua", date(2023, 7, 18)),
    ]


# --- reference_date and to_vietnam ----------------------------------------------------------------
FETCHED = datetime(2023, 8, 5, 9, 0, tzinfo=VIETNAM_TZ)


@pytest.mark.parametrize(
    ("published_at", "url", "fetched_at", "expected"),
    [
        (datetime(2023, 7, 19, 15, 20, tzinfo=VIETNAM_TZ), BAOHAGIANG_URL, FETCHED,
         date(2023, 7, 19)),
        # 20:00 UTC is already the next day in Vietnam
        (datetime(2023, 7, 19, 20, 0, tzinfo=timezone.utc), "", None, date(2023, 7, 20)),
        (None, BAOHAGIANG_URL, FETCHED, date(2023, 7, 31)),  # last day of the URL's month
        (None, BAOHAGIANG_URL, datetime(2023, 7, 20, 8, 0, tzinfo=VIETNAM_TZ), date(2023, 7, 20)),
        (None, BAOHAGIANG_URL, None, date(2023, 7, 31)),
        (None, "https://example.vn/tin/202402/slug-1/", None, date(2024, 2, 29)),
        (None, "https://example.vn/slug-8293410.html", FETCHED, date(2023, 8, 5)),
        (None, "https://example.vn/x", datetime(2024, 2, 6, 18, 0, tzinfo=timezone.utc),
         date(2024, 2, 7)),
        (None, "", None, None),
    ],
)
def test_reference_date(
    published_at: datetime | None, url: str, fetched_at: datetime | None, expected: date | None
) -> None:
    assert reference_date(published_at, url, fetched_at) == expected


def test_to_vietnam() -> None:
    assert to_vietnam(datetime(2023, 7, 19, 15, 20)).isoformat() == "2023-07-19T15:20:00+07:00"
    utc = datetime(2023, 7, 19, 20, 0, tzinfo=timezone.utc)
    assert to_vietnam(utc).isoformat() == "2023-07-20T03:00:00+07:00"
    assert to_vietnam(utc).utcoffset() == timedelta(hours=7)


# --- design guarantees ----------------------------------------------------------------------------
def test_search_dates_is_never_called(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.search

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("search_dates must not be used")

    monkeypatch.setattr(dateparser.search, "search_dates", forbidden)
    assert iso(parse_timestamp("19 tháng Bảy, 2023")) == "2023-07-19T00:00:00+07:00"
    assert iso(find_timestamp(SEED_DATE_LINES[1][0])) == "2021-03-26T14:49:57+07:00"
    assert phrases(SEED_001_LEAD, date(2023, 7, 19)) == [("Sáng 19.7", date(2023, 7, 19))]


def test_importing_the_module_does_not_import_dateparser() -> None:
    code = "import sys, reformcrawl.core.dates; print('dateparser' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
