from lib import Art
P, PR, SEC = "nbtv", "Ninh Bình", "Thời sự"
S, Q = "tỷ lệ hồ sơ TTHC được số hóa", "tỷ lệ hồ sơ giải quyết trước và đúng hạn"
PAR, SIP, AVG = "Chỉ số cải cách hành chính (PAR INDEX)", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "Chỉ số cải cách hành chính trung bình của các tỉnh, thành phố"
CG, PAY, TG = "TTHC được cắt giảm, đơn giản hóa", "tỷ lệ hồ sơ thanh toán trực tuyến", "biên chế tinh giản"
CHEN = "chênh lệch Chỉ số cải cách hành chính so với trung bình cả nước"
A = []

a = Art(P, PR, "par-index-2021-xep-thu-12", "/tin-tuc/thoi-su/par-index-2021-ninh-binh-xep-thu-12-63-tinh-thanh-pho-45112.html", SEC,
    "PAR INDEX 2021: Ninh Bình xếp thứ 12/63 tỉnh, thành phố", "2022-05-30T20:05:00+07:00", "Hồng Vân",
    "Ngày 26/5, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số cải cách hành chính năm 2021 của các bộ, ngành, địa phương. Ninh Bình đạt 87,9%, xếp thứ 12/63 tỉnh, thành phố.",
    [("p", "Chỉ số của tỉnh cao hơn trung bình cả nước 4,36 điểm phần trăm; giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố năm 2021 là 83,54%. Quảng Ninh tiếp tục đứng đầu với 91,12%."),
     ("p", "Cùng ngày, Bộ Nội vụ công bố Chỉ số hài lòng của người dân, tổ chức (SIPAS). Mức hài lòng đối với sự phục vụ của các cơ quan hành chính tỉnh Ninh Bình năm 2021 đạt 83,65%."),
     ("p", "Theo Sở Nội vụ, các lĩnh vực còn bị trừ điểm gồm cải cách chế độ công vụ và hiện đại hóa hành chính. Tỉnh sẽ tập trung khắc phục trong giai đoạn 2022 - 2025."),
     ("p", "Hồng Vân (nbtv.vn)")])
(a.F("87,9%", "Chỉ số CCHC năm 2021 của Ninh Bình", PAR, "percent", "year", "năm 2021")
  .F("4,36 điểm phần trăm", "chênh lệch so với trung bình cả nước", CHEN, "percentage-points", "year", "năm 2021", "comparison")
  .F("83,54%", "Chỉ số CCHC trung bình của 63 tỉnh, thành phố năm 2021", AVG, "percent", "year", "năm 2021", scope="cả nước")
  .F("91,12%", "Chỉ số CCHC năm 2021 của Quảng Ninh (đứng đầu)", PAR, "percent", "year", "năm 2021", scope="Quảng Ninh")
  .F("83,65%", "SIPAS năm 2021 của Ninh Bình", SIP, "percent", "year", "năm 2021"))
A.append(a)

a = Art(P, PR, "nam-2022-cat-giam-87-thu-tuc", "/tin-tuc/thoi-su/nam-2022-ninh-binh-da-cat-giam-don-gian-hoa-87-thu-tuc-hanh-chinh-46530.html", SEC,
    "Ninh Bình đã cắt giảm, đơn giản hóa 87 thủ tục hành chính", "2023-01-12T17:25:00+07:00", "Tuyết Nhung",
    "Từ năm 2021 đến nay, tỉnh đã cắt giảm, đơn giản hóa 87 thủ tục hành chính, góp phần giảm chi phí tuân thủ cho người dân và doanh nghiệp.",
    [("p", "Năm 2022, tỷ lệ hồ sơ được giải quyết trước và đúng hạn trên địa bàn tỉnh đạt 99,1%; huyện Yên Mô và thành phố Tam Điệp đạt 100%. Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến mới đạt 18,4%, là chỉ tiêu tỉnh cần cải thiện mạnh."),
     ("p", "Công tác tinh giản biên chế được thực hiện nghiêm túc: lũy kế từ năm 2015, toàn tỉnh tinh giản 1.642 người; riêng năm 2022 là 146 người."),
     ("p", "Năm 2023, tỉnh đặt mục tiêu tỷ lệ thanh toán trực tuyến đạt 30%, đồng thời tiếp tục rà soát để cắt giảm thêm ít nhất 20 thủ tục."),
     ("p", "Tuyết Nhung (nbtv.vn)")])
(a.F("87", "thủ tục hành chính đã cắt giảm, đơn giản hóa từ năm 2021", CG, "thủ tục", "cumulative", "từ năm 2021 đến nay")
  .F("99,1%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn năm 2022", Q, "percent", "year", "năm 2022")
  .F("100%", "tỷ lệ đúng hạn của huyện Yên Mô và thành phố Tam Điệp", Q, "percent", "year", "năm 2022", "part", "Ninh Bình - huyện Yên Mô, thành phố Tam Điệp")
  .F("18,4%", "hồ sơ thanh toán phí, lệ phí trực tuyến", PAY, "percent", "year", "năm 2022")
  .F("1.642", "người tinh giản lũy kế từ năm 2015", TG, "người", "cumulative", "lũy kế từ năm 2015")
  .F("146", "người tinh giản năm 2022", TG, "người", "year", "năm 2022")
  .F("30%", "mục tiêu tỷ lệ thanh toán trực tuyến năm 2023", PAY, "percent", "year", "năm 2023", "target")
  .F("ít nhất 20", "thủ tục cắt giảm thêm mục tiêu năm 2023", CG, "thủ tục", "year", "năm 2023", "target", value=20.0))
A.append(a)

a = Art(P, PR, "cong-bo-par-index-2022", "/tin-tuc/thoi-su/chi-so-cai-cach-hanh-chinh-2022-cua-ninh-binh-tang-1-12-diem-phan-tram-48214.html", SEC,
    "Chỉ số cải cách hành chính 2022 của Ninh Bình tăng 1,12 điểm phần trăm", "2023-06-02T19:30:00+07:00", "Hồng Vân",
    "Theo kết quả vừa được công bố, PAR INDEX 2022 của tỉnh Ninh Bình đạt 89,02%, tăng 1,12 điểm phần trăm so với năm 2021.",
    [("p", "Ở cấp độ chung, trung bình Chỉ số CCHC của các tỉnh, thành phố năm 2022 là 84,31%. Vị trí dẫn đầu vẫn thuộc về Quảng Ninh với 91,5%."),
     ("p", "Chỉ số SIPAS 2022 của tỉnh đạt 85,1%. Người dân đánh giá cao thái độ phục vụ của công chức bộ phận một cửa, song vẫn còn băn khoăn về việc phải nộp bản sao giấy tờ đã có trong cơ sở dữ liệu."),
     ("p", "Hồng Vân (nbtv.vn)")])
(a.F("89,02%", "PAR INDEX 2022 của Ninh Bình", PAR, "percent", "year", "năm 2022")
  .F("1,12 điểm phần trăm", "mức tăng so với năm 2021", PAR + " - mức thay đổi", "percentage-points", "year", "so với năm 2021", "comparison")
  .F("84,31%", "trung bình Chỉ số CCHC các tỉnh, thành phố năm 2022", AVG, "percent", "year", "năm 2022", scope="cả nước")
  .F("91,5%", "Chỉ số CCHC năm 2022 của Quảng Ninh (dẫn đầu)", PAR, "percent", "year", "năm 2022", scope="Quảng Ninh")
  .F("85,1%", "SIPAS 2022 của tỉnh", SIP, "percent", "year", "năm 2022"))
A.append(a)

a = Art(P, PR, "trang-an-don-khach-dau-nam-2024", "/tin-tuc/van-hoa/trang-an-don-hon-230-nghin-luot-khach-dip-tet-giap-thin-50177.html", "Văn hóa",
    "Tràng An đón hơn 230 nghìn lượt khách dịp Tết Giáp Thìn", "2024-02-20T11:15:00+07:00", "Minh Đức",
    "Từ mùng 1 đến mùng 10 Tết Giáp Thìn, Khu du lịch Tràng An đón 231.500 lượt khách, tăng 18% so với cùng kỳ năm 2023.",
    [("p", "Toàn tỉnh trong dịp này đón khoảng 560.000 lượt khách, doanh thu du lịch ước đạt 425 tỷ đồng. Khu du lịch Tam Cốc - Bích Động đón 96.200 lượt, chùa Bái Đính gần 180.000 lượt."),
     ("p", "Ban quản lý đã bố trí 2.400 thuyền phục vụ du khách, áp dụng bán vé điện tử và thanh toán qua mã QR để giảm ùn tắc tại bến. Du khách cần hỗ trợ có thể gọi đường dây nóng 0229.3890.246."),
     ("p", "Minh Đức (nbtv.vn)")],
    is_reform=False)
(a.F("231.500", "lượt khách đến Khu du lịch Tràng An", "lượt khách du lịch", "lượt khách", "holiday", "mùng 1 đến mùng 10 Tết Giáp Thìn", scope="Ninh Bình - Khu du lịch Tràng An")
  .F("18%", "mức tăng so với cùng kỳ năm 2023", "lượt khách du lịch - mức thay đổi", "percent", "holiday", "so với cùng kỳ năm 2023", "comparison", "Ninh Bình - Khu du lịch Tràng An")
  .F("khoảng 560.000", "lượt khách toàn tỉnh", "lượt khách du lịch", "lượt khách", "holiday", "dịp Tết Giáp Thìn", value=560000.0)
  .F("425 tỷ đồng", "doanh thu du lịch", "doanh thu du lịch", "đồng", "holiday", "dịp Tết Giáp Thìn")
  .F("96.200", "lượt khách Tam Cốc - Bích Động", "lượt khách du lịch", "lượt khách", "holiday", "dịp Tết Giáp Thìn", "part", "Ninh Bình - Tam Cốc - Bích Động")
  .F("gần 180.000", "lượt khách chùa Bái Đính", "lượt khách du lịch", "lượt khách", "holiday", "dịp Tết Giáp Thìn", "part", "Ninh Bình - chùa Bái Đính", value=180000.0)
  .F("2.400", "thuyền phục vụ du khách", "thuyền phục vụ du khách", "thuyền", "holiday", "dịp Tết Giáp Thìn", scope="Ninh Bình - Khu du lịch Tràng An"))
A.append(a)

a = Art(P, PR, "par-index-2023-tang-2-bac", "/tin-tuc/thoi-su/ninh-binh-tang-2-bac-ve-chi-so-cai-cach-hanh-chinh-nam-2023-51890.html", SEC,
    "Ninh Bình tăng 2 bậc về Chỉ số cải cách hành chính năm 2023", "2024-05-22T18:40:00+07:00", "Tuyết Nhung",
    "Với 90,43%, Chỉ số CCHC năm 2023 của Ninh Bình tăng 1,41 điểm phần trăm so với năm 2022 và tăng 2 bậc trên bảng xếp hạng.",
    [("p", "Hải Phòng là địa phương dẫn đầu năm 2023 với 93,86%; trung bình các tỉnh, thành phố đạt 85,9%. Ninh Bình nằm trong nhóm 10 địa phương có chỉ số cao nhất cả nước."),
     ("p", "Chỉ số SIPAS năm 2023 của tỉnh đạt 87,42%. Lũy kế từ năm 2021, tỉnh đã cắt giảm, đơn giản hóa 132 thủ tục hành chính, trong đó riêng năm 2023 là 45 thủ tục."),
     ("quote", "“Điểm thẩm định của Trung ương vẫn thấp ở tiêu chí chuyển đổi số, tỉnh phải đầu tư mạnh hơn cho hạ tầng dữ liệu”, Giám đốc Sở Nội vụ nhận định."),
     ("p", "Tuyết Nhung (nbtv.vn)")])
(a.F("90,43%", "Chỉ số CCHC năm 2023 của Ninh Bình", PAR, "percent", "year", "năm 2023")
  .F("1,41 điểm phần trăm", "mức tăng so với năm 2022", PAR + " - mức thay đổi", "percentage-points", "year", "so với năm 2022", "comparison")
  .F("93,86%", "Chỉ số CCHC năm 2023 của Hải Phòng (dẫn đầu)", PAR, "percent", "year", "năm 2023", scope="Hải Phòng")
  .F("85,9%", "trung bình Chỉ số CCHC các tỉnh, thành phố năm 2023", AVG, "percent", "year", "năm 2023", scope="cả nước")
  .F("87,42%", "SIPAS năm 2023 của tỉnh", SIP, "percent", "year", "năm 2023")
  .F("132", "thủ tục hành chính cắt giảm, đơn giản hóa lũy kế từ năm 2021", CG, "thủ tục", "cumulative", "lũy kế từ năm 2021")
  .F("45", "thủ tục cắt giảm riêng năm 2023", CG, "thủ tục", "year", "năm 2023"))
a.revise([("90,43%", "90,34%"), ("1,41 điểm phần trăm", "1,32 điểm phần trăm")])
(a.F("90,34%", "Chỉ số CCHC năm 2023 của Ninh Bình", PAR, "percent", "year", "năm 2023")
  .F("1,32 điểm phần trăm", "mức tăng so với năm 2022", PAR + " - mức thay đổi", "percentage-points", "year", "so với năm 2022", "comparison")
  .F("93,86%", "Chỉ số CCHC năm 2023 của Hải Phòng (dẫn đầu)", PAR, "percent", "year", "năm 2023", scope="Hải Phòng")
  .F("85,9%", "trung bình Chỉ số CCHC các tỉnh, thành phố năm 2023", AVG, "percent", "year", "năm 2023", scope="cả nước")
  .F("87,42%", "SIPAS năm 2023 của tỉnh", SIP, "percent", "year", "năm 2023")
  .F("132", "thủ tục hành chính cắt giảm, đơn giản hóa lũy kế từ năm 2021", CG, "thủ tục", "cumulative", "lũy kế từ năm 2021")
  .F("45", "thủ tục cắt giảm riêng năm 2023", CG, "thủ tục", "year", "năm 2023"))
a.d["notes"] = "Revision: PAR INDEX 2023 90,43% -> 90,34% (a transposed-digit correction) and the change 1,41 -> 1,32 points (90,34 - 89,02). 'tăng 2 bậc' and 'nhóm 10 địa phương' are ranks."
A.append(a)

a = Art(P, PR, "tong-ket-2024-cat-giam-161-thu-tuc", "/tin-tuc/thoi-su/nam-2024-ninh-binh-giai-quyet-dung-han-99-45-ho-so-54306.html", SEC,
    "Năm 2024, Ninh Bình giải quyết đúng hạn 99,45% hồ sơ thủ tục hành chính", "2025-03-20T16:55:00+07:00", "Hồng Vân",
    "Báo cáo tổng kết công tác CCHC năm 2024 cho thấy 99,45% hồ sơ TTHC trên địa bàn tỉnh được giải quyết trước và đúng hạn; tỷ lệ thanh toán trực tuyến đạt 52,3%, gần gấp 3 lần năm 2022.",
    [("p", "Tổng số thủ tục đã được cắt giảm, đơn giản hóa kể từ năm 2021 đến nay là 161. Lũy kế tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 90,6%, cao hơn mức 84,2% của cả nước."),
     ("p", "Trong năm, tỉnh tinh giản thêm 168 biên chế, nâng tổng số người tinh giản từ năm 2015 lên 2.210 người. Tỉnh cũng sắp xếp giảm 3 phòng chuyên môn thuộc các sở."),
     ("p", "Hồng Vân (nbtv.vn)")],
    state="after")
(a.F("99,45%", "hồ sơ TTHC được giải quyết trước và đúng hạn năm 2024", Q, "percent", "year", "năm 2024")
  .F("52,3%", "tỷ lệ thanh toán trực tuyến năm 2024", PAY, "percent", "year", "năm 2024")
  .F("gần gấp 3 lần", "tỷ lệ thanh toán trực tuyến so với năm 2022", PAY + " - mức thay đổi", "lần", "year", "so với năm 2022", "comparison", value=3.0)
  .F("161", "thủ tục đã cắt giảm, đơn giản hóa từ năm 2021", CG, "thủ tục", "cumulative", "kể từ năm 2021 đến nay")
  .F("90,6%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC lũy kế", S, "percent", "cumulative", "lũy kế")
  .F("84,2%", "tỷ lệ số hóa của cả nước", S, "percent", "cumulative", "lũy kế", scope="cả nước")
  .F("168", "biên chế tinh giản trong năm 2024", TG, "người", "year", "năm 2024")
  .F("2.210", "tổng số người tinh giản từ năm 2015", TG, "người", "cumulative", "từ năm 2015")
  .F("3", "phòng chuyên môn thuộc các sở giảm do sắp xếp", "phòng chuyên môn giảm", "phòng", "year", "năm 2024", "part", "Ninh Bình - các sở"))
A.append(a)

a = Art(P, PR, "par-index-2024-dat-91-8", "/tin-tuc/thoi-su/chi-so-cai-cach-hanh-chinh-2024-ninh-binh-dat-91-8-55012.html", SEC,
    "Chỉ số cải cách hành chính 2024: Ninh Bình đạt 91,8%", "2025-05-26T20:10:00+07:00", "Tuyết Nhung",
    "Chỉ số cải cách hành chính năm 2024 của tỉnh Ninh Bình đạt 91,8%, là năm thứ ba liên tiếp chỉ số này tăng.",
    [("p", "Năm 2024, trung bình Chỉ số CCHC của 63 tỉnh, thành phố là 87,05%; Hải Phòng giữ vị trí đầu bảng với 94,2%. Chỉ số hài lòng SIPAS của Ninh Bình đạt 89,05%."),
     ("p", "Tỉnh đặt mục tiêu năm 2025 đưa Chỉ số CCHC vượt 92% và duy trì trong nhóm 10 tỉnh, thành phố dẫn đầu."),
     ("p", "Tuyết Nhung (nbtv.vn)")],
    state="after")
(a.F("91,8%", "Chỉ số CCHC năm 2024 của Ninh Bình", PAR, "percent", "year", "năm 2024")
  .F("87,05%", "trung bình Chỉ số CCHC của 63 tỉnh, thành phố năm 2024", AVG, "percent", "year", "năm 2024", scope="cả nước")
  .F("94,2%", "Chỉ số CCHC năm 2024 của Hải Phòng (đầu bảng)", PAR, "percent", "year", "năm 2024", scope="Hải Phòng")
  .F("89,05%", "SIPAS năm 2024 của Ninh Bình", SIP, "percent", "year", "năm 2024")
  .F("92%", "mục tiêu Chỉ số CCHC năm 2025", PAR, "percent", "year", "năm 2025", "target"))
A.append(a)
