from lib import Art
P, PR, SEC = "baohagiang", "Hà Giang", "Cải cách hành chính"
S, Q, D = "tỷ lệ hồ sơ TTHC được số hóa", "tỷ lệ hồ sơ giải quyết trước và đúng hạn", "tài khoản định danh điện tử được kích hoạt"
PAR, SIP = "Chỉ số cải cách hành chính (PAR INDEX)", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"
A = []

a = Art(P, PR, "kich-hoat-152640-tai-khoan-dinh-danh", "/cai-cach-hanh-chinh/202210/de-an-06-ha-giang-da-kich-hoat-152640-tai-khoan-dinh-danh-dien-tu-3fa91c/", SEC,
    "Đề án 06: Hà Giang đã kích hoạt 152.640 tài khoản định danh điện tử", "2022-10-20T09:15:00+07:00", "MINH HUYỀN",
    "Tính đến ngày 15.10.2022, Công an tỉnh đã thu nhận hơn 231.000 hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó 152.640 tài khoản đã được kích hoạt, đạt 76,3% chỉ tiêu được giao cho cả năm.",
    [("figure", "Cán bộ Công an huyện Quản Bạ hướng dẫn người dân cài đặt ứng dụng VNeID.", "/media/images/2022/10/20/vneid-quan-ba.jpg"),
     ("p", "Theo Công an tỉnh, huyện Bắc Quang dẫn đầu với 24.310 tài khoản, tiếp đến là thành phố Hà Giang với 21.875 tài khoản. Ở chiều ngược lại, các huyện vùng cao núi đá như Mèo Vạc, Đồng Văn mới đạt khoảng 40% chỉ tiêu, do sóng điện thoại chập chờn và nhiều người dân chưa có điện thoại thông minh."),
     ("p", "Lực lượng công an đã tổ chức các tổ công tác lưu động, làm việc cả ngày nghỉ để thu nhận hồ sơ cho công dân từ đủ 14 tuổi trở lên, ưu tiên người cao tuổi và người khuyết tật. Mọi vướng mắc, người dân có thể gọi số 0219.3866.115 của Phòng Cảnh sát quản lý hành chính về trật tự xã hội."),
     ("p", "Trên phạm vi cả nước, đến giữa tháng 10 đã có hơn 20,5 triệu tài khoản định danh điện tử được kích hoạt. Tỉnh xác định chuyển đổi số là khâu đột phá, nhất là sau khi Chỉ số CCHC năm 2021 của Hà Giang chỉ đạt 80,12%, xếp thứ 52/63, trong khi Quảng Ninh dẫn đầu cả nước với 91,12%."),
     ("p", "Tỉnh phấn đấu đến hết năm 2022 kích hoạt 200.000 tài khoản, tạo nền tảng để triển khai 25 dịch vụ công thiết yếu theo Đề án 06.")])
(a.F("152.640", "tài khoản định danh điện tử đã được kích hoạt", D, "tài khoản", "cumulative", "tính đến ngày 15.10.2022")
  .F("231.000", "hồ sơ đề nghị cấp tài khoản định danh điện tử đã thu nhận", "hồ sơ đề nghị cấp tài khoản định danh điện tử", "hồ sơ", "cumulative", "tính đến ngày 15.10.2022")
  .F("76,3%", "tỷ lệ hoàn thành chỉ tiêu kích hoạt tài khoản cả năm", "tỷ lệ hoàn thành chỉ tiêu tài khoản định danh điện tử", "percent", "cumulative", "đạt 76,3% chỉ tiêu được giao cho cả năm")
  .F("24.310", "tài khoản định danh điện tử kích hoạt tại huyện Bắc Quang", D, "tài khoản", "cumulative", "tính đến ngày 15.10.2022", "part", "Hà Giang - huyện Bắc Quang")
  .F("21.875", "tài khoản định danh điện tử kích hoạt tại thành phố Hà Giang", D, "tài khoản", "cumulative", "tính đến ngày 15.10.2022", "part", "Hà Giang - thành phố Hà Giang")
  .F("khoảng 40%", "tỷ lệ hoàn thành chỉ tiêu của các huyện vùng cao núi đá", "tỷ lệ hoàn thành chỉ tiêu tài khoản định danh điện tử", "percent", "cumulative", "mới đạt", "part", "Hà Giang - các huyện Mèo Vạc, Đồng Văn", value=40.0)
  .F("20,5 triệu", "tài khoản định danh điện tử được kích hoạt trên cả nước", D, "tài khoản", "cumulative", "đến giữa tháng 10", scope="cả nước")
  .F("80,12%", "Chỉ số CCHC năm 2021 của Hà Giang", PAR, "percent", "year", "năm 2021")
  .F("91,12%", "Chỉ số CCHC năm 2021 của Quảng Ninh (dẫn đầu)", PAR, "percent", "year", "năm 2021", scope="Quảng Ninh")
  .F("200.000", "tài khoản định danh điện tử phấn đấu kích hoạt", D, "tài khoản", "cumulative", "đến hết năm 2022", "target"))
A.append(a)

a = Art(P, PR, "so-hoa-ho-so-quy-i-chua-dong-deu", "/cai-cach-hanh-chinh/202304/so-hoa-ho-so-quy-i-chuyen-bien-nhung-chua-dong-deu-b27e04/", SEC,
    "Số hóa hồ sơ quý I: chuyển biến nhưng chưa đồng đều", "2023-04-12T10:40:00+07:00", "Bài, ảnh: ĐỨC TRUNG",
    "Quý I/2023, Bộ phận một cửa các cấp trong tỉnh tiếp nhận 61.245 hồ sơ thủ tục hành chính (TTHC), giải quyết trước và đúng hạn 98,1%. Tính lũy kế đến hết tháng 3, tỷ lệ hồ sơ được số hóa đạt 38,6%, tăng 9,3 điểm phần trăm so với cuối năm 2022.",
    [("p", "Cuối năm 2022, tỷ lệ số hóa hồ sơ của toàn tỉnh mới ở mức 29,3%. Việc triển khai quyết liệt Nghị định 107/2021/NĐ-CP và Thông tư 01/2023/TT-VPCP đã giúp các đơn vị thay đổi cách làm: hồ sơ được quét, ký số và lưu trữ ngay khi tiếp nhận. Riêng tháng 3, toàn tỉnh số hóa được 7.812 hồ sơ."),
     ("p", "Tuy vậy, mức độ chuyển biến giữa các cấp còn chênh lệch lớn. Ở cấp tỉnh, Trung tâm Phục vụ hành chính công đạt 57,8%, còn cấp xã mới đạt 21,4%. Nhiều xã vùng cao chỉ có một máy quét dùng chung cho cả bộ phận một cửa."),
     ("quote", "“Chúng tôi vừa tiếp dân vừa số hóa, có hôm mất điện cả buổi chiều thì coi như không làm được”, một công chức tư pháp - hộ tịch xã Lũng Cú chia sẻ."),
     ("p", "Theo lộ trình của tỉnh, đến năm 2025 cấp xã phải số hóa tối thiểu 50% hồ sơ. Văn phòng UBND tỉnh đề nghị các huyện bố trí kinh phí mua sắm thiết bị ngay trong quý II, đồng thời tập huấn cho công chức một cửa cấp xã.")])
(a.F("61.245", "hồ sơ TTHC tiếp nhận trong quý I/2023", "hồ sơ TTHC tiếp nhận", "hồ sơ", "quarter", "Quý I/2023")
  .F("98,1%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn quý I/2023", Q, "percent", "quarter", "Quý I/2023")
  .F("38,6%", "tỷ lệ hồ sơ được số hóa lũy kế đến hết tháng 3", S, "percent", "cumulative", "lũy kế đến hết tháng 3/2023")
  .F("9,3 điểm phần trăm", "mức tăng tỷ lệ số hóa so với cuối năm 2022", S + " - mức thay đổi", "percentage-points", "quarter", "so với cuối năm 2022", "comparison")
  .F("29,3%", "tỷ lệ số hóa hồ sơ cuối năm 2022", S, "percent", "cumulative", "cuối năm 2022", "past")
  .F("7.812", "hồ sơ được số hóa trong tháng 3", "hồ sơ được số hóa", "hồ sơ", "month", "tháng 3/2023")
  .F("57,8%", "tỷ lệ số hóa của Trung tâm Phục vụ hành chính công cấp tỉnh", S, "percent", "cumulative", "lũy kế đến hết tháng 3/2023", "part", "Hà Giang - cấp tỉnh")
  .F("21,4%", "tỷ lệ số hóa ở cấp xã", S, "percent", "cumulative", "lũy kế đến hết tháng 3/2023", "part", "Hà Giang - cấp xã")
  .F("50%", "tỷ lệ số hóa tối thiểu cấp xã theo lộ trình", S, "percent", "cumulative", "đến năm 2025", "target", "Hà Giang - cấp xã"))
A.append(a)

a = Art(P, PR, "nam-2023-nhieu-chi-tieu-cchc-ve-dich", "/thoi-su-chinh-tri/202401/nam-2023-nhieu-chi-tieu-cai-cach-hanh-chinh-ve-dich-5c0d7a/", "Thời sự - Chính trị",
    "Năm 2023: Nhiều chỉ tiêu cải cách hành chính về đích", "2024-01-18T14:25:00+07:00", "THU PHƯƠNG",
    "Chiều 17.1, Ban Chỉ đạo CCHC tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Đến cuối năm, 58,2% hồ sơ TTHC trên địa bàn tỉnh đã được số hóa; tỷ lệ giải quyết hồ sơ trước và đúng hạn cả năm đạt 98,64%, cao hơn năm 2022 (98,2%).",
    [("p", "Dù có bước tiến, tỷ lệ số hóa của tỉnh vẫn thấp hơn bình quân cả nước 14,4 điểm phần trăm; cả nước hiện đã số hóa 72,6% hồ sơ. Tỷ lệ hồ sơ trực tuyến toàn trình năm 2023 đạt 28,7%, phần lớn tập trung ở lĩnh vực đăng ký kinh doanh, hộ tịch và cấp phiếu lý lịch tư pháp."),
     ("p", "Hạ tầng số tiếp tục được củng cố: toàn tỉnh đã cấp 4.905 chứng thư số cho cán bộ, công chức, 100% văn bản đi giữa các cơ quan hành chính cấp tỉnh được ký số. Lực lượng công an đã kích hoạt 298.415 tài khoản định danh điện tử cho người dân."),
     ("heading", "Chỉ số còn khiêm tốn"),
     ("p", "Chỉ số CCHC năm 2022 của tỉnh đạt 82,47%, tăng 2,35 điểm phần trăm so với năm 2021; Chỉ số SIPAS đạt 84,6%. Hội nghị thẳng thắn chỉ ra nguyên nhân: một số cán bộ ngại thay đổi, trang thiết bị ở cơ sở thiếu, đường truyền không ổn định."),
     ("p", "Năm 2024, tỉnh phấn đấu số hóa 80% hồ sơ TTHC và giải quyết đúng hạn trên 99% hồ sơ. Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu người đứng đầu các sở, ngành, địa phương chịu trách nhiệm nếu để hồ sơ trễ hạn kéo dài.")])
(a.F("58,2%", "hồ sơ TTHC trên địa bàn tỉnh đã được số hóa", S, "percent", "cumulative", "đến cuối năm 2023")
  .F("98,64%", "tỷ lệ giải quyết hồ sơ trước và đúng hạn cả năm 2023", Q, "percent", "year", "cả năm 2023")
  .F("98,2%", "tỷ lệ giải quyết đúng hạn năm 2022", Q, "percent", "year", "năm 2022", "past")
  .F("14,4 điểm phần trăm", "chênh lệch tỷ lệ số hóa so với bình quân cả nước", "chênh lệch tỷ lệ hồ sơ TTHC được số hóa so với bình quân cả nước", "percentage-points", "cumulative", "đến cuối năm 2023", "comparison")
  .F("72,6%", "hồ sơ được số hóa trên cả nước", S, "percent", "cumulative", "hiện", scope="cả nước")
  .F("28,7%", "tỷ lệ hồ sơ trực tuyến toàn trình năm 2023", "tỷ lệ hồ sơ trực tuyến toàn trình", "percent", "year", "năm 2023")
  .F("4.905", "chứng thư số đã cấp cho cán bộ, công chức", "chữ ký số cấp cho cán bộ, công chức", "chứng thư số", "cumulative", "đến nay")
  .F("100%", "văn bản đi giữa các cơ quan hành chính cấp tỉnh được ký số", "tỷ lệ văn bản đi được ký số", "percent", "unspecified", "", "part", "Hà Giang - cấp tỉnh")
  .F("298.415", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "đến nay")
  .F("82,47%", "Chỉ số CCHC năm 2022", PAR, "percent", "year", "năm 2022")
  .F("2,35 điểm phần trăm", "mức tăng Chỉ số CCHC so với năm 2021", PAR + " - mức thay đổi", "percentage-points", "year", "so với năm 2021", "comparison")
  .F("84,6%", "Chỉ số SIPAS năm 2022", SIP, "percent", "year", "năm 2022")
  .F("80%", "tỷ lệ số hóa hồ sơ phấn đấu năm 2024", S, "percent", "cumulative", "năm 2024", "target")
  .F("trên 99%", "tỷ lệ giải quyết đúng hạn phấn đấu năm 2024", Q, "percent", "year", "năm 2024", "target", value=99.0))
A.append(a)

a = Art(P, PR, "9-thang-so-hoa-ho-so-tthc", "/cai-cach-hanh-chinh/202409/9-thang-ha-giang-so-hoa-7415-ho-so-thu-tuc-hanh-chinh-9d44e1/", SEC,
    "9 tháng, Hà Giang số hóa 74,15% hồ sơ thủ tục hành chính", "2024-09-24T16:50:00+07:00", "HOÀNG NGỌC",
    "Theo báo cáo của Văn phòng UBND tỉnh ngày 20/9/2024, lũy kế đến nay toàn tỉnh đã số hóa 74,15% hồ sơ TTHC, tăng 15,95 điểm phần trăm so với thời điểm cuối năm 2023.",
    [("p", "9 tháng đầu năm, các cơ quan, đơn vị tiếp nhận 187.560 hồ sơ; tỷ lệ giải quyết trước và đúng hạn đạt 98,9%. Số hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến chiếm 34,2%, chủ yếu là lệ phí hộ tịch và phí đăng ký đất đai."),
     ("figure", "Công chức Trung tâm Phục vụ hành chính công tỉnh số hóa hồ sơ cho người dân.", "/media/images/2024/09/24/so-hoa-ho-so-ttphcc.jpg"),
     ("p", "Một số sở như Sở Tư pháp, Sở Công Thương, Sở Giao thông vận tải đã số hóa 100% hồ sơ tiếp nhận. Ở cấp huyện, Hoàng Su Phì là điểm sáng với 92,3%, vượt xa nhiều địa phương vùng thấp."),
     ("p", "So với mặt bằng chung, khoảng cách đang được thu hẹp: cả nước hiện có 79,9% hồ sơ được số hóa. Tuy nhiên, việc khai thác lại dữ liệu đã số hóa vẫn hạn chế, người dân nhiều nơi vẫn phải nộp bản giấy."),
     ("p", "Văn phòng UBND tỉnh đề nghị các đơn vị rà soát kho dữ liệu, chậm nhất ngày 31/12/2024 hoàn thành việc gắn kết quả điện tử với hồ sơ đã số hóa.")])
(a.F("74,15%", "hồ sơ TTHC đã số hóa lũy kế", S, "percent", "cumulative", "lũy kế đến nay (9 tháng 2024)")
  .F("15,95 điểm phần trăm", "mức tăng tỷ lệ số hóa so với cuối năm 2023", S + " - mức thay đổi", "percentage-points", "9 months", "so với thời điểm cuối năm 2023", "comparison")
  .F("187.560", "hồ sơ tiếp nhận 9 tháng đầu năm", "hồ sơ TTHC tiếp nhận", "hồ sơ", "9 months", "9 tháng đầu năm 2024")
  .F("98,9%", "tỷ lệ giải quyết trước và đúng hạn 9 tháng", Q, "percent", "9 months", "9 tháng đầu năm 2024")
  .F("34,2%", "hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", "tỷ lệ hồ sơ thanh toán trực tuyến", "percent", "9 months", "9 tháng đầu năm 2024")
  .F("100%", "hồ sơ tiếp nhận được số hóa tại một số sở", S, "percent", "cumulative", "", "part", "Hà Giang - một số sở")
  .F("92,3%", "tỷ lệ số hóa của huyện Hoàng Su Phì", S, "percent", "cumulative", "", "part", "Hà Giang - huyện Hoàng Su Phì")
  .F("79,9%", "hồ sơ được số hóa trên cả nước", S, "percent", "cumulative", "hiện", scope="cả nước"))
a.revise([("74,15%", "71,45%"), ("15,95 điểm phần trăm", "13,25 điểm phần trăm")])
(a.F("71,45%", "hồ sơ TTHC đã số hóa lũy kế", S, "percent", "cumulative", "lũy kế đến nay (9 tháng 2024)")
  .F("13,25 điểm phần trăm", "mức tăng tỷ lệ số hóa so với cuối năm 2023", S + " - mức thay đổi", "percentage-points", "9 months", "so với thời điểm cuối năm 2023", "comparison")
  .F("187.560", "hồ sơ tiếp nhận 9 tháng đầu năm", "hồ sơ TTHC tiếp nhận", "hồ sơ", "9 months", "9 tháng đầu năm 2024")
  .F("98,9%", "tỷ lệ giải quyết trước và đúng hạn 9 tháng", Q, "percent", "9 months", "9 tháng đầu năm 2024")
  .F("34,2%", "hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", "tỷ lệ hồ sơ thanh toán trực tuyến", "percent", "9 months", "9 tháng đầu năm 2024")
  .F("100%", "hồ sơ tiếp nhận được số hóa tại một số sở", S, "percent", "cumulative", "", "part", "Hà Giang - một số sở")
  .F("92,3%", "tỷ lệ số hóa của huyện Hoàng Su Phì", S, "percent", "cumulative", "", "part", "Hà Giang - huyện Hoàng Su Phì")
  .F("79,9%", "hồ sơ được số hóa trên cả nước", S, "percent", "cumulative", "hiện", scope="cả nước"))
a.d["notes"] = "Revision: 74,15% -> 71,45% (title and lead) and the change 15,95 -> 13,25 points. The path keeps the day-1 slug."
A.append(a)

a = Art(P, PR, "ret-dam-dong-van-xuong-2-do", "/xa-hoi/202501/ret-dam-dong-van-xuong-25-do-c-nguoi-dan-chu-dong-chong-ret-71b2f0/", "Xã hội",
    "Rét đậm, Đồng Văn xuống 2,5 độ C, người dân chủ động chống rét", "2025-01-08T07:45:00+07:00", "VŨ LAN",
    "Sáng 8.1, nhiệt độ thấp nhất tại thị trấn Đồng Văn xuống 2,5 độ C, tại Mèo Vạc 3,1 độ C. Trung tâm Khí tượng Thủy văn tỉnh dự báo đợt rét đậm còn kéo dài 4 - 5 ngày.",
    [("p", "Tại thành phố Hà Giang, nhiệt độ thấp nhất khoảng 9 độ C, độ ẩm không khí lên tới 90%. Trên các đỉnh núi cao trên 1.500 m có khả năng xuất hiện băng giá, sương muối."),
     ("p", "Ngành nông nghiệp khuyến cáo người dân không thả rông gia súc; đến nay đã có hơn 3.200 chuồng trại được che chắn, 12.400 con trâu, bò được dự trữ thức ăn. Các trường học vùng cao cho học sinh mầm non nghỉ học khi nhiệt độ dưới 7 độ C."),
     ("p", "Bà con cần hỗ trợ có thể liên hệ đường dây nóng 0219.3867.251 của Ban Chỉ huy phòng, chống thiên tai tỉnh.")],
    is_reform=False)
(a.F("2,5 độ C", "nhiệt độ thấp nhất tại thị trấn Đồng Văn", "nhiệt độ thấp nhất", "độ C", "event", "sáng 8.1", scope="Hà Giang - thị trấn Đồng Văn")
  .F("3,1 độ C", "nhiệt độ thấp nhất tại Mèo Vạc", "nhiệt độ thấp nhất", "độ C", "event", "sáng 8.1", scope="Hà Giang - Mèo Vạc")
  .F("9 độ C", "nhiệt độ thấp nhất tại thành phố Hà Giang", "nhiệt độ thấp nhất", "độ C", "event", "sáng 8.1", scope="Hà Giang - thành phố Hà Giang", value=9.0)
  .F("90%", "độ ẩm không khí tại thành phố Hà Giang", "độ ẩm không khí", "percent", "event", "sáng 8.1", scope="Hà Giang - thành phố Hà Giang")
  .F("3.200", "chuồng trại được che chắn", "chuồng trại được che chắn", "chuồng trại", "event", "đến nay")
  .F("12.400", "trâu, bò được dự trữ thức ăn", "trâu, bò được dự trữ thức ăn", "con", "event", "đến nay"))
A.append(a)

a = Art(P, PR, "quy-i-2025-so-hoa-ho-so-dat-86-3", "/cai-cach-hanh-chinh/202504/quy-i-2025-ty-le-so-hoa-ho-so-dat-863-e05c3b/", SEC,
    "Quý I/2025: Tỷ lệ số hóa hồ sơ đạt 86,3%", "2025-04-16T08:30:00+07:00", "MINH HUYỀN",
    "Quý I/2025, toàn tỉnh tiếp nhận 64.810 hồ sơ TTHC, tăng 5,8% so với cùng kỳ năm 2024; 99,02% hồ sơ được giải quyết trước và đúng hạn. Tỷ lệ số hóa hồ sơ tính đến hết quý đạt 86,3% (cuối năm 2024 là 84,7%).",
    [("p", "Cùng với số hóa, việc ứng dụng chữ ký số tiếp tục được mở rộng. Đến nay đã có 5.610 cán bộ, công chức, viên chức được cấp chứng thư số; các xã vùng sâu đã dùng chữ ký số để ký văn bản gửi lên huyện thay cho gửi bản giấy."),
     ("p", "Công an tỉnh cho biết, lũy kế đã kích hoạt 421.370 tài khoản định danh điện tử. Nhiều tiện ích trên ứng dụng VNeID như thông báo lưu trú, đăng ký xe đã được người dân khai thác."),
     ("p", "Mục tiêu năm 2025 là 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình. UBND tỉnh yêu cầu các sở, ngành hoàn thành rà soát trước ngày 30.6.")],
    state="after")
(a.F("64.810", "hồ sơ TTHC tiếp nhận quý I/2025", "hồ sơ TTHC tiếp nhận", "hồ sơ", "quarter", "Quý I/2025")
  .F("5,8%", "mức tăng số hồ sơ so với cùng kỳ", "hồ sơ TTHC tiếp nhận - mức thay đổi", "percent", "quarter", "so với cùng kỳ năm 2024", "comparison")
  .F("99,02%", "hồ sơ giải quyết trước và đúng hạn quý I/2025", Q, "percent", "quarter", "Quý I/2025")
  .F("86,3%", "tỷ lệ số hóa hồ sơ tính đến hết quý I/2025", S, "percent", "cumulative", "tính đến hết quý I/2025")
  .F("84,7%", "tỷ lệ số hóa hồ sơ cuối năm 2024", S, "percent", "cumulative", "cuối năm 2024", "past")
  .F("5.610", "cán bộ, công chức, viên chức được cấp chứng thư số", "chữ ký số cấp cho cán bộ, công chức", "chứng thư số", "cumulative", "đến nay")
  .F("421.370", "tài khoản định danh điện tử đã kích hoạt", D, "tài khoản", "cumulative", "lũy kế")
  .F("100%", "TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình", "tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "percent", "cumulative", "năm 2025", "target"))
A.append(a)

a = Art(P, PR, "chi-so-cchc-2024-tang-4-bac", "/thoi-su-chinh-tri/202505/chi-so-cai-cach-hanh-chinh-nam-2024-cua-ha-giang-tang-4-bac-a8f62d/", "Thời sự - Chính trị",
    "Chỉ số cải cách hành chính năm 2024 của Hà Giang tăng 4 bậc", "2025-05-22T15:10:00+07:00", "THU PHƯƠNG",
    "Theo kết quả Bộ Nội vụ vừa công bố, PAR INDEX 2024 của tỉnh đạt 86,71%, tăng 2,36 điểm phần trăm so với năm 2023 và xếp thứ 40/63 tỉnh, thành phố.",
    [("p", "Năm 2023, chỉ số này của Hà Giang đạt 84,35%. Dù đã cải thiện, điểm số năm 2024 vẫn thấp hơn trung bình cả nước 0,34 điểm phần trăm; trung bình các tỉnh, thành phố năm nay là 87,05%. Hải Phòng tiếp tục dẫn đầu với 94,2%."),
     ("p", "Ở nhóm chỉ số đo sự hài lòng, SIPAS 2024 của tỉnh đạt 85,9%. Tỷ lệ hồ sơ trực tuyến toàn trình cả năm 2024 đạt 41,5%, nhờ việc đưa dịch vụ công lên Cổng dịch vụ công quốc gia và hỗ trợ người dân tại điểm bưu điện văn hóa xã."),
     ("quote", "“Các tiêu chí bị trừ điểm chủ yếu thuộc lĩnh vực cải cách tài chính công và xây dựng chính quyền số, đây là những việc phải làm ngay trong năm 2025”, lãnh đạo Sở Nội vụ nhấn mạnh.")],
    state="after")
(a.F("86,71%", "PAR INDEX 2024 của tỉnh", PAR, "percent", "year", "năm 2024")
  .F("2,36 điểm phần trăm", "mức tăng PAR INDEX so với năm 2023", PAR + " - mức thay đổi", "percentage-points", "year", "so với năm 2023", "comparison")
  .F("84,35%", "Chỉ số CCHC năm 2023 của Hà Giang", PAR, "percent", "year", "năm 2023", "past")
  .F("0,34 điểm phần trăm", "chênh lệch so với trung bình cả nước", "chênh lệch Chỉ số cải cách hành chính so với trung bình cả nước", "percentage-points", "year", "năm 2024", "comparison")
  .F("87,05%", "Chỉ số CCHC trung bình các tỉnh, thành phố năm 2024", "Chỉ số cải cách hành chính trung bình của các tỉnh, thành phố", "percent", "year", "năm 2024", scope="cả nước")
  .F("94,2%", "PAR INDEX 2024 của Hải Phòng (dẫn đầu)", PAR, "percent", "year", "năm 2024", scope="Hải Phòng")
  .F("85,9%", "SIPAS 2024 của tỉnh", SIP, "percent", "year", "năm 2024")
  .F("41,5%", "tỷ lệ hồ sơ trực tuyến toàn trình cả năm 2024", "tỷ lệ hồ sơ trực tuyến toàn trình", "percent", "year", "cả năm 2024"))
A.append(a)
