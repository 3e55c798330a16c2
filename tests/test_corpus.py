"""Invariants of the article corpus (reformcrawl/mirror/corpus/<portal>/<slug>.json).

The corpus holds, per portal, the real seed article (key "<portal>/seed", written separately) and
nine written articles: seven that exist in the mirror's "before" state and two published between
the crawls ("after"). These tests pin the storyline the monitor is tested on and the labelling
rules the extraction benches are scored with.

Labelling rules for gold figures
================================

What is a figure. A number printed in the body (lead, paragraphs, captions; never the title) that
states how many, how much or what share of something, i.e. a value that could be tracked and
could move: outcomes, volumes, rates, amounts, targets. Five kinds:

* ``percent``  "67,32%", "đạt 21,9%", "giảm 30%": value is the number (67.32).
* ``count``    "1.894", "84.140", "3,5 triệu", "96 nghìn", "100 ngàn": value is the count
               (3500000 for "3,5 triệu"). raw is the number with its scale word, without the noun.
* ``ratio``    "25/25", "153/699": value is the numerator, denominator the second number.
* ``money``    "1.250 tỷ đồng" (value 1250000000000 — 1.250 × 10^9 đồng), "3,5 triệu đồng"
               (3500000), "25.000 đồng". raw includes the scale word and "đồng".
* ``multiplier`` "gần 4 lần", "hơn 12 lần", "2,3 lần": raw includes the qualifier (gần/hơn)
               when printed; value is the number.

"." groups thousands and "," is the decimal mark. For every kind but multipliers the raw text
leaves out qualifiers ("hơn 4,2 triệu lượt khách" -> raw "4,2 triệu"). A figure printed twice
in one article (lead and body) is labelled once. Targets ("phấn đấu ... đạt 80%") and policy
rates ("giảm 50% mức thu") are figures; targets get their own group ending in "-muc-tieu".
Participants of the event that is the news (vận động viên, lượt khách) are counts.

What is NOT a figure:

* identifiers: decree/decision/plan numbers ("Nghị định 61/2018/NĐ-CP", "Quyết định 422",
  "Đề án 06", "Nghị quyết 131", "Chỉ thị 26/CT-TTg"), road numbers, district names ("Quận 3"),
  phone numbers ("02963.957.049"), edition numbers ("lần thứ 12", "SEA Games 31");
* dates, times, years, periods and durations ("Chiều 3-2", "quý I/2021", "6 tháng đầu năm",
  "giai đoạn 2021-2025", "17 giờ", "15 phút", "3 ngày"), lunar dates, ages ("18 tuổi");
* ordinals and ranks, even when written like a ratio ("xếp thứ 31/63", "tăng 11 bậc",
  "nhóm 20 tỉnh"), session and term numbers ("phiên họp thứ tám", "kỳ họp thứ 15", "khóa XV");
* levels and scheme constants ("mức độ 3, 4", "mức độ 2", "2 mũi", "báo động III", "5K");
* the size of a fixed reference set, which measures nothing: "63 tỉnh, thành phố" /
  "63 địa phương" connected to a meeting, "22 bộ, ngành", "21 quận, huyện và TP Thủ Đức",
  "20 sở, ban, ngành và 11 huyện, thị xã, thành phố", "10 phường", "3 cấp", the 6 areas of
  CCHC, the 8 areas of the PAR Index, "25 dịch vụ công thiết yếu" and "28 dịch vụ công theo
  Quyết định 422" as names of lists. A count OF such a set that measures progress is a figure
  ("62/63 địa phương", "55/63", "11/25 dịch vụ công thiết yếu");
* measures with a physical unit ("21.480 ha", "58,6 tạ/ha", "182 mm", "1,68 m", "55kg"): none
  of the five kinds fits, so they stay unlabelled (the format has no "measure" kind);
* fractions and numbers in words ("hơn một phần ba", "ba tuần").

subject is a phrase copied from the body that names what is measured. metric_group is
"<scope>/<quantity-slug>/<kind>" with scope "national" or the province ("ha-giang",
"khanh-hoa", "ninh-binh", "tp-hcm", "an-giang"). The same quantity gets the same group in every
article however it is worded and whatever period it covers (a new period's value is a move); a
different quantity gets a different group however alike it looks (38,64% of procedures online vs
38,46% of records digitized; the city's 89,6% vs the nation's 78,15%).

Sessions: every numbered meeting ("phiên họp thứ N", "họp phiên thứ N", "phiên họp lần thứ N",
"kỳ họp thứ N", N in digits or words) with the body's normalized name, the number, the meeting
date resolved from the text and the publication date (null when the text gives no day; for a
multi-day session the earliest day the text gives) and role "held" (the meeting reported) or
"mentioned" (an earlier one referred to).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from importlib import resources

import pytest

from reformcrawl.mirror.corpus import CorpusArticle, load_corpus
from reformcrawl.core.textnorm import fold, strip_accents

PORTALS = ("angiang", "baohagiang", "baokhanhhoa", "hochiminhcity", "nbtv")
SCOPES = ("national", "ha-giang", "khanh-hoa", "ninh-binh", "tp-hcm", "an-giang")
BCD = "Ban Chỉ đạo cải cách hành chính của Chính phủ"
# The Government steering committee's calendar, as the storyline fixes it.
BCD_SESSION_DATES = {
    3: "2023-02-03",
    4: "2023-05-11",
    5: "2023-07-19",
    6: "2023-11-17",
    7: "2024-02-02",
    8: "2024-08-14",
}
DIGITIZED_GROUP = "national/ho-so-tthc-so-hoa/percent"

URL_SHAPES = {
    "baokhanhhoa": re.compile(r"^/(?P<section>[a-z0-9-]+)/(?P<yyyymm>\d{6})/(?P<slug>[a-z0-9-]+)-\d{7}/$"),
    "baohagiang": re.compile(r"^/(?P<section>[a-z0-9-]+)/(?P<yyyymm>\d{6})/(?P<slug>[a-z0-9-]+)-[0-9a-f]{7}/$"),
    "nbtv": re.compile(r"^/tin-tuc/(?P<section>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-\d{5,6}\.html$"),
    "hochiminhcity": re.compile(r"^/-/(?P<slug>[a-z0-9-]+)$"),
    "angiang": re.compile(r"^(?:/-/|/tin-tuc/-/asset_publisher/)(?P<slug>[a-z0-9-]+)$"),
}

NUMBER_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
}
_WORDS_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
SESSION_RE = re.compile(
    r"(?:phiên họp(?: lần)?|họp phiên|kỳ họp) thứ (?P<n>\d+|" + _WORDS_ALT + r")(?![\w])"
)


def corpus() -> tuple[CorpusArticle, ...]:
    return load_corpus()


def written() -> list[CorpusArticle]:
    """The articles of this corpus set: everything but the five real seeds."""
    return [a for a in corpus() if a.key != f"{a.portal}/seed"]


def by_key(key: str) -> CorpusArticle:
    (article,) = [a for a in corpus() if a.key == key]
    return article


def body(article: CorpusArticle, state: str = "before") -> str:
    return "\n".join(article.body_paragraphs(state))  # type: ignore[arg-type]


def gold_figures(article: CorpusArticle, state: str = "before"):
    if state == "after" and article.revision and article.revision.figures is not None:
        return article.revision.figures
    return article.figures


def session_numbers_in(text: str) -> list[int]:
    found = []
    for match in SESSION_RE.finditer(fold(text)):
        n = match["n"]
        found.append(int(n) if n.isdigit() else NUMBER_WORDS[n])
    return found


_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}


def _vn_number(text: str) -> float:
    assert re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?", text), text
    return float(text.replace(".", "").replace(",", "."))


def parse_raw(raw: str, kind: str) -> tuple[float, float | None]:
    """Read a gold figure's raw text the way the labelling rules define it."""
    if kind == "percent":
        m = re.fullmatch(r"([\d.,]+)%", raw)
        return _vn_number(m[1]), None
    if kind == "ratio":
        m = re.fullmatch(r"([\d.]+)/([\d.]+)", raw)
        return _vn_number(m[1]), _vn_number(m[2])
    if kind == "count":
        m = re.fullmatch(r"([\d.,]+)(?: (nghìn|ngàn|triệu|tỷ))?", raw)
        return _vn_number(m[1]) * _SCALE.get(m[2], 1), None
    if kind == "money":
        m = re.fullmatch(r"([\d.,]+) (?:(nghìn|ngàn|triệu|tỷ) )?đồng", raw)
        return _vn_number(m[1]) * _SCALE.get(m[2], 1), None
    if kind == "multiplier":
        m = re.fullmatch(r"(?:(?:gần|hơn) )?([\d.,]+) lần", raw)
        return _vn_number(m[1]), None
    raise AssertionError(f"unknown kind {kind}")


def token_in(raw: str, text: str) -> bool:
    """raw occurs in text as a whole number (not inside a longer number)."""
    return re.search(r"(?<![\d.,/])" + re.escape(raw) + r"(?!\d|[.,/]\d)", text) is not None


# --- shape of the set ---------------------------------------------------------------------------


def test_nine_written_articles_per_portal_seven_before_two_after():
    counts = Counter((a.portal, a.state) for a in written())
    assert {p for p, _ in counts} == set(PORTALS)
    for portal in PORTALS:
        assert counts[(portal, "before")] == 7, portal
        assert counts[(portal, "after")] == 2, portal
    assert len(written()) == 45


def test_files_are_named_after_their_keys():
    root = resources.files("reformcrawl.mirror").joinpath("corpus")
    seen = 0
    for portal in PORTALS:
        for entry in root.joinpath(portal).iterdir():
            if not entry.name.endswith(".json") or entry.name == "seed.json":
                continue
            data = json.loads(entry.read_text(encoding="utf-8"))
            assert data["key"] == f"{portal}/{entry.name[:-5]}"
            assert data["portal"] == portal
            seen += 1
    assert seen == 45


def test_keys_and_paths_are_unique():
    articles = corpus()
    assert len({a.key for a in articles}) == len(articles)
    paths = Counter((a.portal, a.path) for a in articles)
    assert [p for p, n in paths.items() if n > 1] == []


def test_paths_follow_each_portals_url_shape():
    for a in corpus():
        m = URL_SHAPES[a.portal].match(a.path)
        assert m, (a.key, a.path)
        if "yyyymm" in m.groupdict():
            assert m["yyyymm"] == a.published_at.strftime("%Y%m"), a.key
    for a in written():
        # the slug is the title without diacritics, maybe shortened: its words come from the title
        title_words = set(re.findall(r"[a-z0-9]+", strip_accents(a.title).lower()))
        slug_words = URL_SHAPES[a.portal].match(a.path)["slug"].split("-")
        assert set(slug_words) <= title_words, (a.key, set(slug_words) - title_words)


def test_published_at_is_vietnam_time_between_2021_and_2024():
    for a in corpus():
        assert a.published_at.utcoffset() == timedelta(hours=7), a.key
    for a in written():
        assert 2021 <= a.published_at.year <= 2024, a.key
    years = Counter(a.published_at.year for a in written())
    assert set(years) == {2021, 2022, 2023, 2024}


def test_after_articles_are_the_newest_of_their_portal():
    for portal in PORTALS:
        mine = [a for a in corpus() if a.portal == portal]
        newest_before = max(a.published_at for a in mine if a.state == "before")
        oldest_after = min(a.published_at for a in mine if a.state == "after")
        assert oldest_after > newest_before, portal


def test_article_bodies_have_news_length_captions_and_signatures():
    for a in written():
        words = len(body(a).split())
        assert 250 <= words <= 700, (a.key, words)
        figures = [b for b in a.blocks if b.kind == "figure"]
        assert 1 <= len(figures) <= 3, a.key
        assert all(b.image and b.image.endswith(".jpg") and b.text for b in figures), a.key
        assert a.blocks[0].kind in ("p", "figure"), a.key
        assert a.author, a.key
    for a in written():
        if a.portal in ("baokhanhhoa", "baohagiang", "nbtv"):
            assert a.lead, f"{a.key}: these portals print a sapo"
    assert all(a.author == a.author.upper() for a in written() if a.portal == "baohagiang")
    assert all(len(a.author) <= 4 and "." in a.author for a in written() if a.portal == "baokhanhhoa")
    hcm = [a for a in written() if a.portal == "hochiminhcity"]
    assert all(a.blocks[0].kind == "p" and a.blocks[0].text.startswith("(HCM CityWeb) – ") for a in hcm)
    assert sum(a.lead is None for a in written() if a.portal in ("hochiminhcity", "angiang")) == 14


def test_relevance_labels_mix_reform_and_other_news():
    for portal in PORTALS:
        mine = [a for a in written() if a.portal == portal]
        assert sum(not a.is_reform for a in mine) >= 2, portal
        assert sum(a.is_reform for a in mine) >= 5, portal
    # hard cases the classifier must get right
    digital_not_reform = {a.key for a in written() if not a.is_reform and "chuyển đổi số" in fold(body(a))}
    assert digital_not_reform == {
        "angiang/nong-dan-ung-dung-chuyen-doi-so-trong-san-xuat-lua",
        "baohagiang/dua-che-shan-tuyet-len-san-thuong-mai-dien-tu",
        "baokhanhhoa/khanh-hoa-don-hon-4-2-trieu-luot-khach",
        "nbtv/khai-hoi-trang-an-nam-2024",
    }
    assert by_key("angiang/nong-dan-ung-dung-chuyen-doi-so-trong-san-xuat-lua").is_reform is False
    reform_words = ("cải cách", "thủ tục hành chính", "tthc", "dịch vụ công", "một cửa", "cchc")
    plain_titles = [a for a in written() if a.is_reform and not any(w in fold(a.title) for w in reform_words)]
    assert {a.key for a in plain_titles} >= {
        "baokhanhhoa/nguoi-dan-cam-ranh-khong-con-phai-xep-hang-cho-lay-so",
        "angiang/chan-chinh-le-loi-lam-viec-cua-can-bo-cong-chuc",
    }
    budget = by_key("baohagiang/khai-mac-ky-hop-thu-15-hdnd-tinh-khoa-xviii")
    assert budget.is_reform is False and budget.sessions[0].number == 15
    assert "budget" in budget.notes and "ngân sách" in body(budget)


def test_about_two_thirds_are_held_out_in_every_portal():
    assert sum(a.held_out for a in written()) == 30
    for portal in PORTALS:
        mine = [a for a in written() if a.portal == portal]
        assert sum(a.held_out for a in mine) == 6, portal
        # both subsets see reform and non-reform pages, and pages of both mirror states
        for held_out in (True, False):
            subset = [a for a in mine if a.held_out is held_out]
            assert {a.is_reform for a in subset} == {True, False}, (portal, held_out)
            assert {a.state for a in subset} == {"before", "after"}, (portal, held_out)


# --- gold figures -------------------------------------------------------------------------------


def _all_gold():
    for a in written():
        yield a, "before", a.figures
        if a.revision and a.revision.figures is not None:
            yield a, "after", a.revision.figures


def test_every_gold_figure_is_printed_in_the_body_and_reads_as_labelled():
    for a, state, figures in _all_gold():
        text = body(a, state)
        assert figures, a.key
        for f in figures:
            assert token_in(f.raw, text), (a.key, state, f.raw)
            assert f.raw not in a.title or token_in(f.raw, text)
            value, denominator = parse_raw(f.raw, f.kind)
            assert f.value == pytest.approx(value), (a.key, f.raw)
            assert f.denominator == denominator, (a.key, f.raw)
            assert f.subject and f.subject in text, (a.key, f.subject)
            scope, slug, kind = f.metric_group.split("/")
            assert scope in SCOPES and re.fullmatch(r"[a-z0-9-]+", slug) and kind == f.kind, f.metric_group


def test_money_values_are_in_dong():
    values = {f.raw: f.value for a in written() for f in a.figures if f.kind == "money"}
    assert values["1.250 tỷ đồng"] == 1_250_000_000_000
    assert values["3,5 triệu đồng"] == 3_500_000
    assert values["25.000 đồng"] == 25_000
    assert values["186,4 tỷ đồng"] == 186_400_000_000


def test_every_percentage_and_amount_of_money_in_a_body_is_labelled():
    percent_re = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?%")
    money_re = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)? (?:(?:nghìn|triệu|tỷ) )?đồng")
    for a, state, figures in _all_gold():
        raws = {f.raw for f in figures}
        text = body(a, state)
        for found in percent_re.findall(text) + money_re.findall(text):
            assert found in raws, (a.key, state, found)


def test_vietnamese_number_habits_are_all_exercised():
    raws = [f.raw for a in written() for f in a.figures]
    assert any(re.fullmatch(r"\d{1,3}\.\d{3}", r) for r in raws)  # thousands: 1.902
    assert any(re.fullmatch(r"\d{1,3}\.\d{3}\.\d{3}", r) for r in raws)  # 1.086.530
    assert any(re.fullmatch(r"\d+,\d+%", r) for r in raws)  # decimals: 67,32%
    assert {"153/699", "21,9%", "84.140", "1.250 tỷ đồng", "3,5 triệu đồng", "3,5 triệu"} <= set(raws)
    assert {"gần 3 lần", "hơn 12 lần", "hơn 2 lần", "2,3 lần"} <= set(raws)
    assert "96 nghìn" in raws and "100 ngàn" in raws
    kinds = Counter(f.kind for a in written() for f in a.figures)
    assert set(kinds) == {"percent", "count", "ratio", "money", "multiplier"}


def test_things_that_look_like_figures_are_not_labelled():
    cases = {
        "baokhanhhoa/khanh-hoa-phan-dau-nang-cao-chi-so-cai-cach-hanh-chinh": ["31/63", "42/63", "8", "20"],
        "nbtv/chi-so-cai-cach-hanh-chinh-nam-2023-cua-ninh-binh-tang-3-bac": ["11/63", "3", "8", "15"],
        "nbtv/chat-van-ve-cong-tac-cai-cach-hanh-chinh-tai-ky-hop-thu-muoi-mot": ["14/63", "11"],
        "angiang/chan-chinh-le-loi-lam-viec-cua-can-bo-cong-chuc": ["02963.957.049", "26"],
        "angiang/nang-cao-hieu-qua-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh": ["3"],
        "hochiminhcity/duong-hoa-nguyen-hue-tet-giap-thin-2024-don-hon-1-2-trieu-luot-khach": ["24/24", "21", "720"],
        "hochiminhcity/tphcm-day-nhanh-tien-do-trien-khai-de-an-06": ["28", "422", "06"],
        "hochiminhcity/thu-tuong-chu-tri-phien-hop-thu-7-cua-bcd-cchc-chinh-phu": ["63", "7", "2015"],
        "baokhanhhoa/phien-hop-thu-tam-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu": ["63", "14-8"],
        "nbtv/nang-cao-chat-luong-phuc-vu-cua-bo-phan-mot-cua-cac-cap": ["61/2018"],
        "nbtv/nong-dan-khan-truong-thu-hoach-lua-mua": ["33.800", "58,6", "7.500"],
        "baohagiang/dua-che-shan-tuyet-len-san-thuong-mai-dien-tu": ["21.480"],
    }
    for key, negatives in cases.items():
        a = by_key(key)
        raws = {f.raw for f in a.figures}
        for negative in negatives:
            assert negative in body(a), (key, negative)
            assert negative not in raws, (key, negative)
    phrases = " ".join(fold(body(a)) for a in written())
    for phrase in ("đề án 06", "quyết định 422", "nghị quyết 131", "mức độ 3, 4", "63 tỉnh, thành phố", "6 tháng đầu năm"):
        assert phrase in phrases, phrase


def test_look_alike_figures_keep_different_groups():
    a = by_key("baohagiang/ha-giang-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh")
    groups = {f.raw: f.metric_group for f in a.figures}
    assert groups["38,64%"] == "ha-giang/tthc-dvc-truc-tuyen-toan-trinh/percent"
    assert groups["38,46%"] == "ha-giang/ho-so-tthc-so-hoa/percent"
    hcm = by_key("hochiminhcity/thu-tuong-chu-tri-phien-hop-thu-7-cua-bcd-cchc-chinh-phu")
    groups = {f.raw: f.metric_group for f in hcm.figures}
    assert groups["78,15%"] == DIGITIZED_GROUP
    assert groups["89,6%"] == "tp-hcm/ho-so-tthc-so-hoa/percent"


def test_tracked_national_figure_moves_to_78_15_in_the_after_state():
    carriers = [(a, f) for a in written() for f in a.figures if f.metric_group == DIGITIZED_GROUP]
    assert [(a.key, a.state, f.raw, f.value) for a, f in carriers] == [
        ("hochiminhcity/thu-tuong-chu-tri-phien-hop-thu-7-cua-bcd-cchc-chinh-phu", "after", "78,15%", 78.15)
    ]
    (article, figure) = carriers[0]
    assert "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,15%" in body(article)
    assert figure.subject == "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC"


def test_seed_001_figure_shares_the_tracked_group():
    seeds = [a for a in corpus() if a.key == "baohagiang/seed"]
    if not seeds:
        pytest.skip("the baohagiang seed article is not in this tree yet")
    (seed,) = seeds
    (figure,) = [f for f in seed.figures if f.raw == "67,32%"]
    assert figure.metric_group == DIGITIZED_GROUP


def test_provincial_figure_repeats_with_new_value_and_word_order():
    rows = sorted(
        (a.published_at, a.state, f.value, a.key)
        for a in written()
        for f in a.figures
        if f.metric_group == "ha-giang/tthc-co-hieu-luc/count"
    )
    assert [(state, value) for _, state, value, _ in rows] == [("before", 1902.0), ("after", 1876.0)]
    assert {key.split("/")[0] for *_, key in rows} == {"baohagiang"}
    old, new = (body(by_key(key)) for *_, key in rows)
    assert "số thủ tục hành chính có hiệu lực trên địa bàn tỉnh là 1.902" in old
    assert "có 1.876 TTHC có hiệu lực" in new


def test_groups_shared_across_articles_are_one_quantity():
    groups: dict[str, set[str]] = defaultdict(set)
    for a in written():
        for f in a.figures:
            groups[f.metric_group].add(a.key)
    shared = {g for g, keys in groups.items() if len(keys) > 1}
    assert {
        "khanh-hoa/ho-so-tthc-so-hoa/percent",
        "ha-giang/tthc-co-hieu-luc/count",
        "ha-giang/tthc-dvc-truc-tuyen-toan-trinh/percent",
        "ninh-binh/ho-so-truc-tuyen/percent",
        "ninh-binh/par-index/percent",
        "tp-hcm/ho-so-tthc-so-hoa/percent",
        "national/thanh-toan-truc-tuyen/money",
        "an-giang/ho-so-truc-tuyen/percent",
    } <= shared
    # one quantity, one scope: a shared group never mixes portals of different provinces
    province_of = {"baohagiang": "ha-giang", "baokhanhhoa": "khanh-hoa", "nbtv": "ninh-binh",
                   "hochiminhcity": "tp-hcm", "angiang": "an-giang"}
    for group in shared:
        scope = group.split("/")[0]
        if scope != "national":
            assert {province_of[k.split("/")[0]] for k in groups[group]} == {scope}, group


# --- sessions -----------------------------------------------------------------------------------


def test_every_numbered_meeting_in_a_body_is_labelled_and_every_label_is_printed():
    for a in written():
        for state in ("before", "after") if a.revision else ("before",):
            printed = set(session_numbers_in(body(a, state)))
            gold = {s.number for s in (a.revision.sessions if state == "after" and a.revision and a.revision.sessions is not None else a.sessions)}
            assert printed == gold, (a.key, state, printed, gold)


def test_session_labels_are_consistent():
    hdnd = re.compile(r"^HĐND tỉnh (Hà Giang|Khánh Hòa|Ninh Bình|An Giang) khóa [IVXL]+$|^HĐND TP\.HCM khóa [IVXL]+$")
    for a in written():
        text = body(a)
        for s in a.sessions:
            if s.body == BCD:
                assert "Ban Chỉ đạo" in text or "BCĐ" in text, a.key
                if s.date is not None:
                    assert s.date == BCD_SESSION_DATES[s.number], (a.key, s)
            elif s.body.startswith("HĐND"):
                assert hdnd.match(s.body), s.body
                assert "HĐND" in text and s.body.split()[-1] in text, a.key
            else:
                assert s.body == "Ban Chỉ đạo cải cách hành chính tỉnh Hà Giang", s.body
            if s.role == "held":
                assert s.date is not None, a.key
                lag = a.published_at.date() - date.fromisoformat(s.date)
                assert timedelta(0) <= lag <= timedelta(days=3), (a.key, s)
            else:
                assert s.date is None or date.fromisoformat(s.date) < a.published_at.date() - timedelta(days=30)


def test_steering_committee_storyline():
    held = sorted((s.number, s.date, a.key) for a in corpus() for s in a.sessions if s.body == BCD and s.role == "held")
    mine = [(n, d, k) for n, d, k in held if not k.endswith("/seed")]
    assert mine == [
        (4, "2023-05-11", "baohagiang/ban-chi-dao-cchc-cua-chinh-phu-hop-phien-thu-tu"),
        (6, "2023-11-17", "nbtv/thu-tuong-chu-tri-phien-hop-thu-sau-ban-chi-dao-cchc-cua-chinh-phu"),
        (7, "2024-02-02", "hochiminhcity/thu-tuong-chu-tri-phien-hop-thu-7-cua-bcd-cchc-chinh-phu"),
        (8, "2024-08-14", "baokhanhhoa/phien-hop-thu-tam-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu"),
    ]
    mentioned = sorted((s.number, s.date) for a in written() for s in a.sessions if s.role == "mentioned")
    assert mentioned == [(3, "2023-02-03"), (5, "2023-07-19"), (6, None), (7, None)]
    seventh = by_key("hochiminhcity/thu-tuong-chu-tri-phien-hop-thu-7-cua-bcd-cchc-chinh-phu")
    assert "phiên họp thứ 7 của BCĐ CCHC Chính phủ" in body(seventh)
    assert "Chiều 2/2" in body(seventh)


def test_exactly_one_after_article_holds_the_eighth_session_on_baokhanhhoa():
    holders = [a for a in corpus() for s in a.sessions if s.number == 8 and s.role == "held"]
    assert [(a.portal, a.state) for a in holders] == [("baokhanhhoa", "after")]
    (article,) = holders
    assert article.sessions[0].date == "2024-08-14" and article.sessions[0].body == BCD
    assert "Chiều 14-8" in body(article)
    assert article.published_at.date() == date(2024, 8, 14) and article.published_at.hour >= 17


def test_no_before_article_mentions_an_eighth_session():
    for a in corpus():
        if a.state != "before":
            continue
        for state in ("before", "after"):  # an edit must not smuggle it in either
            text = fold(a.title_in(state) + "\n" + body(a, state))  # type: ignore[arg-type]
            assert "thứ tám" not in text and not re.search(r"thứ 8(?!\d)", text), a.key
            assert 8 not in session_numbers_in(text), a.key


def test_peoples_council_sessions():
    councils = [(a.key, s) for a in written() for s in a.sessions if s.body.startswith("HĐND")]
    assert [(s.body, s.number, s.date) for _, s in councils] == [
        ("HĐND tỉnh An Giang khóa X", 13, "2023-07-12"),
        ("HĐND tỉnh Hà Giang khóa XVIII", 15, "2023-12-07"),
        ("HĐND tỉnh Ninh Bình khóa XV", 11, "2022-12-08"),
    ]
    words = by_key("nbtv/chat-van-ve-cong-tac-cai-cach-hanh-chinh-tai-ky-hop-thu-muoi-mot")
    assert "kỳ họp thứ mười một" in body(words)
    assert "Kỳ họp thứ 15" in body(by_key("baohagiang/khai-mac-ky-hop-thu-15-hdnd-tinh-khoa-xviii"))


def test_meeting_date_styles_are_all_present():
    texts = [body(a) for a in written()]
    for pattern in (r"Chiều 14-8", r"Sáng 13-9", r"Chiều 11\.5", r"Sáng 7\.12", r"Sáng nay \(17/11\)",
                    r"Sáng nay \(8/12\)", r"Chiều ngày 12/7/2023", r"Chiều 2/2", r"Sáng 21/3"):
        assert any(re.search(pattern, t) for t in texts), pattern


def test_edition_numbers_are_not_sessions():
    for key in ("baokhanhhoa/khanh-hoa-gianh-5-huy-chuong-vang-giai-vovinam-toan-quoc",
                "hochiminhcity/duong-hoa-nguyen-hue-tet-giap-thin-2024-don-hon-1-2-trieu-luot-khach"):
        a = by_key(key)
        assert "lần thứ" in body(a) and a.sessions == ()


# --- the edited article -------------------------------------------------------------------------


def test_exactly_one_article_is_revised_and_it_is_on_nbtv():
    revised = [a for a in corpus() if a.revision]
    assert [a.key for a in revised] == ["nbtv/nang-cao-chat-luong-phuc-vu-cua-bo-phan-mot-cua-cac-cap"]
    (a,) = revised
    assert a.state == "before" and a.is_reform
    before, after = body(a, "before"), body(a, "after")
    assert "đạt 92,5%" in before and "đạt 94,1%" not in before
    assert "đạt 94,1%" in after and "92,5%" not in after
    changed_paragraphs = [p for p, q in zip(a.body_paragraphs("before"), a.body_paragraphs("after")) if p != q]
    assert len(changed_paragraphs) == 2  # the lead (figure) and one paragraph (a rewritten sentence)
    assert a.title_in("after") == a.title
    old = {(f.metric_group, f.value) for f in a.figures}
    new = {(f.metric_group, f.value) for f in a.revision.figures}
    assert old - new == {("ninh-binh/ho-so-dung-han/percent", 92.5)}
    assert new - old == {("ninh-binh/ho-so-dung-han/percent", 94.1)}
    assert a.revision.sessions is None
