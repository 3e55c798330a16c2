from lib import Art
P, PR, SEC = "angiang", "An Giang", "Cải cách hành chính"
S, Q, D = "tỷ lệ hồ sơ TTHC được số hóa", "tỷ lệ hồ sơ giải quyết trước và đúng hạn", "tài khoản định danh điện tử được kích hoạt"
ON, PAY, TG = "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tỷ lệ hồ sơ thanh toán trực tuyến", "biên chế tinh giản"
PK, PAPI, SIP = "phản ánh, kiến nghị đã được xử lý", "Chỉ số PAPI", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"
A = []

a = Art(P, PR, "tong-ket-cchc-2021-ho-so-truc-tuyen", "/-/an-giang-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2021", SEC,
    "An Giang tổng kết công tác cải cách hành chính năm 2021", "2022-01-20T15:35:00+07:00", "Thanh Hùng",
    None,
    [("p", "Ngày 19/01/2022, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2021 và triển khai nhiệm vụ năm 2022. Dù chịu ảnh hưởng nặng nề của dịch Covid-19, năm 2021 tỷ lệ hồ sơ được tiếp nhận trực tuyến trên toàn tỉnh đạt 31,8%, tỷ lệ giải quyết trước và đúng hạn đạt 98,35%."),
     ("figure", "Quang cảnh hội nghị tổng kết công tác CCHC năm 2021.", "/documents/36658/0/tong-ket-cchc-2021.jpg"),
     ("p", "Kết quả khảo sát của tỉnh cho thấy Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 đạt 85,7%. Cấp huyện có mức hài lòng cao nhất, tiếp đến là cấp xã; khối sở, ngành còn một số ý kiến phàn nàn về thời gian chờ."),
     ("p", "Về tổ chức bộ máy, từ năm 2015 đến nay toàn tỉnh đã tinh giản 2.845 biên chế theo Nghị định 108/2014/NĐ-CP và Nghị định 113/2018/NĐ-CP. Riêng năm 2021, có 312 trường hợp được giải quyết chế độ."),
     ("p", "Năm 2022, tỉnh đặt chỉ tiêu tối thiểu 50% hồ sơ được tiếp nhận trực tuyến. Người dân, doanh nghiệp phản ánh về TTHC có thể gọi số 0296.3852.266 trong giờ hành chính.")])
(a.F("31,8%", "tỷ lệ hồ sơ được tiếp nhận trực tuyến năm 2021", ON, "percent", "year", "năm 2021")
  .F("98,35%", "tỷ lệ giải quyết trước và đúng hạn năm 2021", Q, "percent", "year", "năm 2021")
  .F("85,7%", "Chỉ số SIPAS năm 2021", SIP, "percent", "year", "năm 2021")
  .F("2.845", "biên chế đã tinh giản từ năm 2015 đến nay", TG, "người", "cumulative", "từ năm 2015 đến nay")
  .F("312", "trường hợp tinh giản trong năm 2021", TG, "người", "year", "năm 2021")
  .F("50%", "chỉ tiêu hồ sơ tiếp nhận trực tuyến năm 2022", ON, "percent", "year", "năm 2022", "target"))
A.append(a)

a = Art(P, PR, "papi-2022-tang-0-86-diem", "/-/chi-so-papi-2022-cua-an-giang-tang-0-86-diem", SEC,
    "Chỉ số PAPI 2022 của An Giang tăng 0,86 điểm", "2023-05-10T10:05:00+07:00", "Hữu Phước",
    "Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2022 vừa được công bố cho thấy An Giang đạt 43,12 điểm, tăng 0,86 điểm so với năm trước.",
    [("p", "Năm 2021, An Giang đạt 42,26 điểm. Trong 8 chỉ số nội dung, chỉ số “Thủ tục hành chính công” của tỉnh đạt 7,45 điểm, thuộc nhóm cao nhất; trong khi chỉ số “Quản trị điện tử” chỉ đạt 3,62 điểm, nằm trong nhóm thấp."),
     ("p", "Trên bình diện cả nước, Quảng Trị là địa phương dẫn đầu với 46,18 điểm. Nhóm nghiên cứu đã phỏng vấn ngẫu nhiên công dân từ 18 tuổi trở lên tại 63 tỉnh, thành phố."),
     ("p", "Sở Nội vụ cho biết sẽ tham mưu UBND tỉnh ban hành kế hoạch cải thiện các chỉ số thành phần còn thấp, trong đó ưu tiên công khai thông tin ngân sách cấp xã và mở rộng các kênh tiếp nhận ý kiến của người dân.")])
(a.F("43,12 điểm", "Chỉ số PAPI năm 2022 của An Giang", PAPI, "điểm", "year", "năm 2022")
  .F("0,86 điểm", "mức tăng PAPI so với năm trước", PAPI + " - mức thay đổi", "điểm", "year", "so với năm trước", "comparison")
  .F("42,26 điểm", "Chỉ số PAPI năm 2021", PAPI, "điểm", "year", "năm 2021", "past")
  .F("7,45 điểm", "chỉ số nội dung Thủ tục hành chính công", "chỉ số nội dung Thủ tục hành chính công (PAPI)", "điểm", "year", "năm 2022")
  .F("3,62 điểm", "chỉ số nội dung Quản trị điện tử", "chỉ số nội dung Quản trị điện tử (PAPI)", "điểm", "year", "năm 2022")
  .F("46,18 điểm", "PAPI năm 2022 của Quảng Trị (dẫn đầu)", PAPI, "điểm", "year", "năm 2022", scope="Quảng Trị"))
A.append(a)

a = Art(P, PR, "nam-2023-ho-so-truc-tuyen-62-4", "/-/nam-2023-ty-le-ho-so-truc-tuyen-cua-an-giang-dat-62-4", SEC,
    "Năm 2023, tỷ lệ hồ sơ trực tuyến của An Giang đạt 62,4%", "2023-12-28T16:20:00+07:00", "Thanh Hùng",
    None,
    [("p", "Theo Văn phòng UBND tỉnh, cả năm 2023 tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 62,4%, gần gấp 2 lần năm 2021. Tỷ lệ hồ sơ có phát sinh phí, lệ phí được thanh toán trực tuyến đạt 41,7%."),
     ("p", "Kết quả giữa các địa phương còn chênh lệch: thành phố Long Xuyên đạt 78,5% hồ sơ trực tuyến, trong khi huyện Tri Tôn chỉ khoảng 45%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC lũy kế của toàn tỉnh đạt 64,2%."),
     ("p", "Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh từ khi vận hành đến nay đã xử lý 12.530 phản ánh; hiện chỉ còn một số ít phản ánh liên quan đến đất đai đang được xác minh."),
     ("p", "Song song đó, việc sắp xếp bộ máy tiếp tục được đẩy mạnh. Lũy kế từ năm 2015, tỉnh đã tinh giản 3.410 biên chế."),
     ("p", "Chỉ tiêu năm 2024 là 80% hồ sơ được tiếp nhận trực tuyến và 50% hồ sơ thanh toán trực tuyến.")])
(a.F("62,4%", "tỷ lệ hồ sơ TTHC nộp trực tuyến cả năm 2023", ON, "percent", "year", "cả năm 2023")
  .F("gần gấp 2 lần", "tỷ lệ hồ sơ trực tuyến so với năm 2021", ON + " - mức thay đổi", "lần", "year", "so với năm 2021", "comparison", value=2.0)
  .F("41,7%", "hồ sơ có phí, lệ phí được thanh toán trực tuyến", PAY, "percent", "year", "cả năm 2023")
  .F("78,5%", "hồ sơ trực tuyến tại thành phố Long Xuyên", ON, "percent", "year", "cả năm 2023", "part", "An Giang - thành phố Long Xuyên")
  .F("khoảng 45%", "hồ sơ trực tuyến tại huyện Tri Tôn", ON, "percent", "year", "cả năm 2023", "part", "An Giang - huyện Tri Tôn", value=45.0)
  .F("64,2%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC lũy kế", S, "percent", "cumulative", "lũy kế")
  .F("12.530", "phản ánh đã xử lý từ khi vận hành", PK, "phản ánh", "cumulative", "từ khi vận hành đến nay")
  .F("3.410", "biên chế tinh giản lũy kế từ năm 2015", TG, "người", "cumulative", "lũy kế từ năm 2015")
  .F("80%", "chỉ tiêu hồ sơ tiếp nhận trực tuyến năm 2024", ON, "percent", "year", "năm 2024", "target")
  .F("50%", "chỉ tiêu hồ sơ thanh toán trực tuyến năm 2024", PAY, "percent", "year", "năm 2024", "target"))
A.append(a)

a = Art(P, PR, "so-ket-6-thang-2024-so-hoa", "/-/so-ket-6-thang-dau-nam-2024-an-giang-day-manh-so-hoa-ho-so", SEC,
    "Sơ kết 6 tháng đầu năm 2024: An Giang đẩy mạnh số hóa hồ sơ", "2024-07-10T09:50:00+07:00", "Mỹ Linh",
    None,
    [("p", "Tại hội nghị sơ kết ngày 09/7, Sở Nội vụ báo cáo: tính đến ngày 30/6/2024, toàn tỉnh đã số hóa 78,65% hồ sơ, kết quả giải quyết TTHC, cao hơn bình quân cả nước 0,35 điểm phần trăm (cả nước đạt 78,3%)."),
     ("p", "6 tháng đầu năm, tỷ lệ hồ sơ nộp trực tuyến đạt 71,3%, tỷ lệ thanh toán trực tuyến đạt 48,2%. Lũy kế, hệ thống đã xử lý 14.260 phản ánh, kiến nghị của người dân và doanh nghiệp."),
     ("figure", "Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.", "/documents/36658/0/ttphcc-an-giang-6-2024.jpg"),
     ("p", "Công an tỉnh đã kích hoạt 1.052.300 tài khoản định danh điện tử mức 2. Theo Đề án 06, tỉnh hướng tới đưa tiện ích của căn cước điện tử vào khám chữa bệnh, an sinh xã hội."),
     ("p", "Lãnh đạo tỉnh yêu cầu không để tình trạng số hóa hình thức, scan hồ sơ nhưng không khai thác lại được.")])
(a.F("78,65%", "hồ sơ, kết quả giải quyết TTHC đã số hóa", S, "percent", "cumulative", "tính đến ngày 30/6/2024")
  .F("0,35 điểm phần trăm", "chênh lệch so với bình quân cả nước", "chênh lệch tỷ lệ hồ sơ TTHC được số hóa so với bình quân cả nước", "percentage-points", "cumulative", "tính đến ngày 30/6/2024", "comparison")
  .F("78,3%", "tỷ lệ số hóa của cả nước", S, "percent", "cumulative", "tính đến ngày 30/6/2024", scope="cả nước")
  .F("71,3%", "tỷ lệ hồ sơ nộp trực tuyến 6 tháng", ON, "percent", "6 months", "6 tháng đầu năm 2024")
  .F("48,2%", "tỷ lệ thanh toán trực tuyến 6 tháng", PAY, "percent", "6 months", "6 tháng đầu năm 2024")
  .F("14.260", "phản ánh, kiến nghị đã xử lý lũy kế", PK, "phản ánh", "cumulative", "lũy kế")
  .F("1.052.300", "tài khoản định danh điện tử mức 2 đã kích hoạt", D, "tài khoản", "cumulative", "đến nay"))
a.revise([("78,65%", "76,85%"), ("cao hơn bình quân cả nước 0,35 điểm phần trăm", "thấp hơn bình quân cả nước 1,45 điểm phần trăm")])
(a.F("76,85%", "hồ sơ, kết quả giải quyết TTHC đã số hóa", S, "percent", "cumulative", "tính đến ngày 30/6/2024")
  .F("1,45 điểm phần trăm", "chênh lệch so với bình quân cả nước", "chênh lệch tỷ lệ hồ sơ TTHC được số hóa so với bình quân cả nước", "percentage-points", "cumulative", "tính đến ngày 30/6/2024", "comparison")
  .F("78,3%", "tỷ lệ số hóa của cả nước", S, "percent", "cumulative", "tính đến ngày 30/6/2024", scope="cả nước")
  .F("71,3%", "tỷ lệ hồ sơ nộp trực tuyến 6 tháng", ON, "percent", "6 months", "6 tháng đầu năm 2024")
  .F("48,2%", "tỷ lệ thanh toán trực tuyến 6 tháng", PAY, "percent", "6 months", "6 tháng đầu năm 2024")
  .F("14.260", "phản ánh, kiến nghị đã xử lý lũy kế", PK, "phản ánh", "cumulative", "lũy kế")
  .F("1.052.300", "tài khoản định danh điện tử mức 2 đã kích hoạt", D, "tài khoản", "cumulative", "đến nay"))
a.d["notes"] = "Revision: 78,65% -> 76,85%; the sentence flips from 'cao hơn ... 0,35' to 'thấp hơn ... 1,45' điểm phần trăm."
A.append(a)

a = Art(P, PR, "hoi-dua-bo-bay-nui-2024", "/-/soi-noi-hoi-dua-bo-bay-nui-nam-2024", "Văn hóa - Thể thao",
    "Sôi nổi Hội đua bò Bảy Núi năm 2024", "2024-10-03T17:40:00+07:00", "Chí Thiện",
    None,
    [("p", "Sáng 02/10, tại thị xã Tịnh Biên, Hội đua bò Bảy Núi năm 2024 thu hút 48 đôi bò đến từ thị xã Tịnh Biên, huyện Tri Tôn và tỉnh Kiên Giang tham gia tranh tài, cùng khoảng 20.000 lượt khách đến cổ vũ."),
     ("p", "Trên đường đua dài 120 m ngập bùn, đôi bò của ông Chau Sóc Kha (xã An Cư) về nhất với thời gian 14,2 giây, nhận giải thưởng 30 triệu đồng. Tổng giá trị giải thưởng năm nay là 150 triệu đồng."),
     ("p", "Lễ hội gắn với Lễ Sene Dolta của đồng bào Khmer, diễn ra trong 2 ngày, đã được công nhận là Di sản văn hóa phi vật thể quốc gia.")],
    is_reform=False)
(a.F("48", "đôi bò tham gia tranh tài", "đôi bò tham gia hội đua", "đôi bò", "event", "năm 2024")
  .F("khoảng 20.000", "lượt khách đến cổ vũ", "lượt khách đến hội đua bò", "lượt khách", "event", "năm 2024", value=20000.0)
  .F("14,2 giây", "thời gian về nhất", "thời gian về nhất", "giây", "event", "năm 2024", scope="An Giang - xã An Cư")
  .F("30 triệu đồng", "giải thưởng đôi bò về nhất", "giải nhất hội đua bò", "đồng", "event", "năm 2024")
  .F("150 triệu đồng", "tổng giá trị giải thưởng", "tổng giá trị giải thưởng hội đua bò", "đồng", "event", "năm 2024"))
A.append(a)

a = Art(P, PR, "nam-2024-dan-dau-thanh-toan-truc-tuyen", "/-/an-giang-nam-2024-ho-so-truc-tuyen-va-thanh-toan-truc-tuyen-tang-manh", SEC,
    "An Giang: Năm 2024, hồ sơ trực tuyến và thanh toán trực tuyến tăng mạnh", "2025-03-12T14:15:00+07:00", "Mỹ Linh",
    "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 79,2%, tỷ lệ thanh toán trực tuyến đạt 63,5%, cao hơn Đồng Tháp (58,1%) - địa phương từng dẫn đầu khu vực về chỉ tiêu này.",
    [("p", "Đến nay, tỷ lệ số hóa hồ sơ TTHC của tỉnh đạt 89,4%; hệ thống phản ánh, kiến nghị đã xử lý tổng cộng 16.905 trường hợp. Tài khoản định danh điện tử được kích hoạt trên địa bàn là 1.214.800, trong khi cả nước đã vượt 62,4 triệu tài khoản."),
     ("p", "Riêng năm 2024, tỉnh tinh giản thêm 552 biên chế, nâng tổng số từ năm 2015 lên 3.962 người. Việc sáp nhập các đơn vị sự nghiệp cấp huyện giúp giảm 17 đầu mối."),
     ("quote", "“Chúng tôi chỉ cần ngồi ở nhà, bấm điện thoại là nộp được lệ phí cấp giấy phép xây dựng”, ông Nguyễn Văn Tư (phường Mỹ Bình, TP Long Xuyên) cho biết.")],
    state="after")
(a.F("79,2%", "tỷ lệ hồ sơ trực tuyến năm 2024", ON, "percent", "year", "năm 2024")
  .F("63,5%", "tỷ lệ thanh toán trực tuyến năm 2024", PAY, "percent", "year", "năm 2024")
  .F("58,1%", "tỷ lệ thanh toán trực tuyến của Đồng Tháp", PAY, "percent", "year", "năm 2024", scope="Đồng Tháp")
  .F("89,4%", "tỷ lệ số hóa hồ sơ TTHC", S, "percent", "cumulative", "đến nay")
  .F("16.905", "phản ánh, kiến nghị đã xử lý tổng cộng", PK, "phản ánh", "cumulative", "tổng cộng")
  .F("1.214.800", "tài khoản định danh điện tử được kích hoạt trên địa bàn", D, "tài khoản", "cumulative", "đến nay")
  .F("62,4 triệu", "tài khoản định danh điện tử cả nước", D, "tài khoản", "cumulative", "đến nay", scope="cả nước")
  .F("552", "biên chế tinh giản riêng năm 2024", TG, "người", "year", "năm 2024")
  .F("3.962", "tổng biên chế tinh giản từ năm 2015", TG, "người", "cumulative", "từ năm 2015")
  .F("17", "đầu mối giảm do sáp nhập đơn vị sự nghiệp cấp huyện", "đầu mối đơn vị sự nghiệp giảm", "đầu mối", "unspecified", "", "part", "An Giang - cấp huyện"))
A.append(a)

a = Art(P, PR, "papi-2024-dat-44-05-diem", "/-/papi-2024-an-giang-dat-44-05-diem-sipas-dat-89-7", SEC,
    "PAPI 2024: An Giang đạt 44,05 điểm, SIPAS đạt 89,7%", "2025-05-08T08:55:00+07:00", "Hữu Phước",
    None,
    [("p", "Với 44,05 điểm, An Giang thuộc nhóm các địa phương đạt điểm cao nhất của Chỉ số PAPI 2024, cải thiện so với mức 43,6 điểm của năm 2023. Quảng Trị tiếp tục dẫn đầu với 46,9 điểm."),
     ("p", "Ở một khảo sát khác do Bộ Nội vụ thực hiện, mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) năm 2024 tại An Giang đạt 89,7%, tăng 4 điểm phần trăm so với năm 2021."),
     ("p", "Theo kế hoạch, năm 2025 tỉnh phấn đấu SIPAS đạt trên 90%, đồng thời mở rộng đối thoại giữa Chủ tịch UBND cấp huyện với người dân định kỳ hằng quý.")],
    state="after")
(a.F("44,05 điểm", "Chỉ số PAPI 2024 của An Giang", PAPI, "điểm", "year", "năm 2024")
  .F("43,6 điểm", "Chỉ số PAPI năm 2023", PAPI, "điểm", "year", "năm 2023", "past")
  .F("46,9 điểm", "PAPI 2024 của Quảng Trị (dẫn đầu)", PAPI, "điểm", "year", "năm 2024", scope="Quảng Trị")
  .F("89,7%", "SIPAS năm 2024", SIP, "percent", "year", "năm 2024")
  .F("4 điểm phần trăm", "mức tăng SIPAS so với năm 2021", SIP + " - mức thay đổi", "percentage-points", "year", "so với năm 2021", "comparison")
  .F("trên 90%", "SIPAS phấn đấu năm 2025", SIP, "percent", "year", "năm 2025", "target", value=90.0))
A.append(a)
