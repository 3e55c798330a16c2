from lib import Art
P, PR, SEC = "hochiminhcity", "Thành phố Hồ Chí Minh", "Cải cách hành chính"
Q, D = "tỷ lệ hồ sơ giải quyết trước và đúng hạn", "tài khoản định danh điện tử được kích hoạt"
TT, CKS, PC = "dịch vụ công trực tuyến toàn trình", "chữ ký số cấp cho cán bộ, công chức", "TTHC được phân cấp"
PKR, SIP, ON = "tỷ lệ phản ánh, kiến nghị đã được xử lý", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "tỷ lệ hồ sơ tiếp nhận trực tuyến"
A = []

a = Art(P, PR, "712-dich-vu-cong-truc-tuyen-toan-trinh", "/-/tphcm-da-cung-cap-712-dich-vu-cong-truc-tuyen-toan-trinh", SEC,
    "TPHCM đã cung cấp 712 dịch vụ công trực tuyến toàn trình", "2022-07-14T10:20:00+07:00", "Minh Thư",
    None,
    [("p", "(HCM CityWeb) – Theo Sở Thông tin và Truyền thông, đến đầu tháng 7/2022, Thành phố đã cung cấp 712 dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công Thành phố, trong đó Sở Tư pháp có 86 dịch vụ, nhiều nhất trong khối sở, ngành."),
     ("p", "Để phục vụ việc ký duyệt hồ sơ điện tử, Thành phố đã cấp 18.450 chứng thư số cho cán bộ, công chức các cấp. Tại Quận 1 và Quận 3, 100% lãnh đạo phòng chuyên môn đã ký số trên văn bản đi."),
     ("p", "Thành phố phấn đấu đến cuối năm 2022, 80% dịch vụ công đủ điều kiện được cung cấp toàn trình. Người dân gặp khó khăn khi nộp hồ sơ có thể gọi Tổng đài 1022 để được hướng dẫn."),
     ("p", "Lãnh đạo Sở Thông tin và Truyền thông cho biết, việc tái cấu trúc quy trình theo Nghị định 45/2020/NĐ-CP là điều kiện tiên quyết để nâng số dịch vụ toàn trình trong thời gian tới.")])
(a.F("712", "dịch vụ công trực tuyến toàn trình đã cung cấp", TT, "dịch vụ", "cumulative", "đến đầu tháng 7/2022")
  .F("86", "dịch vụ công toàn trình của Sở Tư pháp", TT, "dịch vụ", "cumulative", "đến đầu tháng 7/2022", "part", "Thành phố Hồ Chí Minh - Sở Tư pháp")
  .F("18.450", "chứng thư số cấp cho cán bộ, công chức các cấp", CKS, "chứng thư số", "cumulative", "đến đầu tháng 7/2022")
  .F("100%", "lãnh đạo phòng chuyên môn ký số văn bản đi tại Quận 1 và Quận 3", "tỷ lệ lãnh đạo phòng chuyên môn ký số văn bản đi", "percent", "unspecified", "", "part", "Thành phố Hồ Chí Minh - Quận 1 và Quận 3")
  .F("80%", "dịch vụ công đủ điều kiện được cung cấp toàn trình", "tỷ lệ dịch vụ công đủ điều kiện được cung cấp toàn trình", "percent", "cumulative", "đến cuối năm 2022", "target"))
A.append(a)

a = Art(P, PR, "nam-2022-giai-quyet-dung-han-98-93", "/-/nam-2022-tphcm-giai-quyet-truoc-va-dung-han-98-93-ho-so", SEC,
    "Năm 2022, TPHCM giải quyết trước và đúng hạn 98,93% hồ sơ", "2023-02-03T15:05:00+07:00", "Hồng Hạnh",
    None,
    [("p", "(HCM CityWeb) – Báo cáo tổng kết công tác cải cách hành chính năm 2022 của UBND TPHCM cho thấy, tỷ lệ hồ sơ được giải quyết trước và đúng hạn cả năm đạt 98,93%. TP Thủ Đức đạt 99,6%, cao nhất trong khối quận, huyện."),
     ("p", "Tính chung từ khi vận hành, hệ thống tiếp nhận phản ánh, kiến nghị của Thành phố đã xử lý xong 93,4% phản ánh. Thành phố cũng đã phân cấp 128 thủ tục hành chính cho quận, huyện, TP Thủ Đức và phường, xã, thị trấn."),
     ("p", "Kết quả khảo sát Chỉ số hài lòng (SIPAS) năm 2022 đạt 84,9%. Một số quận như Quận 8, Quận 12 vẫn còn tình trạng người dân phải đi lại nhiều lần để bổ sung hồ sơ."),
     ("p", "Năm 2023, Thành phố đặt mục tiêu tỷ lệ đúng hạn đạt ít nhất 99% và SIPAS trên 85%.")])
(a.F("98,93%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn cả năm 2022", Q, "percent", "year", "năm 2022")
  .F("99,6%", "tỷ lệ đúng hạn của TP Thủ Đức", Q, "percent", "year", "năm 2022", "part", "Thành phố Hồ Chí Minh - TP Thủ Đức")
  .F("93,4%", "phản ánh đã xử lý xong từ khi vận hành", PKR, "percent", "cumulative", "tính chung từ khi vận hành")
  .F("128", "thủ tục hành chính đã phân cấp", PC, "thủ tục", "cumulative", "đến nay")
  .F("84,9%", "SIPAS năm 2022", SIP, "percent", "year", "năm 2022")
  .F("99%", "tỷ lệ đúng hạn mục tiêu năm 2023", Q, "percent", "year", "năm 2023", "target")
  .F("trên 85%", "SIPAS mục tiêu năm 2023", SIP, "percent", "year", "năm 2023", "target", value=85.0))
A.append(a)

a = Art(P, PR, "9-thang-2023-hon-1-2-trieu-ho-so-truc-tuyen", "/-/9-thang-nam-2023-tphcm-tiep-nhan-hon-1-2-trieu-ho-so-truc-tuyen", SEC,
    "9 tháng năm 2023, TPHCM tiếp nhận hơn 1,2 triệu hồ sơ trực tuyến", "2023-10-05T11:40:00+07:00", "Minh Thư",
    None,
    [("p", "(HCM CityWeb) – 9 tháng năm 2023, các cơ quan hành chính Thành phố đã tiếp nhận 1.246.580 hồ sơ trực tuyến, tăng 22,7% so với cùng kỳ; tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ đạt 61,2%. Riêng quý III, tỷ lệ này lên tới 64,8%."),
     ("p", "Số dịch vụ công được cung cấp toàn trình đã nâng lên 874. Cán bộ, công chức được cấp chứng thư số hiện là 24.130 người, giúp phần lớn hồ sơ được ký duyệt trên môi trường mạng."),
     ("p", "Về triển khai Đề án 06, Công an TP đã kích hoạt 4,86 triệu tài khoản định danh điện tử, chiếm khoảng 10% tổng số tài khoản của cả nước (48,7 triệu)."),
     ("p", "Ngày 4/10, Chủ tịch UBND TP đã ký Quyết định 4105/QĐ-UBND giao chỉ tiêu cụ thể cho từng quận, huyện trong quý IV.")])
(a.F("1.246.580", "hồ sơ trực tuyến tiếp nhận 9 tháng năm 2023", "hồ sơ tiếp nhận trực tuyến", "hồ sơ", "9 months", "9 tháng năm 2023")
  .F("22,7%", "mức tăng hồ sơ trực tuyến so với cùng kỳ", "hồ sơ tiếp nhận trực tuyến - mức thay đổi", "percent", "9 months", "so với cùng kỳ", "comparison")
  .F("61,2%", "tỷ lệ hồ sơ nộp trực tuyến 9 tháng", ON, "percent", "9 months", "9 tháng năm 2023")
  .F("64,8%", "tỷ lệ hồ sơ nộp trực tuyến quý III", ON, "percent", "quarter", "quý III/2023")
  .F("874", "dịch vụ công được cung cấp toàn trình", TT, "dịch vụ", "cumulative", "đến nay")
  .F("24.130", "cán bộ, công chức được cấp chứng thư số", CKS, "chứng thư số", "cumulative", "hiện")
  .F("4,86 triệu", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("khoảng 10%", "tỷ trọng tài khoản của TP trong tổng số cả nước", "tỷ trọng tài khoản định danh điện tử so với cả nước", "percent", "cumulative", "", "comparison", value=10.0)
  .F("48,7 triệu", "tài khoản định danh điện tử của cả nước", D, "tài khoản", "cumulative", "đến nay", scope="cả nước"))
A.append(a)

a = Art(P, PR, "quy-i-2024-phan-cap-them-thu-tuc", "/-/quy-i-2024-tphcm-phan-cap-them-thu-tuc-hanh-chinh-cho-quan-huyen", SEC,
    "Quý I/2024, TPHCM phân cấp thêm thủ tục hành chính cho quận, huyện", "2024-04-18T16:30:00+07:00", "Hồng Hạnh",
    "(HCM CityWeb) – Đến hết quý I/2024, tổng số thủ tục hành chính được Thành phố phân cấp đã lên 196 thủ tục, thêm 68 thủ tục so với thời điểm đầu năm 2023.",
    [("p", "Việc phân cấp tập trung vào các lĩnh vực xây dựng, đất đai, giáo dục và y tế, giúp rút ngắn thời gian giải quyết từ 15 ngày xuống còn 10 ngày làm việc đối với nhiều thủ tục."),
     ("p", "Trong quý I, tỷ lệ hồ sơ nộp trực tuyến đạt 68,9%. Lũy kế, tỷ lệ phản ánh, kiến nghị được xử lý đạt 95,1%; số tài khoản định danh điện tử đã kích hoạt trên địa bàn là 5,92 triệu."),
     ("figure", "Người dân làm thủ tục tại UBND phường Bến Nghé, Quận 1.", "/documents/10180/0/phan-cap-tthc-q1-2024.jpg"),
     ("p", "Theo kế hoạch, đến năm 2025 Thành phố sẽ phân cấp ít nhất 250 thủ tục hành chính, trong đó cấp xã được giao thêm nhiều thủ tục về hộ tịch, chứng thực.")])
(a.F("196", "tổng số thủ tục hành chính được phân cấp", PC, "thủ tục", "cumulative", "đến hết quý I/2024")
  .F("68 thủ tục", "số thủ tục phân cấp thêm so với đầu năm 2023", PC + " - mức thay đổi", "thủ tục", "cumulative", "so với thời điểm đầu năm 2023", "comparison")
  .F("68,9%", "tỷ lệ hồ sơ nộp trực tuyến quý I", ON, "percent", "quarter", "quý I/2024")
  .F("95,1%", "tỷ lệ phản ánh, kiến nghị được xử lý lũy kế", PKR, "percent", "cumulative", "lũy kế")
  .F("5,92 triệu", "tài khoản định danh điện tử đã kích hoạt trên địa bàn", D, "tài khoản", "cumulative", "lũy kế")
  .F("250", "thủ tục hành chính phân cấp theo kế hoạch", PC, "thủ tục", "cumulative", "đến năm 2025", "target"))
a.revise([("196", "169"), ("68 thủ tục", "41 thủ tục")])
(a.F("169", "tổng số thủ tục hành chính được phân cấp", PC, "thủ tục", "cumulative", "đến hết quý I/2024")
  .F("41 thủ tục", "số thủ tục phân cấp thêm so với đầu năm 2023", PC + " - mức thay đổi", "thủ tục", "cumulative", "so với thời điểm đầu năm 2023", "comparison")
  .F("68,9%", "tỷ lệ hồ sơ nộp trực tuyến quý I", ON, "percent", "quarter", "quý I/2024")
  .F("95,1%", "tỷ lệ phản ánh, kiến nghị được xử lý lũy kế", PKR, "percent", "cumulative", "lũy kế")
  .F("5,92 triệu", "tài khoản định danh điện tử đã kích hoạt trên địa bàn", D, "tài khoản", "cumulative", "lũy kế")
  .F("250", "thủ tục hành chính phân cấp theo kế hoạch", PC, "thủ tục", "cumulative", "đến năm 2025", "target"))
a.d["notes"] = "Revision: 196 -> 169 procedures and the increase 68 -> 41 (169 - 128). '15 ngày xuống còn 10 ngày' are durations, 'Quận 1' a name: not figures."
A.append(a)

a = Art(P, PR, "le-2-9-don-1-1-trieu-luot-khach", "/-/dip-le-quoc-khanh-2-9-tphcm-don-1-1-trieu-luot-khach", "Tin tức - Sự kiện",
    "Dịp lễ Quốc khánh 2/9, TPHCM đón 1,1 triệu lượt khách", "2024-09-03T18:10:00+07:00", "Thanh Trúc",
    None,
    [("p", "(HCM CityWeb) – Theo Sở Du lịch, trong 4 ngày nghỉ lễ Quốc khánh, Thành phố đón 1,1 triệu lượt khách, trong đó khách quốc tế khoảng 85.000 lượt; tổng thu từ du lịch ước đạt 3.620 tỷ đồng, tăng 12% so với cùng kỳ."),
     ("p", "Công suất phòng khách sạn 4 - 5 sao ở khu trung tâm đạt 82%. Tuyến tàu buýt sông Sài Gòn phục vụ gần 9.000 lượt hành khách; nhiều điểm đến chấp nhận thanh toán không dùng tiền mặt qua mã QR."),
     ("p", "Đường dây nóng du lịch 0938.301.741 đã tiếp nhận 27 phản ánh của du khách, chủ yếu về giá dịch vụ, tất cả đều đã được xử lý.")],
    is_reform=False)
(a.F("1,1 triệu", "lượt khách dịp lễ Quốc khánh", "lượt khách du lịch", "lượt khách", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024")
  .F("khoảng 85.000", "lượt khách quốc tế", "lượt khách quốc tế", "lượt khách", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024", value=85000.0)
  .F("3.620 tỷ đồng", "tổng thu từ du lịch", "tổng thu du lịch", "đồng", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024")
  .F("12%", "mức tăng tổng thu so với cùng kỳ", "tổng thu du lịch - mức thay đổi", "percent", "holiday", "so với cùng kỳ", "comparison")
  .F("82%", "công suất phòng khách sạn 4 - 5 sao khu trung tâm", "công suất phòng khách sạn", "percent", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024", "part", "Thành phố Hồ Chí Minh - khu trung tâm")
  .F("gần 9.000", "lượt hành khách tàu buýt sông", "lượt hành khách tàu buýt sông", "lượt khách", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024", value=9000.0)
  .F("27", "phản ánh của du khách qua đường dây nóng", "phản ánh của du khách", "phản ánh", "holiday", "4 ngày nghỉ lễ Quốc khánh 2024"))
A.append(a)

a = Art(P, PR, "tong-ket-2024-sipas-87-2", "/-/tphcm-chi-so-hai-long-nam-2024-dat-87-2-cao-nhat-tu-truoc-den-nay", SEC,
    "TPHCM: Chỉ số hài lòng năm 2024 đạt 87,2%, cao nhất từ trước đến nay", "2025-03-18T09:45:00+07:00", "Minh Thư",
    None,
    [("p", "(HCM CityWeb) – Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của Thành phố đạt 87,2%, cao hơn năm 2023 (86,1%). Đây là mức cao nhất kể từ khi Thành phố tổ chức khảo sát."),
     ("p", "Cũng theo báo cáo, Thành phố hiện cung cấp 1.025 dịch vụ công trực tuyến toàn trình; tổng số thủ tục được phân cấp là 203. Tỷ lệ phản ánh, kiến nghị đã được xử lý tính từ khi vận hành hệ thống tăng từ 95,1% hồi tháng 4/2024 lên 96,4%."),
     ("p", "Đến cuối tháng 2/2025, 31.760 cán bộ, công chức, viên chức đã được cấp chữ ký số, và 6,85 triệu tài khoản định danh điện tử được kích hoạt trên địa bàn."),
     ("quote", "“Người dân không cần biết hồ sơ của mình đi qua bao nhiêu phòng ban, họ chỉ cần biết khi nào nhận kết quả”, Chánh Văn phòng UBND TP nói.")],
    state="after")
(a.F("87,2%", "SIPAS năm 2024", SIP, "percent", "year", "năm 2024")
  .F("86,1%", "SIPAS năm 2023", SIP, "percent", "year", "năm 2023", "past")
  .F("1.025", "dịch vụ công trực tuyến toàn trình", TT, "dịch vụ", "cumulative", "hiện")
  .F("203", "thủ tục được phân cấp", PC, "thủ tục", "cumulative", "hiện")
  .F("96,4%", "tỷ lệ phản ánh, kiến nghị đã được xử lý từ khi vận hành", PKR, "percent", "cumulative", "tính từ khi vận hành hệ thống")
  .F("95,1%", "tỷ lệ phản ánh đã xử lý hồi tháng 4/2024", PKR, "percent", "cumulative", "hồi tháng 4/2024", "past")
  .F("31.760", "cán bộ, công chức, viên chức được cấp chữ ký số", CKS, "chứng thư số", "cumulative", "đến cuối tháng 2/2025")
  .F("6,85 triệu", "tài khoản định danh điện tử được kích hoạt", D, "tài khoản", "cumulative", "đến cuối tháng 2/2025"))
A.append(a)

a = Art(P, PR, "5-thang-2025-dung-han-99-3", "/-/5-thang-dau-nam-2025-99-3-ho-so-duoc-giai-quyet-dung-han", SEC,
    "5 tháng đầu năm 2025: 99,3% hồ sơ được giải quyết đúng hạn", "2025-06-10T14:50:00+07:00", "Hồng Hạnh",
    "(HCM CityWeb) – 5 tháng đầu năm 2025, 99,3% hồ sơ thủ tục hành chính trên địa bàn Thành phố được giải quyết trước và đúng hạn; cấp xã đạt 99,7%.",
    [("p", "Từ đầu năm đến nay, Thành phố phân cấp thêm 12 thủ tục, nâng tổng số lên 215 thủ tục. Số tài khoản định danh điện tử được kích hoạt đạt 7,04 triệu."),
     ("p", "Tuy vậy, vẫn còn 1.214 hồ sơ trễ hạn trong 5 tháng, tập trung ở lĩnh vực đất đai tại một số huyện ngoại thành. UBND TP yêu cầu các đơn vị có hồ sơ trễ hạn phải gửi văn bản xin lỗi người dân theo quy định.")],
    state="after")
(a.F("99,3%", "hồ sơ được giải quyết trước và đúng hạn 5 tháng", Q, "percent", "5 months", "5 tháng đầu năm 2025")
  .F("99,7%", "tỷ lệ đúng hạn cấp xã", Q, "percent", "5 months", "5 tháng đầu năm 2025", "part", "Thành phố Hồ Chí Minh - cấp xã")
  .F("12", "thủ tục phân cấp thêm từ đầu năm", PC, "thủ tục", "year-to-date", "từ đầu năm đến nay")
  .F("215", "tổng số thủ tục được phân cấp", PC, "thủ tục", "cumulative", "đến nay")
  .F("7,04 triệu", "tài khoản định danh điện tử được kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("1.214", "hồ sơ trễ hạn trong 5 tháng", "hồ sơ trễ hạn", "hồ sơ", "5 months", "5 tháng đầu năm 2025"))
A.append(a)
