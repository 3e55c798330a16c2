"""Tests for reformcrawl.core.sessions (and detect): numbered meetings, bodies, roles, dates.

The seed articles are read from tests/fixtures/seeds/*.txt (real articles copied from the portals);
the other sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reformcrawl.core.detect import Detected, detect
from reformcrawl.core.model import SessionMention
from reformcrawl.core.sessions import GOVERNMENT_COMMITTEE as GOV
from reformcrawl.core.sessions import find_sessions

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


def seed(prefix: str) -> tuple[str, str]:
    """(title, text) of a seed article: the title is its first heading line."""
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    lines = path.read_text(encoding="utf-8").split("\n")
    if prefix == "000":  # the date line comes first
        return lines[2], "\n".join(lines[3:])
    return lines[0], "\n".join(lines[1:])


def one(title: str | None, text: str, reference: date | None = None, province: str | None = None
        ) -> SessionMention:
    found = find_sessions(title, text, reference=reference, province=province)
    assert len(found) == 1, found
    return found[0]


def summary(found) -> list[tuple]:
    return [(s.body, s.number, s.date, s.role) for s in found]


# --- the seeds ------------------------------------------------------------------------------------
def test_seed_000_third_session():
    title, text = seed("000")
    s = one(title, text, date(2023, 2, 3), "Khánh Hòa")
    assert (s.body, s.number, s.date, s.role) == (GOV, 3, date(2023, 2, 3), "held")
    assert s.evidence == "Phiên họp thứ ba"


def test_seed_001_fifth_session():
    title, text = seed("001")
    s = one(title, text, date(2023, 7, 19), "Hà Giang")
    assert (s.body, s.number, s.date, s.role) == (GOV, 5, date(2023, 7, 19), "held")


def test_seed_004_seventh_session_once_although_written_two_ways():
    title, text = seed("004")
    assert "Phiên họp thứ bảy" in title and "phiên họp thứ 7" in text
    s = one(title, text, date(2024, 2, 6), "An Giang")
    assert (s.body, s.number, s.date, s.role) == (GOV, 7, date(2024, 2, 2), "held")


@pytest.mark.parametrize("prefix,province", [("002", "Ninh Bình"), ("003", "Thành phố Hồ Chí Minh")])
def test_seeds_without_sessions(prefix: str, province: str):
    title, text = seed(prefix)
    assert find_sessions(title, text, reference=date(2022, 1, 1), province=province) == ()


def test_seed_000_through_detect():
    title, text = seed("000")
    found = detect(title, text, reference=date(2023, 2, 3), province="Khánh Hòa")
    assert isinstance(found, Detected)
    assert summary(found.sessions) == [(GOV, 3, date(2023, 2, 3), "held")]
    assert found.sessions[0].to_dict() == {"body": GOV, "number": 3, "date": "2023-02-03", "role": "held"}


# --- meeting phrases and numbers ------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase,number",
    [
        ("phiên họp thứ năm", 5), ("Phiên họp thứ 10", 10), ("họp phiên thứ ba", 3),
        ("phiên họp lần thứ hai", 2), ("PHIÊN HỌP THỨ TÁM", 8), ("phiên họp thứ nhất", 1),
        ("phiên họp thứ tư", 4), ("phiên họp thứ bốn", 4), ("phiên họp thứ sáu", 6),
        ("phiên họp thứ bảy", 7), ("phiên họp thứ bẩy", 7), ("phiên họp thứ chín", 9),
        ("phiên họp thứ mười", 10), ("phiên họp thứ mười một", 11), ("phiên họp thứ mười hai", 12),
        ("phiên họp thứ mười lăm", 15), ("phiên họp thứ mười năm", 15), ("phiên họp thứ mười tư", 14),
        ("phiên họp thứ mười bốn", 14), ("phiên họp thứ hai mươi", 20), ("phiên họp thứ hai mươi mốt", 21),
        ("phiên họp thứ hai mươi tư", 24), ("phiên họp thứ hai mươi lăm", 25), ("phiên họp thứ ba mươi", 30),
        ("phiên họp thứ XV", 15), ("Phiên họp thứ Bảy", 7), ("kỳ họp lần thứ ba", 3),
        ("phiên thứ ba", None), ("họp lần thứ ba", None),
        ("phiên họp thứ hoá", None), ("phiên họp thứ 7/63", None), ("phiên họp thứ xv", None),
    ],
)
def test_meeting_numbers(phrase: str, number: int | None):
    text = f"Sáng 19.7, Thủ tướng chủ trì {phrase} của Ban Chỉ đạo cải cách hành chính của Chính phủ."
    found = find_sessions(None, text, reference=date(2023, 7, 20), province=None)
    assert [s.number for s in found] == ([number] if number else [])


def test_year_after_muoi_is_not_fifteen():
    text = "HĐND tỉnh Hà Giang khóa XVIII tổ chức kỳ họp thứ mười năm 2023."
    assert one(None, text, None, "Hà Giang").number == 10
    text = "HĐND tỉnh Hà Giang khóa XVIII tổ chức kỳ họp thứ hai mươi năm 2023."
    assert one(None, text, None, "Hà Giang").number == 20


@pytest.mark.parametrize(
    "text",
    [
        "Sáng thứ Năm, 19/7, UBND tỉnh tổ chức hội nghị cải cách hành chính.",
        "Phiên họp thứ Năm, 19/7 của Ban Chỉ đạo cải cách hành chính của Chính phủ bàn về nhiều nội dung.",
        "6 tháng đầu năm 2023, Ban Chỉ đạo cải cách hành chính của Chính phủ đã tổ chức nhiều hoạt động.",
        "Đường hoa Nguyễn Huệ lần thứ 21 được thiết kế với chủ đề Rồng vàng.",
        "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII bàn về công tác cán bộ.",
        "Giải Vovinam toàn quốc lần thứ 12 diễn ra tại Nha Trang.",
        "Khánh Hòa xếp thứ 31/63 tỉnh, thành phố về Chỉ số cải cách hành chính.",
    ],
)
def test_not_meetings(text: str):
    assert find_sessions(None, text, reference=date(2023, 7, 20), province="Khánh Hòa") == ()


# --- bodies ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "spelling",
    [
        "Ban Chỉ đạo cải cách hành chính của Chính phủ",
        "Ban Chỉ đạo Cải cách hành chính của Chính phủ",
        "Ban chỉ đạo cải cách hành chính của Chính phủ",
        "BCĐ CCHC của Chính phủ",
        "BCĐ CCHC Chính phủ",
        "Ban Chỉ đạo CCHC Chính phủ",
        "Ban Chỉ đạo (BCĐ) Cải cách hành chính (CCHC) của Chính phủ",
        "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ",
    ],
)
def test_government_committee_spellings(spelling: str):
    text = f"Chiều 14-8, Thủ tướng chủ trì phiên họp thứ tám của {spelling}."
    s = one(None, text, date(2024, 8, 14), "Khánh Hòa")
    assert (s.body, s.number, s.date, s.role) == (GOV, 8, date(2024, 8, 14), "held")


def test_bare_committee_refers_to_the_full_mention_before():
    text = ("Chiều 3-2, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính "
            "của Chính phủ chủ trì họp phiên thứ ba của Ban Chỉ đạo.")
    assert summary(find_sessions(None, text, reference=date(2023, 2, 3), province="Khánh Hòa")) == [
        (GOV, 3, date(2023, 2, 3), "held")
    ]


def test_body_before_the_meeting_in_the_sentence():
    text = ("Sáng 11.5, Ban Chỉ đạo CCHC của Chính phủ tổ chức trực tuyến toàn quốc phiên họp thứ tư "
            "để đánh giá kết quả công tác CCHC quý I.")
    assert summary(find_sessions(None, text, reference=date(2023, 5, 12), province="Hà Giang")) == [
        (GOV, 4, date(2023, 5, 11), "held")
    ]


def test_provincial_committee_takes_the_portal_province():
    text = ("Chiều 21/3, Ban Chỉ đạo cải cách hành chính tỉnh tổ chức phiên họp lần thứ hai năm 2023 "
            "để đánh giá kết quả công tác quý I.")
    s = one(None, text, date(2023, 3, 22), "Hà Giang")
    assert (s.body, s.number, s.date, s.role) == (
        "Ban Chỉ đạo cải cách hành chính tỉnh Hà Giang", 2, date(2023, 3, 21), "held")


def test_provincial_committee_named_in_the_text():
    text = "Sáng 21/3, BCĐ CCHC tỉnh Hà Giang họp phiên thứ hai. Đồng chí Chủ tịch UBND tỉnh chủ trì."
    s = one(None, text, date(2023, 3, 21), "Hà Giang")
    assert s.body == "Ban Chỉ đạo cải cách hành chính tỉnh Hà Giang" and s.number == 2


def test_city_committee():
    text = "Sáng 5/6, Ban Chỉ đạo cải cách hành chính TP.HCM tổ chức phiên họp thứ ba."
    s = one(None, text, date(2023, 6, 5), "Thành phố Hồ Chí Minh")
    assert s.body == "Ban Chỉ đạo cải cách hành chính Thành phố Hồ Chí Minh"


@pytest.mark.parametrize(
    "text,province,body,number,day",
    [
        ("Sáng 7.12, HĐND tỉnh khóa XVIII khai mạc Kỳ họp thứ 15.", "Hà Giang",
         "HĐND tỉnh Hà Giang khóa XVIII", 15, date(2023, 12, 7)),
        ("Sáng nay (8/12), Kỳ họp thứ mười một, HĐND tỉnh Ninh Bình khóa XV khai mạc.", "Ninh Bình",
         "HĐND tỉnh Ninh Bình khóa XV", 11, date(2023, 12, 8)),
        ("Chiều ngày 12/7/2023, Hội đồng nhân dân tỉnh An Giang khoá X bế mạc kỳ họp thứ 13.", "An Giang",
         "HĐND tỉnh An Giang khóa X", 13, date(2023, 7, 12)),
        ("Sáng 5/12, HĐND TP.HCM khóa X khai mạc kỳ họp thứ 12.", "Thành phố Hồ Chí Minh",
         "HĐND Thành phố Hồ Chí Minh khóa X", 12, date(2023, 12, 5)),
        ("Sáng 5/12, HĐND Thành phố khóa X khai mạc kỳ họp thứ 12.", "Thành phố Hồ Chí Minh",
         "HĐND Thành phố Hồ Chí Minh khóa X", 12, date(2023, 12, 5)),
        ("Sáng 7.12, Kỳ họp thứ XV HĐND tỉnh khóa 18 khai mạc.", "Hà Giang",
         "HĐND tỉnh Hà Giang khóa XVIII", 15, date(2023, 12, 7)),
    ],
)
def test_peoples_councils(text: str, province: str, body: str, number: int, day: date):
    s = one(None, text, date(2023, 12, 8), province)
    assert (s.body, s.number, s.date, s.role) == (body, number, day, "held")


def test_council_term_from_another_mention_in_the_article():
    title = "Khai mạc Kỳ họp thứ 15 HĐND tỉnh khóa XVIII"
    text = "Sáng 7.12, HĐND tỉnh tổ chức Kỳ họp thứ 15. Dự kỳ họp có lãnh đạo HĐND tỉnh khóa XVIII."
    s = one(title, text, date(2023, 12, 8), "Hà Giang")
    assert (s.body, s.number, s.date) == ("HĐND tỉnh Hà Giang khóa XVIII", 15, date(2023, 12, 7))


def test_place_name_does_not_run_into_the_next_line():
    title = "Khai mạc kỳ họp thứ mười hai HĐND tỉnh"
    text = "Sáng nay (6/12), HĐND tỉnh khóa XV khai mạc kỳ họp thứ mười hai.\n\nChiều cùng ngày, ..."
    found = find_sessions(title, text, reference=date(2023, 12, 6), province="Ninh Bình")
    assert summary(found) == [("HĐND tỉnh Ninh Bình khóa XV", 12, date(2023, 12, 6), "held")]


def test_council_meeting_is_not_given_to_the_committee():
    text = ("Ban Chỉ đạo cải cách hành chính của Chính phủ đã ghi nhận kết quả của tỉnh. "
            "Sáng 7.12, tại Kỳ họp thứ 15, các đại biểu chất vấn về cải cách hành chính.")
    assert find_sessions(None, text, reference=date(2023, 12, 8), province="Hà Giang") == ()


def test_other_committees_are_not_tracked():
    text = ("Ban Chỉ đạo cải cách hành chính của Chính phủ đã họp. Chiều 5/6, Thủ tướng chủ trì phiên "
            "họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ.")
    assert find_sessions(None, text, reference=date(2023, 6, 6), province=None) == ()


def test_unnamed_meeting_is_skipped():
    assert find_sessions(None, "Phiên họp thứ ba đã diễn ra sôi nổi.", reference=date(2023, 1, 1),
                         province="Hà Giang") == ()


def test_closest_preceding_body_in_the_article():
    text = ("Ban Chỉ đạo cải cách hành chính của Chính phủ vừa công bố kết quả.\n\n"
            "Tại phiên họp thứ sáu, các đại biểu thảo luận nhiều nội dung.")
    s = one(None, text, date(2023, 11, 20), "Ninh Bình")
    assert (s.body, s.number) == (GOV, 6)


# --- roles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Chỉ đạo đã tổ chức kiểm tra việc thực hiện kết luận của Thủ tướng tại phiên họp thứ sáu.",
        "Kết quả này tăng mạnh so với phiên họp thứ sáu.",
        "Từ phiên họp thứ sáu đến nay, nhiều nhiệm vụ đã hoàn thành.",
        "Như phiên họp thứ sáu, các bộ, ngành tiếp tục báo cáo trực tuyến.",
        "Tại phiên họp thứ sáu trước đó, Thủ tướng đã yêu cầu đẩy mạnh số hóa.",
        "Các nhiệm vụ được giao tại phiên họp thứ sáu đã hoàn thành.",
        "Sau phiên họp thứ sáu, tỉnh đã ban hành kế hoạch triển khai.",
    ],
)
def test_mentioned_meetings(sentence: str):
    text = ("Sáng 2/2, Thủ tướng chủ trì phiên họp thứ bảy của Ban Chỉ đạo cải cách hành chính của "
            "Chính phủ.\n\n" + sentence)
    found = find_sessions(None, text, reference=date(2024, 2, 2), province="An Giang")
    assert summary(found) == [(GOV, 7, date(2024, 2, 2), "held"), (GOV, 6, None, "mentioned")]


def test_mentioned_meeting_with_its_own_date():
    text = ("Sáng 11.5, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức phiên họp thứ tư.\n\n"
            "Tại phiên họp thứ ba ngày 3/2/2023, Ban Chỉ đạo thống nhất ưu tiên số hóa hồ sơ. "
            "Ngày 19/7/2022, tại phiên họp thứ hai, Ban Chỉ đạo đã giao nhiều nhiệm vụ.")
    found = find_sessions(None, text, reference=date(2023, 5, 12), province="Hà Giang")
    assert summary(found) == [
        (GOV, 4, date(2023, 5, 11), "held"),
        (GOV, 3, date(2023, 2, 3), "mentioned"),
        (GOV, 2, date(2022, 7, 19), "mentioned"),
    ]


def test_mentioned_meeting_does_not_take_the_held_meetings_date():
    text = ("Chiều 2/2, Thủ tướng chủ trì phiên họp thứ bảy của Ban Chỉ đạo cải cách hành chính của "
            "Chính phủ, đánh giá kết quả so với phiên họp thứ sáu.")
    found = find_sessions(None, text, reference=date(2024, 2, 3), province=None)
    assert summary(found) == [(GOV, 7, date(2024, 2, 2), "held"), (GOV, 6, None, "mentioned")]


def test_held_beats_mentioned_and_one_result_per_meeting():
    title = "Quán triệt kết luận phiên họp thứ sáu Ban Chỉ đạo CCHC của Chính phủ"
    text = ("Sáng 21/11, UBND tỉnh tổ chức hội nghị quán triệt kết luận của Thủ tướng tại phiên họp "
            "thứ sáu của Ban Chỉ đạo cải cách hành chính của Chính phủ. Phiên họp thứ sáu diễn ra "
            "ngày 17/11 vừa qua.")
    found = find_sessions(title, text, reference=date(2023, 11, 22), province="An Giang")
    assert len(found) == 1 and found[0].number == 6


def test_meeting_named_with_its_body_keeps_it_elsewhere_in_the_article():
    title = "An Giang quán triệt kết luận phiên họp thứ sáu Ban Chỉ đạo CCHC Chính phủ"
    text = ("Sáng 24/11, Ban Chỉ đạo cải cách hành chính tỉnh tổ chức hội nghị quán triệt kết luận của "
            "Thủ tướng tại phiên họp thứ sáu. Ban Chỉ đạo cải cách hành chính tỉnh giao các sở thực hiện.")
    found = find_sessions(title, text, reference=date(2023, 11, 24), province="An Giang")
    assert summary(found) == [(GOV, 6, None, "mentioned")]


def test_bare_committee_does_not_override_a_named_meeting():
    text = ("Chiều 21/3, Ban Chỉ đạo cải cách hành chính tỉnh Hà Giang tổ chức phiên họp lần thứ hai. "
            "Hội nghị quán triệt kết luận của Ban Chỉ đạo cải cách hành chính của Chính phủ. "
            "Phát biểu kết luận phiên họp lần thứ hai của Ban Chỉ đạo, đồng chí Chủ tịch UBND tỉnh "
            "đề nghị các sở, ngành khắc phục hạn chế.")
    found = find_sessions(None, text, reference=date(2023, 3, 22), province="Hà Giang")
    assert summary(found) == [("Ban Chỉ đạo cải cách hành chính tỉnh Hà Giang", 2, date(2023, 3, 21), "held")]


def test_meeting_in_the_lead_without_a_verb_is_held():
    text = ("Sáng nay (17/11), phiên họp thứ sáu của Ban Chỉ đạo cải cách hành chính của Chính phủ "
            "được kết nối trực tuyến với 63 tỉnh, thành phố.\n\nNội dung tiếp theo.")
    assert summary(find_sessions(None, text, reference=date(2023, 11, 17), province="Ninh Bình")) == [
        (GOV, 6, date(2023, 11, 17), "held")
    ]


# --- dates ----------------------------------------------------------------------------------------
def test_title_meeting_takes_the_first_sentence_date():
    title = "Phiên họp thứ tám Ban Chỉ đạo cải cách hành chính của Chính phủ"
    text = "Chiều 14-8, Thủ tướng Chính phủ dự và phát biểu chỉ đạo.\n\nCác bộ, ngành báo cáo kết quả."
    assert one(title, text, date(2024, 8, 14), "Khánh Hòa").date == date(2024, 8, 14)


def test_document_dates_are_not_meeting_dates():
    text = ("Theo Quyết định 422, ngày 4.4.2022 của Thủ tướng, Ban Chỉ đạo cải cách hành chính của "
            "Chính phủ tổ chức phiên họp thứ năm.")
    assert one(None, text, date(2023, 7, 20), None).date is None


def test_multi_day_session_takes_its_first_day():
    text = ("Từ ngày 6 đến 8/12, HĐND tỉnh Hà Giang khóa XVIII tổ chức Kỳ họp thứ 15 để xem xét "
            "nhiều báo cáo.")
    assert one(None, text, date(2023, 12, 8), "Hà Giang").date == date(2023, 12, 6)


def test_no_reference_no_date():
    title, text = seed("001")
    s = one(title, text, None, "Hà Giang")
    assert s.date is None and s.number == 5 and s.role == "held"


def test_date_resolved_against_the_publication_year():
    text = "Sáng 29/12, HĐND tỉnh An Giang khóa X bế mạc kỳ họp thứ 14."
    assert one(None, text, date(2024, 1, 2), "An Giang").date == date(2023, 12, 29)


# --- bad input ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title,text",
    [(None, ""), ("", ""), (None, "   \n\n "), (None, "không có số nào ở đây"), (None, "%%%///\x00\ufffd"),
     ("thứ", "phiên họp thứ"), (None, "phiên họp thứ " + "mười " * 50), (None, "(" * 1000 + "kỳ họp thứ 5")],
)
def test_bad_input(title, text):
    assert find_sessions(title, text, reference=date(2023, 1, 1), province=None) == ()
    assert detect(title, text, reference=date(2023, 1, 1), province=None).sessions == ()


def test_detect_empty():
    assert detect(None, "", reference=None, province=None) == Detected.empty()
    assert Detected.empty().to_dict() == {"sessions": [], "figures": []}


def test_decomposed_input():
    import unicodedata

    title, text = seed("004")
    nfd = unicodedata.normalize("NFD", text)
    assert summary(find_sessions(title, nfd, reference=date(2024, 2, 6), province="An Giang")) == [
        (GOV, 7, date(2024, 2, 2), "held")
    ]


def test_one_megabyte_is_read():
    # Its speed is measured in bench/detector_speed.py.
    title, text = seed("004")
    big = ("\n\n".join([text] * (1_000_000 // len(text) + 1)))[:1_000_000]
    found = detect(title, big, reference=date(2024, 2, 6), province="An Giang")
    assert [s.number for s in found.sessions] == [7]
