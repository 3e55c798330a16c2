from lib import Art
P, PR, SEC = "baokhanhhoa", "Khánh Hòa", "Chính trị"
S, E, D = "tỷ lệ hồ sơ TTHC được số hóa", "tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử", "tài khoản định danh điện tử được kích hoạt"
PK, PKR, PAPI, TG = "phản ánh, kiến nghị đã được xử lý", "tỷ lệ phản ánh, kiến nghị đã được xử lý", "Chỉ số PAPI", "biên chế tinh giản"
A = []

a = Art(P, PR, "kich-hoat-186520-tai-khoan-dinh-danh", "/chinh-tri/202208/khanh-hoa-kich-hoat-186520-tai-khoan-dinh-danh-dien-tu-8231745/", SEC,
    "Khánh Hòa kích hoạt 186.520 tài khoản định danh điện tử", "2022-08-16T06:40:00+07:00", "H.D",
    "Sau hơn 1 tháng triển khai cao điểm, Công an tỉnh đã kích hoạt 186.520 tài khoản định danh điện tử cho người dân, đạt 46,6% chỉ tiêu năm.",
    [("p", "Thành phố Nha Trang có số tài khoản được kích hoạt nhiều nhất với 72.140 tài khoản. Các huyện miền núi Khánh Sơn, Khánh Vĩnh tổ chức cấp lưu động tại các thôn, làng."),
     ("p", "Theo Bộ Công an, tính đến ngày 10-8, cả nước có 17,3 triệu tài khoản định danh điện tử đã được kích hoạt. Tỉnh đặt mục tiêu đến cuối năm 2022 kích hoạt 400.000 tài khoản."),
     ("p", "Để được hỗ trợ, người dân liên hệ Phòng Cảnh sát quản lý hành chính về trật tự xã hội, số điện thoại 0258.3822.401.")])
(a.F("186.520", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "sau hơn 1 tháng triển khai cao điểm")
  .F("46,6%", "tỷ lệ hoàn thành chỉ tiêu năm", "tỷ lệ hoàn thành chỉ tiêu tài khoản định danh điện tử", "percent", "cumulative", "đạt 46,6% chỉ tiêu năm")
  .F("72.140", "tài khoản kích hoạt tại thành phố Nha Trang", D, "tài khoản", "cumulative", "", "part", "Khánh Hòa - thành phố Nha Trang")
  .F("17,3 triệu", "tài khoản định danh điện tử cả nước", D, "tài khoản", "cumulative", "tính đến ngày 10-8", scope="cả nước")
  .F("400.000", "tài khoản mục tiêu kích hoạt đến cuối năm 2022", D, "tài khoản", "cumulative", "đến cuối năm 2022", "target"))
A.append(a)

a = Art(P, PR, "so-hoa-ho-so-con-cham", "/chinh-tri/202303/so-hoa-ho-so-thu-tuc-hanh-chinh-con-cham-8254120/", SEC,
    "Số hóa hồ sơ thủ tục hành chính còn chậm", "2023-03-21T07:55:00+07:00", "VĂN KỲ",
    "Đến giữa tháng 3-2023, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh mới đạt 33,2%, thấp hơn cả nước 6,9 điểm phần trăm.",
    [("p", "Theo Văn phòng UBND tỉnh, cả nước hiện đã số hóa 40,1% hồ sơ. Ở Khánh Hòa, tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử đạt 21,6%; riêng cấp xã, tỷ lệ số hóa chỉ đạt 18,7%."),
     ("quote", "PV: Vì sao cấp xã chậm như vậy? - Ông Nguyễn Văn Tâm, Phó Chánh Văn phòng UBND tỉnh: Nhiều xã chưa có máy quét chuyên dụng, công chức một cửa kiêm nhiệm 2 - 3 việc, nên việc số hóa bị dồn lại cuối ngày."),
     ("p", "Kế hoạch năm 2023 của tỉnh đặt chỉ tiêu số hóa 50% hồ sơ và cấp bản điện tử cho 40% kết quả giải quyết TTHC. Thông tư 01/2023/TT-VPCP có hiệu lực từ ngày 20-4 sẽ là căn cứ để các đơn vị triển khai.")])
(a.F("33,2%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", S, "percent", "cumulative", "đến giữa tháng 3-2023")
  .F("6,9 điểm phần trăm", "chênh lệch so với cả nước", "chênh lệch tỷ lệ hồ sơ TTHC được số hóa so với bình quân cả nước", "percentage-points", "cumulative", "đến giữa tháng 3-2023", "comparison")
  .F("40,1%", "hồ sơ được số hóa trên cả nước", S, "percent", "cumulative", "hiện", scope="cả nước")
  .F("21,6%", "kết quả giải quyết TTHC được cấp bản điện tử", E, "percent", "cumulative", "đến giữa tháng 3-2023")
  .F("18,7%", "tỷ lệ số hóa cấp xã", S, "percent", "cumulative", "đến giữa tháng 3-2023", "part", "Khánh Hòa - cấp xã")
  .F("50%", "chỉ tiêu số hóa năm 2023", S, "percent", "cumulative", "năm 2023", "target")
  .F("40%", "chỉ tiêu cấp bản điện tử năm 2023", E, "percent", "cumulative", "năm 2023", "target"))
A.append(a)

a = Art(P, PR, "phan-anh-kien-nghi-duoc-xu-ly-kip-thoi", "/chinh-tri/202311/phan-anh-kien-nghi-cua-nguoi-dan-duoc-xu-ly-kip-thoi-hon-8289533/", SEC,
    "Phản ánh, kiến nghị của người dân được xử lý kịp thời hơn", "2023-11-14T08:20:00+07:00", "M.L",
    "Trong 10 tháng năm 2023, hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh nhận 2.315 phản ánh. Từ khi đưa vào vận hành đến nay, các cơ quan đã xử lý 8.420 phản ánh, đạt tỷ lệ 91,6%.",
    [("p", "Phần lớn phản ánh liên quan đến trật tự xây dựng, vệ sinh môi trường và đất đai tại TP Nha Trang, TP Cam Ranh. Thời gian xử lý trung bình đã giảm từ 12 ngày xuống 7 ngày."),
     ("p", "Bên cạnh đó, kết quả Chỉ số PAPI 2022 công bố hồi tháng 4 cho thấy Khánh Hòa đạt 42,58 điểm, trong đó nội dung kiểm soát tham nhũng còn thấp."),
     ("p", "Việc sắp xếp bộ máy cũng tiếp tục được thực hiện. Lũy kế từ năm 2015 đến nay, tỉnh tinh giản 2.367 biên chế.")])
(a.F("2.315", "phản ánh tiếp nhận trong 10 tháng năm 2023", "phản ánh, kiến nghị tiếp nhận", "phản ánh", "10 months", "10 tháng năm 2023")
  .F("8.420", "phản ánh đã xử lý từ khi vận hành", PK, "phản ánh", "cumulative", "từ khi đưa vào vận hành đến nay")
  .F("91,6%", "tỷ lệ phản ánh đã xử lý", PKR, "percent", "cumulative", "từ khi đưa vào vận hành đến nay")
  .F("7 ngày", "thời gian xử lý phản ánh trung bình", "thời gian xử lý phản ánh trung bình", "ngày", "unspecified", "đã giảm xuống")
  .F("12 ngày", "thời gian xử lý phản ánh trung bình trước đây", "thời gian xử lý phản ánh trung bình", "ngày", "unspecified", "từ", "past")
  .F("42,58 điểm", "Chỉ số PAPI 2022 của Khánh Hòa", PAPI, "điểm", "year", "năm 2022")
  .F("2.367", "biên chế tinh giản lũy kế từ năm 2015", TG, "người", "cumulative", "lũy kế từ năm 2015 đến nay"))
A.append(a)

a = Art(P, PR, "6-thang-so-hoa-ho-so-tich-cuc", "/chinh-tri/202406/6-thang-dau-nam-khanh-hoa-so-hoa-ho-so-dat-ket-qua-tich-cuc-8310267/", SEC,
    "6 tháng đầu năm, Khánh Hòa số hóa hồ sơ đạt kết quả tích cực", "2024-06-25T09:35:00+07:00", "VĂN KỲ",
    "Tính đến ngày 20-6-2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh đạt 87,9%, tăng 54,7 điểm phần trăm so với tháng 3-2023.",
    [("p", "Tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử cũng tăng mạnh, đạt 64,3%. Trong đó, TP Cam Ranh đạt 95%, cao nhất tỉnh."),
     ("p", "Đến nay, Công an tỉnh đã kích hoạt 612.400 tài khoản định danh điện tử. Chỉ số PAPI 2023 của tỉnh đạt 43,24 điểm."),
     ("p", "UBND tỉnh yêu cầu đến hết năm 2024, 100% hồ sơ tiếp nhận mới phải được số hóa ngay khi tiếp nhận.")])
(a.F("87,9%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", S, "percent", "cumulative", "tính đến ngày 20-6-2024")
  .F("54,7 điểm phần trăm", "mức tăng so với tháng 3-2023", S + " - mức thay đổi", "percentage-points", "cumulative", "so với tháng 3-2023", "comparison")
  .F("64,3%", "kết quả giải quyết TTHC được cấp bản điện tử", E, "percent", "cumulative", "đến nay")
  .F("95%", "tỷ lệ cấp bản điện tử của TP Cam Ranh", E, "percent", "cumulative", "", "part", "Khánh Hòa - TP Cam Ranh")
  .F("612.400", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("43,24 điểm", "Chỉ số PAPI 2023 của tỉnh", PAPI, "điểm", "year", "năm 2023")
  .F("100%", "hồ sơ tiếp nhận mới phải được số hóa", "tỷ lệ hồ sơ tiếp nhận mới được số hóa", "percent", "year", "đến hết năm 2024", "target"))
a.revise([("87,9%", "78,9%"), ("54,7 điểm phần trăm", "45,7 điểm phần trăm")])
(a.F("78,9%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", S, "percent", "cumulative", "tính đến ngày 20-6-2024")
  .F("45,7 điểm phần trăm", "mức tăng so với tháng 3-2023", S + " - mức thay đổi", "percentage-points", "cumulative", "so với tháng 3-2023", "comparison")
  .F("64,3%", "kết quả giải quyết TTHC được cấp bản điện tử", E, "percent", "cumulative", "đến nay")
  .F("95%", "tỷ lệ cấp bản điện tử của TP Cam Ranh", E, "percent", "cumulative", "", "part", "Khánh Hòa - TP Cam Ranh")
  .F("612.400", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("43,24 điểm", "Chỉ số PAPI 2023 của tỉnh", PAPI, "điểm", "year", "năm 2023")
  .F("100%", "hồ sơ tiếp nhận mới phải được số hóa", "tỷ lệ hồ sơ tiếp nhận mới được số hóa", "percent", "year", "đến hết năm 2024", "target"))
a.d["notes"] = "Revision: 87,9% -> 78,9% and the change 54,7 -> 45,7 points (78,9 - 33,2). The path keeps no figure."
A.append(a)

a = Art(P, PR, "khach-quoc-te-10-thang-2024", "/du-lich/202411/10-thang-khanh-hoa-don-hon-2-8-trieu-luot-khach-quoc-te-8345019/", "Du lịch",
    "10 tháng, Khánh Hòa đón hơn 2,8 triệu lượt khách quốc tế", "2024-11-05T15:25:00+07:00", "THÙY DUNG",
    "10 tháng năm 2024, Khánh Hòa đón hơn 2,8 triệu lượt khách quốc tế, tăng 56% so với cùng kỳ; tổng doanh thu du lịch đạt khoảng 34.700 tỷ đồng.",
    [("p", "Hàn Quốc tiếp tục là thị trường lớn nhất với khoảng 1,2 triệu lượt, tiếp theo là Trung Quốc. Sân bay quốc tế Cam Ranh khai thác trung bình 90 chuyến bay quốc tế mỗi ngày."),
     ("p", "Theo ngành Du lịch, khoảng 85% khách quốc tế nhập cảnh bằng thị thực điện tử. Công suất phòng các khách sạn 4 - 5 sao tại Nha Trang đạt bình quân 78%."),
     ("p", "Mùa mưa năm nay dự báo đến sớm, các đơn vị lữ hành được khuyến cáo theo dõi bản tin thời tiết để điều chỉnh lịch trình tham quan đảo.")],
    is_reform=False)
(a.F("hơn 2,8 triệu", "lượt khách quốc tế", "lượt khách quốc tế", "lượt khách", "10 months", "10 tháng năm 2024", value=2.8e6)
  .F("56%", "mức tăng khách quốc tế so với cùng kỳ", "lượt khách quốc tế - mức thay đổi", "percent", "10 months", "so với cùng kỳ", "comparison")
  .F("khoảng 34.700 tỷ đồng", "tổng doanh thu du lịch", "doanh thu du lịch", "đồng", "10 months", "10 tháng năm 2024", value=3.47e13)
  .F("khoảng 1,2 triệu", "lượt khách Hàn Quốc", "lượt khách quốc tế", "lượt khách", "10 months", "10 tháng năm 2024", "part", "Khánh Hòa - thị trường Hàn Quốc", value=1.2e6)
  .F("90", "chuyến bay quốc tế mỗi ngày tại sân bay Cam Ranh", "chuyến bay quốc tế mỗi ngày", "chuyến bay", "10 months", "bình quân", scope="Khánh Hòa - sân bay quốc tế Cam Ranh")
  .F("khoảng 85%", "khách quốc tế nhập cảnh bằng thị thực điện tử", "tỷ lệ khách quốc tế dùng thị thực điện tử", "percent", "10 months", "10 tháng năm 2024", value=85.0)
  .F("78%", "công suất phòng khách sạn 4 - 5 sao tại Nha Trang", "công suất phòng khách sạn", "percent", "10 months", "bình quân", "part", "Khánh Hòa - Nha Trang"))
A.append(a)

a = Art(P, PR, "nam-2024-so-hoa-92-4", "/chinh-tri/202503/nam-2024-khanh-hoa-so-hoa-924-ho-so-thu-tuc-hanh-chinh-8361288/", SEC,
    "Năm 2024, Khánh Hòa số hóa 92,4% hồ sơ thủ tục hành chính", "2025-03-27T10:05:00+07:00", "M.L",
    "Theo báo cáo tổng kết năm 2024 của UBND tỉnh, 92,4% hồ sơ, kết quả giải quyết TTHC đã được số hóa; 81,2% kết quả giải quyết được cấp bản điện tử.",
    [("p", "Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh đến nay đã xử lý 13.210 phản ánh, tỷ lệ xử lý đạt 95,3%. Có 798.350 tài khoản định danh điện tử đã được kích hoạt trên địa bàn tỉnh, tương đương khoảng 65% dân số."),
     ("p", "Về tổ chức bộ máy, tính từ năm 2015, toàn tỉnh đã tinh giản 2.905 biên chế. Năm 2025, tỉnh tiếp tục sắp xếp, tinh gọn các cơ quan chuyên môn theo chủ trương của Trung ương.")],
    state="after")
(a.F("92,4%", "hồ sơ, kết quả giải quyết TTHC đã được số hóa", S, "percent", "cumulative", "năm 2024")
  .F("81,2%", "kết quả giải quyết được cấp bản điện tử", E, "percent", "cumulative", "năm 2024")
  .F("13.210", "phản ánh đã xử lý", PK, "phản ánh", "cumulative", "đến nay")
  .F("95,3%", "tỷ lệ xử lý phản ánh", PKR, "percent", "cumulative", "đến nay")
  .F("798.350", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("khoảng 65%", "tài khoản định danh so với dân số", "tỷ lệ dân số có tài khoản định danh điện tử", "percent", "cumulative", "đến nay", value=65.0)
  .F("2.905", "biên chế đã tinh giản từ năm 2015", TG, "người", "cumulative", "tính từ năm 2015"))
A.append(a)

a = Art(P, PR, "papi-2024-tang-0-66-diem", "/chinh-tri/202505/chi-so-papi-2024-cua-khanh-hoa-tang-066-diem-8372904/", SEC,
    "Chỉ số PAPI 2024 của Khánh Hòa tăng 0,66 điểm", "2025-05-28T17:50:00+07:00", "H.D",
    "Kết quả PAPI 2024 vừa công bố cho thấy Khánh Hòa đạt 43,9 điểm, tăng 0,66 điểm so với năm 2023 (43,24 điểm).",
    [("p", "Quảng Trị là tỉnh có điểm tổng hợp cao nhất cả nước, đạt 46,9 điểm. Ở Khánh Hòa, nội dung “Quản trị môi trường” và “Quản trị điện tử” tiếp tục là điểm yếu, đều dưới 4 điểm."),
     ("p", "Theo kế hoạch, tỉnh phấn đấu đến năm 2026 đưa PAPI vào nhóm 20 địa phương có điểm cao nhất.")],
    state="after")
(a.F("43,9 điểm", "PAPI 2024 của Khánh Hòa", PAPI, "điểm", "year", "năm 2024")
  .F("0,66 điểm", "mức tăng so với năm 2023", PAPI + " - mức thay đổi", "điểm", "year", "so với năm 2023", "comparison")
  .F("43,24 điểm", "PAPI năm 2023", PAPI, "điểm", "year", "năm 2023", "past")
  .F("46,9 điểm", "PAPI 2024 của Quảng Trị (cao nhất)", PAPI, "điểm", "year", "năm 2024", scope="Quảng Trị")
  .F("dưới 4 điểm", "nội dung Quản trị môi trường và Quản trị điện tử", "chỉ số nội dung Quản trị môi trường, Quản trị điện tử (PAPI)", "điểm", "year", "năm 2024", "part", "Khánh Hòa - nội dung Quản trị môi trường, Quản trị điện tử", value=4.0))
A.append(a)
