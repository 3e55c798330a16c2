"""Tests for reformcrawl.core.figures: which numbers are figures, their values, subjects, metric keys.

Seed paragraphs are quoted verbatim from tests/fixtures/seeds/*.txt; the other sentences are written
for these tests in the portals' style.
"""

from __future__ import annotations

import re

import pytest

from reformcrawl.core.detect import detect
from reformcrawl.core.figures import find_figures, metric_concept
from reformcrawl.core.model import Figure

# --- seed paragraphs (verbatim) -------------------------------------------------------------------
SEED_000 = (
    "Chiều 3-2, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của "
    "Chính phủ chủ trì họp phiên thứ ba của Ban Chỉ đạo. Phiên họp được kết nối trực tuyến tới 63 địa "
    "phương. Tại điểm cầu Khánh Hòa, ông Đinh Văn Thiệu - Phó Chủ tịch UBND tỉnh tham dự.\n\n"
    "Năm nay, Ban Chỉ đạo thống nhất tập trung ưu tiên nguồn lực đẩy mạnh số hóa hồ sơ, kết quả giải "
    "quyết thủ tục hành chính; tăng cường rà soát, cắt giảm, đơn giản hóa quy trình, quy định thủ tục "
    "hành chính, điều kiện kinh doanh; nâng cao hiệu quả triển khai 25 dịch vụ công thiết yếu liên quan "
    "đến người dân theo Đề án 06; tiếp tục đẩy mạnh cải cách chế độ công vụ.\n\n"
    "Được biết, năm 2022, toàn quốc đã đạt được kết quả quan trọng trong xây dựng thể chế, chính sách "
    "pháp  luật; cải cách thủ tục hành chính; sắp xếp, tinh gọn tổ chức bộ máy, biên chế; cải cách chế "
    "độ công vụ, chuyển đổi số... Tỉnh Khánh Hòa có số lượt giao dịch trực tuyến tăng gần 4 lần và số "
    "tiền thanh toán nghĩa vụ tài chính tăng hơn 12 lần so với năm 2021 và là một trong 46 địa phương "
    "đã triển khai tổ công nghệ số cộng đồng đến cấp cơ sở…"
)
SEED_001 = (
    "Sáng 19.7, tại Hà Nội, Ban Chỉ đạo (BCĐ) Cải cách hành chính (CCHC) của Chính phủ tổ chức trực "
    "tuyến toàn quốc phiên họp thứ năm để đánh giá kết quả công tác CCHC 6 tháng đầu năm; phương "
    "hướng, nhiệm vụ 6 tháng cuối năm 2023.\n\n"
    "6 tháng đầu năm 2023, các bộ, ngành thành viên BCĐ CCHC của Chính phủ đã nỗ lực, quyết tâm trong "
    "việc tham mưu Chính phủ, Thủ tướng Chính phủ triển khai nhiều nhiệm vụ, giải pháp quan trọng nhằm "
    "thực hiện hiệu quả 6 nội dung của CCHC. Đến nay, cả nước có 32,05% kết quả giải quyết thủ tục hành "
    "chính (TTHC) được cấp bản điện tử có giá trị pháp lý để tái sử dụng; 67,32% hồ sơ TTHC được số "
    "hóa; hoàn thành tích hợp 25/25 dịch vụ công (DVC) thiết yếu theo Đề án 06, 10/28 DVC theo Quyết "
    "định 422, ngày 4.4.2022 của Thủ tướng Chính phủ; 62/63 địa phương và 10/21 bộ, ngành thực hiện "
    "hợp nhất Cổng DVC và Hệ thống thông tin một cửa điện tử thành Hệ thống thông tin giải quyết TTHC "
    "cấp bộ, cấp tỉnh kết nối với Cổng DVC quốc gia...\n\n"
    "Đối với tỉnh Hà Giang, cấp ủy, chính quyền địa phương đã chỉ đạo, triển khai đồng bộ nhiều giải "
    "pháp để nâng cao chất lượng CCHC như: Triển khai thực hiện hiệu quả DVC trực tuyến. Đến nay, trong "
    "tổng số 1.894 TTHC có hiệu lực trên địa bàn tỉnh thì 672 TTHC được cung cấp DVC trực tuyến toàn "
    "trình (đạt 35,48%), 1.165 TTHC được cung cấp DVC trực tuyến một phần."
)
SEED_004 = (
    "Phiên họp được tổ chức trực tuyến giữa điểm cầu trụ sở Chính phủ với 63 tỉnh, thành phố trực "
    "thuộc Trung ương. Ông Lê Văn Phước, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì điểm cầu tỉnh An "
    "Giang.\n\n"
    "Năm 2023, công tác cải cách hành chính ghi nhận kết quả toàn diện trên tất cả 6 lĩnh vực: Cải cách "
    "thể chế, Cải cách thủ tục hành chính, Cải cách tổ chức bộ máy hành chính nhà nước, Cải cách chế độ "
    "công vụ, Cải cách tài chính công, Xây dựng và phát triển Chính phủ điện tử, Chính phủ số. Các bộ, "
    "ngành, địa phương đã bám sát thực tiễn, chỉ đạo của Chính phủ, Thủ tướng Chính phủ, chủ động, quyết "
    "tâm tổ chức thực hiện 4.142 nhiệm vụ được giao.\n\n"
    "Thủ tướng Chính phủ đã phê duyệt phương án cắt giảm, đơn giản hóa 144 quy định kinh doanh; các bộ, "
    "ngành đã thực hiện cắt giảm, đơn giản hóa 628 quy định kinh doanh, nâng tổng số quy định kinh doanh "
    "được cắt giảm, đơn giản hóa từ năm 2021 đến nay là 2.770 quy định; 14 bộ, ngành thực thi phương án "
    "phân cấp 86 thủ tục hành chính, nâng tổng số thủ tục hành chính được phân cấp từ năm 2022 đến nay "
    "là 153/699 thủ tục hành chính, đạt 21,9%. Về quản lý và tinh giản biên chế, thực hiện các nghị định "
    "của Chính phủ, từ năm 2015 đến ngày 15/12/2023 cả nước tinh giản biên chế 84.140 người, trong đó ở "
    "địa phương là 78.400 người.\n\n"
    "Ông Trương Long Hồ (Phó Giám Đốc Sở)\n\nĐiện thoại: 0983.570.009\n\n"
    "Điện thoại: 02963.957.006\n\nĐiện thoại: 02963.957.049 - 0378.247.247"
)
SEED_002 = (
    "Sáng nay (26/3), đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh chủ trì Hội nghị "
    "triển khai các giải pháp nâng cao chất lượng, hiệu quả cải cách thủ tục hành chính và hoạt động của "
    "Bộ phận một cửa cấp huyện, cấp xã.\n\n"
    "Tại hội nghị, các đại biểu đã nghe Tổ Công tác của Chủ tịch UBND tỉnh báo cáo kết quả kiểm tra, "
    "đánh giá thực trạng hoạt động tại 8 bộ phận một cửa cấp huyện và 27 bộ phận một cửa cấp xã trên "
    "địa bàn tỉnh.\n\n"
    "Trên cơ sở đó đề xuất những giải pháp cụ thể để triển khai tốt hơn công tác cải cách thủ tục hành "
    "chính và hoạt động của bộ phận một cửa cấp huyện, cấp xã theo Nghị định 61, nhằm nâng cao tỷ lệ sử "
    "dụng dịch vụ công trực tuyến mức độ 3, 4 và dịch vụ Bưu chính công ích trong lĩnh vực này."
)
SEED_003 = (
    "(HCM CityWeb) – Sáng 11/11, Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ tổ chức Hội nghị "
    "trực tuyến toàn quốc triển khai Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ "
    "thống hành chính nhà nước giai đoạn 2022-2025.\n\n"
    "Hội nghị được kết nối với các điểm cầu 22 Bộ ngành và 63 tỉnh, thành. Tham dự tại điểm cầu UBND "
    "TPHCM có Chánh Văn phòng UBND TP Đặng Quốc Toàn.\n\n"
    "Cùng với xu thế chuyển đổi số, chúng ta chọn đưa TTHC lên môi trường điện tử để đổi mới cơ chế một "
    "cửa, một cửa liên thông trong giải quyết TTHC giai đoạn 2021-2025. Ông Ngô Hải Phan đánh giá, Nghị "
    "quyết 131 của Chính phủ là một bước tiến quan trọng."
)

METRIC_RE = re.compile(
    r"^(?:national|part:[^/]+|[a-z0-9]+(?:-[a-z0-9]+)*)/[a-z0-9]+(?:-[a-z0-9]+)*/(?:percent|count|ratio|money|multiplier)"
    r"/(?:cumulative|year|\d+-months|quarter|month|year-to-date|unknown)$"
)


def figs(text: str, province: str | None = "Hà Giang") -> tuple[Figure, ...]:
    return find_figures(text, province=province)


def rows(found) -> list[tuple]:
    return [(f.raw, f.value, f.kind, f.denominator) for f in found]


def by_raw(found, raw: str) -> Figure:
    (figure,) = [f for f in found if f.raw == raw]
    return figure


# --- the seeds ------------------------------------------------------------------------------------
def test_seed_001_figures():
    found = figs(SEED_001, "Hà Giang")
    assert rows(found) == [
        ("32,05%", 32.05, "percent", None),
        ("67,32%", 67.32, "percent", None),
        ("25/25", 25.0, "ratio", 25.0),
        ("10/28", 10.0, "ratio", 28.0),
        ("62/63", 62.0, "ratio", 63.0),
        ("10/21", 10.0, "ratio", 21.0),
        ("1.894", 1894.0, "count", None),
        ("672", 672.0, "count", None),
        ("35,48%", 35.48, "percent", None),
        ("1.165", 1165.0, "count", None),
    ]
    assert all(METRIC_RE.match(f.metric) for f in found)


def test_seed_001_subjects_and_scopes():
    found = figs(SEED_001, "Hà Giang")
    assert by_raw(found, "67,32%").subject == "hồ sơ TTHC được số hóa"
    assert by_raw(found, "1.894").subject == "TTHC có hiệu lực trên địa bàn tỉnh"
    assert by_raw(found, "672").subject == "TTHC được cung cấp DVC trực tuyến toàn trình"
    # the percent in parentheses measures the phrase before it
    assert by_raw(found, "35,48%").subject == "TTHC được cung cấp DVC trực tuyến toàn trình"
    assert by_raw(found, "35,48%").metric == "ha-giang/tthc-dvc-truc-tuyen-toan-trinh/percent/cumulative"
    assert by_raw(found, "672").metric == "ha-giang/tthc-dvc-truc-tuyen-toan-trinh/count/cumulative"
    assert by_raw(found, "1.165").metric == "ha-giang/tthc-dvc-truc-tuyen-mot-phan/count/cumulative"
    # a stock is a level on the day, whatever period the sentence names ("6 tháng đầu năm 2023")
    assert by_raw(found, "67,32%").metric == "national/ho-so-tthc-so-hoa/percent/cumulative"
    assert by_raw(found, "67,32%").period_label == ""  # "Đến nay": the day of the article
    assert by_raw(found, "1.894").metric == "ha-giang/tthc-co-hieu-luc/count/cumulative"
    assert all(f.role == "reading" for f in found)
    for raw in ("32,05%", "25/25", "10/28", "62/63", "10/21"):
        assert by_raw(found, raw).metric.startswith("national/"), raw
    assert len({f.metric for f in found}) == len(found)


@pytest.mark.parametrize("absent", ["06", "422", "4", "2022", "6", "2023", "19", "7", "3"])
def test_seed_001_non_figures(absent: str):
    assert absent not in {f.raw for f in figs(SEED_001)}
    assert not any(f.raw.startswith(absent + ".") and f.kind != "count" for f in figs(SEED_001))


def test_seed_004_figures():
    found = figs(SEED_004, "An Giang")
    assert rows(found) == [
        ("4.142", 4142.0, "count", None),
        ("144", 144.0, "count", None),
        ("628", 628.0, "count", None),
        ("2.770", 2770.0, "count", None),
        ("14", 14.0, "count", None),
        ("86", 86.0, "count", None),
        ("153/699", 153.0, "ratio", 699.0),
        ("21,9%", 21.9, "percent", None),
        ("84.140", 84140.0, "count", None),
        ("78.400", 78400.0, "count", None),
    ]
    assert all(f.metric.startswith("national/") for f in found)
    # "từ năm 2015 đến ngày 15/12/2023 cả nước tinh giản biên chế 84.140 người": a running total
    assert by_raw(found, "84.140").metric == "national/tinh-gian-bien-che/count/cumulative"
    assert by_raw(found, "153/699").metric == "national/tthc-phan-cap/ratio/cumulative"
    assert by_raw(found, "21,9%").metric == "national/tthc-phan-cap/percent/cumulative"
    assert by_raw(found, "144").metric.startswith("national/quy-dinh-kinh-doanh-phe-duyet-cat-giam/count/")
    assert by_raw(found, "78.400").metric != by_raw(found, "84.140").metric
    assert by_raw(found, "2.770").metric != by_raw(found, "628").metric


def test_seed_000_figures():
    found = figs(SEED_000, "Khánh Hòa")
    assert rows(found) == [
        ("gần 4 lần", 4.0, "multiplier", None),
        ("hơn 12 lần", 12.0, "multiplier", None),
        ("46", 46.0, "count", None),
    ]
    assert by_raw(found, "gần 4 lần").metric.startswith("khanh-hoa/")
    assert by_raw(found, "gần 4 lần").role == "comparison"  # a multiplier compares with another time
    assert by_raw(found, "46").metric.startswith("national/")  # one of 46 provinces nationwide


def test_seed_002_and_003():
    assert rows(figs(SEED_002, "Ninh Bình")) == [("8", 8.0, "count", None), ("27", 27.0, "count", None)]
    assert figs(SEED_003, "Thành phố Hồ Chí Minh") == ()


# --- kinds ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence,raw,value,kind,denominator",
    [
        ("Toàn tỉnh có 67,32% hồ sơ được số hóa.", "67,32%", 67.32, "percent", None),
        ("Toàn tỉnh có 67,32 % hồ sơ được số hóa.", "67,32 %", 67.32, "percent", None),
        ("Toàn tỉnh có 67,32 phần trăm hồ sơ được số hóa.", "67,32 phần trăm", 67.32, "percent", None),
        ("Tỷ lệ hồ sơ trực tuyến đạt 100%.", "100%", 100.0, "percent", None),
        ("Tỉnh có 1.894 TTHC có hiệu lực.", "1.894", 1894.0, "count", None),
        ("Cả nước tinh giản biên chế 84.140 người.", "84.140", 84140.0, "count", None),
        ("Các cơ quan đã tiếp nhận 3,5 triệu hồ sơ.", "3,5 triệu", 3_500_000.0, "count", None),
        ("Đường hoa đón hơn 1,2 triệu lượt khách.", "1,2 triệu", 1_200_000.0, "count", None),
        ("Ban tổ chức sử dụng 100 ngàn chậu hoa.", "100 ngàn", 100_000.0, "count", None),
        ("Ngành đã trồng 96 nghìn cây xanh.", "96 nghìn", 96_000.0, "count", None),
        ("Toàn tỉnh đã tích hợp 25/25 dịch vụ công thiết yếu.", "25/25", 25.0, "ratio", 25.0),
        ("Đã phân cấp 153/699 thủ tục hành chính.", "153/699", 153.0, "ratio", 699.0),
        ("Có 62/63 địa phương hoàn thành.", "62/63", 62.0, "ratio", 63.0),
        ("Thành phố bố trí 1.250 tỷ đồng cải tạo hệ thống thoát nước.", "1.250 tỷ đồng", 1.25e12, "money", None),
        ("UBND huyện hỗ trợ mỗi hộ 3,5 triệu đồng.", "3,5 triệu đồng", 3_500_000.0, "money", None),
        ("Mỗi người được hỗ trợ 500 nghìn đồng.", "500 nghìn đồng", 500_000.0, "money", None),
        ("Lệ phí giảm còn 25.000 đồng mỗi hồ sơ.", "25.000 đồng", 25_000.0, "money", None),
        ("Giá vé 50.000đ/người.", "50.000đ", 50_000.0, "money", None),
        ("Tổng số tiền thanh toán trực tuyến hơn 186,4 tỷ đồng.", "186,4 tỷ đồng", 186.4e9, "money", None),
        ("Tỉnh đã tiếp nhận 1.086.530 hồ sơ.", "1.086.530", 1_086_530.0, "count", None),
        ("Đoàn đã kiểm tra 12/15 đơn vị.", "12/15", 12.0, "ratio", 15.0),
        ("Số giao dịch trực tuyến tăng gần 4 lần.", "gần 4 lần", 4.0, "multiplier", None),
        ("Số tiền thanh toán tăng hơn 12 lần so với năm 2021.", "hơn 12 lần", 12.0, "multiplier", None),
        ("Lượng hồ sơ trực tuyến gấp 3 lần năm trước.", "3 lần", 3.0, "multiplier", None),
        ("Hồ sơ trực tuyến tăng 2,5 lần.", "2,5 lần", 2.5, "multiplier", None),
    ],
)
def test_kinds(sentence: str, raw: str, value: float, kind: str, denominator: float | None):
    found = figs(sentence)
    assert rows(found) == [(raw, pytest.approx(value), kind, denominator)]


def test_qualifiers_stay_out_of_raw_except_for_multipliers():
    found = figs("Khánh Hòa đón hơn 4,2 triệu lượt khách, tăng gần 3 lần; phấn đấu đạt trên 30% khách quốc tế.")
    assert [f.raw for f in found] == ["4,2 triệu", "gần 3 lần", "30%"]


# --- things that are not figures ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Các địa phương thực hiện theo Nghị định 61 của Chính phủ.",
        "Bộ phận một cửa hoạt động theo Nghị định 61/2018/NĐ-CP và Nghị định 107/2021/NĐ-CP.",
        "Tích hợp dịch vụ công theo Quyết định 422 của Thủ tướng.",
        "Triển khai hiệu quả Đề án 06 trên địa bàn tỉnh.",
        "Ông đề nghị triển khai các nội dung của Nghị quyết 131.",
        "Thực hiện Thông tư 01 của Bộ Nội vụ.",
        "Quán triệt Chỉ thị 05 của Bộ Chính trị.",
        "UBND tỉnh ban hành Kế hoạch 123/KH-UBND về cải cách hành chính.",
        "Sở Nội vụ có Công văn số 45 hướng dẫn các đơn vị.",
        "Theo Quyết định 422, ngày 4.4.2022 của Thủ tướng Chính phủ.",
        "Sáng 19/7, hội nghị đã diễn ra.",
        "Từ năm 2015 đến ngày 15/12/2023 đã có nhiều chuyển biến.",
        "Cập nhật lúc 14:49 hôm nay.",
        "Năm 2023 là năm bản lề của giai đoạn 2021-2025.",
        "Kế hoạch giai đoạn 2022-2025 được triển khai.",
        "Hội nghị diễn ra vào thứ 7 tuần này.",
        "Giải đấu được tổ chức lần thứ 2 tại tỉnh.",
        "Thủ tướng chủ trì phiên họp thứ 7 của Ban Chỉ đạo.",
        "Điện thoại: 0983.570.009",
        "Điện thoại: 02963.957.006 - 0378.247.247",
        "Kết quả 6 tháng đầu năm 2023 được đánh giá cao.",
        "Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến mức độ 3, 4 trong lĩnh vực này.",
        "Năm 2020, Khánh Hòa xếp thứ 31/63 tỉnh, thành phố về Chỉ số PAR Index.",
        "Tỉnh xếp hạng 5/63 về chỉ số hài lòng.",
        "Thực hiện hiệu quả 6 nội dung của CCHC.",
        "Kết quả toàn diện trên tất cả 6 lĩnh vực: cải cách thể chế và các lĩnh vực khác.",
        "Tai nạn giao thông giảm cả 3 tiêu chí.",
        "Phiên họp được kết nối trực tuyến tới 63 địa phương.",
        "Phiên họp được tổ chức trực tuyến với 63 tỉnh, thành phố trực thuộc Trung ương.",
        "Hội nghị được kết nối với các điểm cầu 22 Bộ ngành và 63 tỉnh, thành.",
        "Công bố Chỉ số cải cách hành chính của 20 sở, ban, ngành và 11 huyện, thị xã, thành phố.",
        "Nâng cao hiệu quả triển khai 25 dịch vụ công thiết yếu theo Đề án 06.",
        "Nguồn: http://baohagiang.vn/thoi-su-chinh-tri/202307/bai-viet-81c6907/",
        "Công tác phòng, chống dịch Covid-19 được duy trì.",
        "Toàn tỉnh gieo sạ khoảng 230.000 ha, năng suất 7,5 tấn/ha.",
        "Lượng mưa đo được trong 24 giờ lên tới 182 mm.",
        "Công dân từ 18 tuổi trở lên được cấp tài khoản.",
        "Chỉ số của tỉnh tăng 11 bậc so với năm 2019.",
        "Lực lượng công an túc trực 24/24 giờ.",
        "Nước ngập tại các quận 7, 8, Bình Thạnh.",
        "Tỉnh phấn đấu vào nhóm 20 tỉnh, thành phố dẫn đầu.",
        "Đường hoa năm nay trải dài 720 m.",
        "Sau hơn 2 năm đi vào hoạt động, Trung tâm đã trở thành địa chỉ tin cậy.",
        "Đây là giải đấu SEA Games 31 tổ chức tại Việt Nam.",
        "Tối 15/2 (tức mùng 6 Tết), đường hoa khép lại.",
        "Nhiều khách sạn 4 - 5 sao đã kín phòng.",
        "Không có chữ số nào trong câu này.",
    ],
)
def test_not_figures(sentence: str):
    assert figs(sentence) == ()


def test_unit_set_with_a_predicate_is_a_count():
    assert [f.raw for f in figs("Tỉnh là một trong 46 địa phương đã triển khai tổ công nghệ số.")] == ["46"]
    assert [f.raw for f in figs("Có 14 bộ, ngành thực thi phương án phân cấp.")] == ["14"]
    assert [f.raw for f in figs("Chiến dịch diệt lăng quăng tại 38 xã, phường có nguy cơ cao.")] == ["38"]


def test_words_that_only_look_like_identifiers():
    # "kỷ luật" is not "Luật 25"; "mức" before an amount of money is a rate, not a level
    assert [f.raw for f in figs("Sở đã xử lý kỷ luật 7 viên chức vi phạm.")] == ["7"]
    assert [f.raw for f in figs("Tỉnh hỗ trợ mức 2,5 triệu đồng cho mỗi hộ.")] == ["2,5 triệu đồng"]
    assert [f.raw for f in figs("Phí được giảm ở mức 50% so với nộp trực tiếp.")] == ["50%"]


def test_traditional_area_units_are_measures():
    assert figs("Gia đình ông cấy 5 sào lúa và 2 mẫu ngô.") == ()


def test_units_a_result_is_spread_over_are_counted():
    text = "Năm nay đã cắt giảm 120 thủ tục hành chính tại 9 sở, ngành; các địa phương tiếp tục rà soát."
    assert [f.raw for f in figs(text)] == ["120", "9"]


def test_listed_nouns_are_one_subject():
    (f,) = figs("Có 1.500 cán bộ, công chức, viên chức tham gia tập huấn.")
    assert f.subject == "cán bộ, công chức, viên chức tham gia tập huấn"


def test_bare_total():
    text = "Theo báo cáo, tổng số thủ tục hành chính có hiệu lực trên địa bàn tỉnh là 1.902."
    (f,) = figs(text, "Hà Giang")
    assert (f.raw, f.value, f.kind) == ("1.902", 1902.0, "count")
    assert f.subject == "thủ tục hành chính có hiệu lực trên địa bàn tỉnh"
    assert figs("Con số này là 1.902.") == ()


def test_figure_printed_twice_is_listed_once():
    lead = "Toàn tỉnh có 67,32% hồ sơ TTHC được số hóa."
    assert len(figs(lead + "\n\n" + lead)) == 1


# --- metric keys ----------------------------------------------------------------------------------
def metric(text: str, raw: str, province: str | None = "Hà Giang") -> str:
    return by_raw(figs(text, province), raw).metric


def test_same_quantity_in_other_words_has_the_same_key():
    a = metric("Đến nay, cả nước có 67,32% hồ sơ TTHC được số hóa.", "67,32%")
    b = metric("Năm 2023, cả nước có tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,15%.", "78,15%")
    assert a == b == "national/ho-so-tthc-so-hoa/percent/cumulative"
    c = metric("Đến nay, trong tổng số 1.894 TTHC có hiệu lực trên địa bàn tỉnh thì 672 TTHC được "
               "cung cấp DVC trực tuyến toàn trình.", "1.894")
    d = metric("Theo rà soát, tổng số thủ tục hành chính có hiệu lực trên địa bàn tỉnh là 1.902.", "1.902")
    e = metric("Sau đợt rà soát, Hà Giang hiện có 1.876 TTHC có hiệu lực thuộc thẩm quyền giải quyết "
               "của ba cấp chính quyền.", "1.876")
    assert c == d == e == "ha-giang/tthc-co-hieu-luc/count/cumulative"
    f = metric("Quý I/2023, tỷ lệ hồ sơ trực tuyến đạt 31,7%, tăng khá so với cùng kỳ.", "31,7%", "Ninh Bình")
    g = metric("Quý I, toàn tỉnh tiếp nhận 86.391 hồ sơ, trong đó hồ sơ trực tuyến chiếm 55,2%.",
               "55,2%", "Ninh Bình")
    assert f == g == "ninh-binh/ho-so-truc-tuyen/percent/quarter"
    h = metric("Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,7%.", "98,7%")
    i = metric("Toàn tỉnh có 95,2% hồ sơ được giải quyết đúng hạn.", "95,2%")
    assert h == i == "ha-giang/ho-so-dung-han/percent/cumulative"
    j = metric("Từ năm 2015 đến hết năm 2022, cả nước tinh giản biên chế 84.140 người.", "84.140")
    k = metric("Từ năm 2015 đến nay, số biên chế tinh giản trên cả nước là 90.000 người.", "90.000")
    assert j == k == "national/tinh-gian-bien-che/count/cumulative"


def test_the_same_measure_over_other_periods_is_another_metric():
    quarter = metric("Quý I/2024, toàn tỉnh tiếp nhận 86.391 hồ sơ TTHC.", "86.391")
    ten_months = metric("10 tháng năm 2023, toàn tỉnh tiếp nhận 287.415 hồ sơ TTHC.", "287.415")
    year = metric("Năm 2023, toàn tỉnh tiếp nhận 321.560 hồ sơ TTHC.", "321.560")
    since = metric("Từ năm 2021 đến nay, toàn tỉnh tiếp nhận 1,2 triệu hồ sơ TTHC.", "1,2 triệu")
    assert [m.rsplit("/", 1)[1] for m in (quarter, ten_months, year, since)] == [
        "quarter", "10-months", "year", "cumulative"]
    assert len({m.rsplit("/", 1)[0] for m in (quarter, ten_months, year, since)}) == 1
    # a count of what was done, over a period the text does not name, is never compared
    undated = by_raw(figs("Các bộ, ngành đã cắt giảm 628 quy định kinh doanh."), "628")
    assert undated.period == "unknown" and not undated.comparable
    # "đến cuối tháng 9/2024" is a day, not a month's total: the share is a level
    assert metric("Đến cuối tháng 9/2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 79,36%.", "79,36%").endswith("/cumulative")


def test_service_level_is_part_of_a_service_count():
    four = metric("Tỉnh đã cung cấp 1.113 dịch vụ công trực tuyến mức độ 4.", "1.113")
    three_four = metric("Tỉnh đã cung cấp 1.346 dịch vụ công trực tuyến mức độ 3, 4.", "1.346")
    assert four == "ha-giang/dvc-truc-tuyen-muc-do-4/count/cumulative"
    assert three_four == "ha-giang/dvc-truc-tuyen-muc-do-3-4/count/cumulative"


def test_word_order_does_not_matter():
    assert metric_concept("lượt khách quốc tế") == metric_concept("quốc tế lượt khách")
    assert metric_concept("kết quả giải quyết TTHC được cấp bản điện tử") == metric_concept(
        "bản điện tử kết quả giải quyết thủ tục hành chính")


def test_look_alikes_have_different_keys():
    online = metric("Đến nay, 735 TTHC được cung cấp DVC trực tuyến toàn trình, đạt 38,64% tổng số TTHC.", "38,64%")
    digitized = metric("Toàn tỉnh có 38,46% hồ sơ TTHC được số hóa.", "38,46%")
    assert online == "ha-giang/tthc-dvc-truc-tuyen-toan-trinh/percent/cumulative"
    assert digitized == "ha-giang/ho-so-tthc-so-hoa/percent/cumulative"
    national = metric("Cả nước có 78,15% hồ sơ TTHC được số hóa.", "78,15%", "Thành phố Hồ Chí Minh")
    city = metric("Thành phố có 89,6% hồ sơ TTHC được số hóa.", "89,6%", "Thành phố Hồ Chí Minh")
    assert national == "national/ho-so-tthc-so-hoa/percent/cumulative"
    assert city == "tp-hcm/ho-so-tthc-so-hoa/percent/cumulative"
    count = metric("Năm 2023, toàn tỉnh tiếp nhận 9.265 hồ sơ trực tuyến.", "9.265")
    share = metric("Năm 2023, toàn tỉnh có 29,43% hồ sơ trực tuyến.", "29,43%")
    assert count.split("/")[:2] == share.split("/")[:2] and count != share


def test_targets_comparisons_and_past_values_are_not_readings():
    result = by_raw(figs("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 6,2%."), "6,2%")
    target = by_raw(figs("Năm 2021, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 30%."), "30%")
    assert (result.role, target.role) == ("reading", "target")
    assert target.metric.rsplit("/", 1)[0] == result.metric.rsplit("/", 1)[0]  # the same quantity, planned
    later = by_raw(figs("Tỉnh đặt mục tiêu đến năm 2025 có 80% hồ sơ được số hóa.", "Hà Giang"), "80%")
    assert later.role == "target"
    change = figs("Toàn tỉnh ghi nhận 1.245 ca mắc sốt xuất huyết, tăng 35,6% so với cùng kỳ.")
    assert by_raw(change, "35,6%").role == "comparison" and by_raw(change, "1.245").role == "reading"
    moved = figs("Tỷ lệ hồ sơ được số hóa tăng từ 67,32% lên 78,15%.")
    assert [(f.raw, f.role) for f in moved] == [("67,32%", "past"), ("78,15%", "reading")]
    context = figs("Đến cuối tháng 9/2024, tỷ lệ số hóa hồ sơ của tỉnh đạt 79,36%, trong khi cùng kỳ năm 2023 "
                   "chỉ đạt 58,4%.")
    assert [(f.raw, f.role) for f in context] == [("79,36%", "reading"), ("58,4%", "past")]
    assert by_raw(figs("Tỷ lệ này tăng lên 78,15%."), "78,15%").role == "reading"  # a new level


def test_parts_and_other_provinces_are_their_own_scopes():
    found = figs("Toàn tỉnh có 58,4% hồ sơ được số hóa. Huyện Châu Thành và thị xã Tân Châu đạt 92% và 89,5%; "
                 "ở cấp xã tỷ lệ này mới đạt 17,3%. Sở Tư pháp đã số hóa 100% hồ sơ. Nhiều huyện vẫn dưới 30%.",
                 "An Giang")
    assert by_raw(found, "58,4%").scope == "an-giang" and by_raw(found, "58,4%").comparable
    for raw in ("92%", "89,5%", "17,3%", "100%", "30%"):
        assert by_raw(found, raw).scope.startswith("part:"), raw
        assert not by_raw(found, raw).comparable
    other = figs("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 41,2%, trong khi Đồng Tháp đạt 84,5%.", "An Giang")
    assert [f.scope for f in other] == ["an-giang", "dong-thap"]
    # a department named as the source is not the figure's scope
    source = figs("Theo Sở Nội vụ, tỷ lệ hài lòng của người dân với Bộ phận một cửa đạt 87,2%.", "An Giang")
    assert source[0].scope == "an-giang"


def test_scope_follows_the_nearest_cue():
    text = ("Đến nay, cả nước có 67,32% hồ sơ TTHC được số hóa. Đối với tỉnh Hà Giang, 38,46% hồ sơ "
            "TTHC được số hóa.")
    found = figs(text, "Hà Giang")
    assert [f.metric.split("/")[0] for f in found] == ["national", "ha-giang"]
    # a comparison with the country is not the figure's scope
    text = "Chỉ số SIPAS của tỉnh đạt 86,05%, cao hơn mức trung bình của cả nước."
    assert metric(text, "86,05%", "Khánh Hòa").startswith("khanh-hoa/")


def test_a_label_before_a_colon_names_the_figure():
    text = ("Kết quả nổi bật năm 2024: tổng số thủ tục hành chính đã được phân cấp: 112 thủ tục; "
            "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 88,4%.")
    found = figs(text, "Lào Cai")
    assert by_raw(found, "112").measure == "tthc-phan-cap"
    assert by_raw(found, "88,4%").metric == "lao-cai/ho-so-tthc-so-hoa/percent/cumulative"


def test_a_running_total_since_a_year_is_cumulative():
    since = by_raw(figs("Về bộ máy, lũy kế từ năm 2016, tỉnh đã tinh giản 2.310 biên chế.", "Lào Cai"), "2.310")
    level = by_raw(figs("Đến nay, tỉnh đã tinh giản 2.150 biên chế.", "Lào Cai"), "2.150")
    assert since.metric == level.metric == "lao-cai/tinh-gian-bien-che/count/cumulative"
    handled = by_raw(figs("Tính chung từ khi vận hành, tỷ lệ phản ánh, kiến nghị được xử lý đạt 97,2%.",
                          "Lào Cai"), "97,2%")
    assert handled.period == "cumulative"


def test_the_countrys_average_and_a_rank_are_the_index_of_the_paragraph():
    text = ("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023. Chỉ số của tỉnh đạt 85,1%, xếp thứ 40/63.\n\n"
            "Quảng Ninh dẫn đầu với 92,4%; giá trị trung bình của các tỉnh, thành phố là 85,8%. Như vậy, tỉnh "
            "thấp hơn mức trung bình 0,7 điểm phần trăm.")
    found = figs(text, "Lào Cai")
    assert by_raw(found, "85,1%").metric == "lao-cai/par-index/percent/year"
    assert by_raw(found, "92,4%").metric == "quang-ninh/par-index/percent/year"
    assert by_raw(found, "85,8%").metric == "national/par-index-trung-binh/percent/year"
    assert by_raw(found, "0,7").role == "comparison"  # a difference in points
    inside = figs("Điểm số của tỉnh cao hơn giá trị trung bình Chỉ số cải cách hành chính của các tỉnh, "
                  "thành phố (85,8%) 1,2 điểm phần trăm.", "Lào Cai")
    assert by_raw(inside, "85,8%").metric == "national/par-index-trung-binh/percent/year"
    assert by_raw(inside, "1,2").role == "comparison"


def test_what_a_count_counts_is_part_of_its_identity():
    text = ("Đến ngày 10/3/2023, toàn tỉnh đã thu nhận 402.118 hồ sơ đề nghị cấp tài khoản định danh điện tử, "
            "trong đó 251.700 tài khoản đã được kích hoạt.")
    found = figs(text, "Lào Cai")
    assert by_raw(found, "251.700").measure == "tai-khoan-dinh-danh-dien-tu"
    assert by_raw(found, "402.118").measure != by_raw(found, "251.700").measure
    # records handled in a named period are that period's, even for a metric whose share is a level
    flow = by_raw(figs("Trong 9 tháng, các cơ quan đã số hóa được 41.020 hồ sơ.", "Lào Cai"), "41.020")
    assert flow.period == "9-months"


def test_a_level_of_a_year_long_gone_is_history():
    found = find_figures("Cuối năm 2019, toàn tỉnh mới có 512 cán bộ được cấp chữ ký số; đến nay, con số "
                         "này đã tăng gấp ba.", province="Lào Cai", publication_year=2022)
    assert by_raw(found, "512").role == "past"


def test_the_period_of_a_sentence_is_its_leading_one():
    text = ("Theo báo cáo, năm 2023, hồ sơ được số hóa đạt 71,5% (năm 2022 là 40,8%); kết quả giải quyết "
            "thủ tục hành chính được cấp bản điện tử đạt 44,6%.")
    assert by_raw(figs(text, "Lào Cai"), "44,6%").period_label.lower() == "năm 2023"


def test_parts_named_in_another_clause_or_acting_are_not_the_scope():
    text = ("Riêng quý III, nhiều cơ quan phải tạm dừng tiếp nhận trực tiếp, tỷ lệ đúng hạn chỉ đạt 94,1%; "
            "sang tháng 9, tỷ lệ hồ sơ giải quyết đúng hạn tăng lên 96,3%.")
    found = figs(text, "Lào Cai")
    assert by_raw(found, "94,1%").scope.startswith("part:") and by_raw(found, "96,3%").scope == "lao-cai"
    agent = figs("Tính đến ngày 30/9/2022, Sở Thông tin và Truyền thông đã phối hợp cấp 1.820 chứng thư số "
                 "cho cán bộ, công chức trên địa bàn tỉnh.", "Lào Cai")
    assert by_raw(agent, "1.820").scope == "lao-cai"
    everyone = figs("Trong 9 tháng, các cơ quan hành chính ba cấp tiếp nhận 210.400 hồ sơ.", "Lào Cai")
    assert by_raw(everyone, "210.400").scope == "lao-cai"


def test_the_nationwide_conference_reports_the_countrys_figures():
    text = ("Chiều 2/2, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến toàn quốc đánh giá kết quả cải cách "
            "hành chính năm 2023. Phó Chủ tịch UBND tỉnh dự tại điểm cầu Lào Cai.\n\n"
            "Theo báo cáo, tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 74,5%.\n\n"
            "Tại Lào Cai, tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 81,2%.")
    found = figs(text, "Lào Cai")
    assert by_raw(found, "74,5%").scope == "national" and by_raw(found, "81,2%").scope == "lao-cai"
    announced = figs("Bộ Nội vụ tổ chức hội nghị trực tuyến toàn quốc công bố Chỉ số cải cách hành chính của "
                     "Chính phủ năm 2023.\n\nChỉ số cải cách hành chính đạt 86,2%.", "Lào Cai")
    assert by_raw(announced, "86,2%").scope == "lao-cai"  # the province's own index, announced


def test_province_slugs():
    text = "Toàn tỉnh có 50,1% hồ sơ TTHC được số hóa."
    assert metric(text, "50,1%", "An Giang").startswith("an-giang/")
    assert metric(text, "50,1%", "Khánh Hòa").startswith("khanh-hoa/")
    assert metric(text, "50,1%", "Ninh Bình").startswith("ninh-binh/")
    assert metric("Thành phố có 50,1% hồ sơ TTHC được số hóa.", "50,1%", "Thành phố Hồ Chí Minh").startswith("tp-hcm/")
    assert metric(text, "50,1%", None).startswith("national/")  # no province: nothing local to say


def test_figure_to_dict():
    (f,) = figs("Toàn tỉnh có 67,32% hồ sơ TTHC được số hóa.")
    assert f.to_dict() == {
        "raw": "67,32%", "value": 67.32, "kind": "percent", "denominator": None, "subject": "hồ sơ TTHC được số hóa",
        "metric": "ha-giang/ho-so-tthc-so-hoa/percent/cumulative",
        "identity": {"scope": "ha-giang", "measure": "ho-so-tthc-so-hoa", "unit": "%", "period": "cumulative",
                     "period_label": ""},
        "role": "reading", "certain": True,
    }


def test_an_index_named_only_by_its_definition_or_in_the_opening_clause():
    found = figs("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
                 "tỉnh Hà Giang đạt 82,5%, xếp thứ 40/63.\n\nVề Chỉ số SIPAS 2023, tỉnh đạt 84,1%.")
    assert by_raw(found, "82,5%").metric == "ha-giang/sipas/percent/year"
    assert by_raw(found, "84,1%").metric == "ha-giang/sipas/percent/year"


def test_an_item_of_a_list_does_not_borrow_an_earlier_items_measure():
    found = figs("Đến nay, 67,32% hồ sơ TTHC được số hóa; hoàn thành tích hợp 25/25 dịch vụ công thiết yếu, "
                 "10/28 DVC theo Quyết định 422.")
    assert "ho-so-tthc-so-hoa" not in by_raw(found, "10/28").metric


def test_a_rank_after_a_lead_naming_two_indexes_is_of_the_first():
    found = figs("Chiều 29/5, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX) và Chỉ số "
                 "hài lòng về sự phục vụ hành chính năm 2023 (SIPAS).\n\n"
                 "Với 88,1%, Hà Giang xếp thứ 12/63. Quảng Ninh tiếp tục dẫn đầu với 92,04%.")
    assert by_raw(found, "88,1%").metric == "ha-giang/par-index/percent/year"
    assert by_raw(found, "92,04%").metric == "quang-ninh/par-index/percent/year"


def test_the_e_government_component_index_is_its_own_metric():
    found = figs("Ở các chỉ số thành phần, chỉ số về Chính phủ điện tử, Chính phủ số chỉ đạt 70,2%, thấp nhất "
                 "trong các lĩnh vực. Tỷ lệ hồ sơ trực tuyến phục vụ xây dựng Chính phủ số đạt 45%.")
    assert by_raw(found, "70,2%").metric == "ha-giang/chi-so-thanh-phan-chinh-phu-so/percent/year"
    assert "chinh-phu-so" not in by_raw(found, "45%").metric


def test_a_departments_scope_is_its_name_only():
    found = figs("Trong khối sở, ngành, Sở Tư pháp đạt cao nhất với 91,6%.")
    assert by_raw(found, "91,6%").scope == "part:sở tư pháp"


def test_complaints_handled_and_their_share():
    found = figs("Tại Hà Giang, tỷ lệ số hóa hồ sơ đạt 71,4%, cao hơn mức chung của cả nước 3,1 điểm phần trăm. "
                 "Tính đến hết tháng 6/2024, đã có 8.117 phản ánh, kiến nghị được xử lý xong, tỷ lệ xử lý đạt 95,6%.")
    assert by_raw(found, "8.117").metric == "ha-giang/phan-anh-kien-nghi-da-xu-ly/count/cumulative"
    # the share of the count just before it, and the province's ("mức chung của cả nước" compares)
    assert by_raw(found, "95,6%").metric == "ha-giang/phan-anh-kien-nghi-da-xu-ly/percent/cumulative"
    received = figs("Trong đó, có 43.880 phản ánh, kiến nghị thuộc thẩm quyền xử lý của các cơ quan hành chính.")
    assert "da-xu-ly" not in by_raw(received, "43.880").metric


def test_another_central_city_is_its_own_scope_an_added_count_is_a_flow_and_a_leading_figure_is_named_after():
    found = figs("Với 90,43%, Chỉ số CCHC năm 2023 của tỉnh tăng 1,41 điểm phần trăm so với năm 2022. "
                 "Hải Phòng là địa phương dẫn đầu năm 2023 với 93,86%.\n\n"
                 "Từ đầu năm đến nay, tỉnh phân cấp thêm 12 thủ tục hành chính.", "Ninh Bình")
    assert by_raw(found, "90,43%").metric == "ninh-binh/par-index/percent/year"
    assert by_raw(found, "93,86%").metric == "hai-phong/par-index/percent/year"
    # what was added in the period is that period's flow, never compared with the running total
    assert by_raw(found, "12").metric == "ninh-binh/tthc-phan-cap/count/year-to-date"
    # "tư tưởng Hồ Chí Minh" names a person, not the city
    person = figs("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, 95% cán bộ đạt chuẩn.", "Ninh Bình")
    assert by_raw(person, "95%").scope == "ninh-binh"


def test_index_scores_in_points_belong_to_the_index_the_article_names():
    text = ("Kết quả PAPI 2024 vừa công bố cho thấy Khánh Hòa đạt 43,9 điểm, tăng 0,66 điểm so với năm 2023 "
            "(43,24 điểm).\n\nQuảng Trị là tỉnh có điểm tổng hợp cao nhất cả nước, đạt 46,9 điểm. Chỉ số "
            "“Quản trị điện tử” của tỉnh chỉ đạt 3,62 điểm.\n\nHội nghị có 45 điểm cầu.")
    found = find_figures(text, province="Khánh Hòa", title="Chỉ số PAPI 2024 của Khánh Hòa tăng 0,66 điểm",
                         publication_year=2025)
    assert by_raw(found, "43,9").metric == "khanh-hoa/papi/count/year"
    assert by_raw(found, "43,9").role == "reading"
    assert by_raw(found, "43,24").role == "past"  # the value compared with, in parentheses
    assert by_raw(found, "46,9").metric == "quang-tri/papi/count/year"  # "là tỉnh" is no scope cue
    assert "papi" not in by_raw(found, "3,62").metric  # a component, named in quotes
    assert "papi" not in by_raw(found, "45").metric  # "điểm cầu": bridge points, not a score


def test_the_newest_index_in_january_is_the_year_before_last():
    found = find_figures("Chỉ số CCHC năm 2022 của tỉnh đạt 82,47%; Chỉ số SIPAS đạt 84,6%.",
                         province="Hà Giang", publication_year=2024)
    assert by_raw(found, "82,47%").role == "reading"


def test_a_value_beside_another_takes_its_measure_and_a_raised_total_is_the_running_total():
    found = find_figures(
        "Tính đến ngày 30/6/2024, toàn tỉnh đã số hóa 78,65% hồ sơ, kết quả giải quyết TTHC, cao hơn bình quân "
        "cả nước 0,35 điểm phần trăm (cả nước đạt 78,3%). Lũy kế tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC "
        "đạt 90,6%, cao hơn mức 84,2% của cả nước.\n\nRiêng năm 2024, tỉnh tinh giản thêm 552 biên chế, nâng "
        "tổng số từ năm 2015 lên 3.962 người.", province="An Giang", publication_year=2025)
    assert by_raw(found, "78,3%").metric == "national/ho-so-tthc-so-hoa/percent/cumulative"
    assert by_raw(found, "84,2%").metric == "national/ho-so-tthc-so-hoa/percent/cumulative"
    assert by_raw(found, "552").metric == "an-giang/tinh-gian-bien-che/count/year"
    assert by_raw(found, "3.962").metric == "an-giang/tinh-gian-bien-che/count/cumulative"
    assert by_raw(found, "3.962").role == "reading"


# --- bad input ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\n\n", "không có chữ số", "%%%%", "1", "1.", ".5", "/////", "1/0 người", "0/0",
     "\x00\ufffd 1,2,3,4,5", "9" * 5000, "1." * 1000, "(" * 500 + "12 người"],
)
def test_bad_input_does_not_raise(text: str):
    found = figs(text)
    assert isinstance(found, tuple)
    assert all(isinstance(f, Figure) and METRIC_RE.match(f.metric) for f in found)


def test_one_megabyte_is_read():
    # Its speed is measured in bench/detector_speed.py.
    big = ("\n\n".join([SEED_001, SEED_004, SEED_000] * 400))[:1_000_000]
    found = detect(None, big, reference=None, province="Hà Giang")
    assert {"67,32%", "1.894", "84.140", "gần 4 lần"} <= {f.raw for f in found.figures}


def test_one_megabyte_of_numbers_is_read():
    # Its speed is measured in bench/detector_speed.py.
    found = find_figures(("12,5% người, 1.894 TTHC; 3/5 " * 40_000)[:1_000_000], province="Hà Giang")
    assert {f.raw for f in found} == {"12,5%", "1.894"}  # "3/5" with no noun after it reads as a date
