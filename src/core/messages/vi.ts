/**
 * Every word the user reads, by code. Placeholders are {name}. A test fails when a code used
 * anywhere has no message here.
 */
export const vi = {
  "verdict.dat": "Đạt",
  "verdict.khongDat": "Không đạt",
  "verdict.chuaDuSoLieu": "Chưa đủ số liệu",
  "assess.evidence": "{label} = {value} % {sign} {threshold} % (năm {year})",
  "assess.noData": "{label}: chưa có số liệu",
  "assess.summary": "Đạt {dat}/{total} mục tiêu; Không đạt {khongDat}; chưa đánh giá {open}",

  "cover.title": "THÔNG TIN ĐƠN VỊ BÁO CÁO",
  "cover.unit": "Tên đơn vị báo cáo",
  "cover.level": "Cấp của đơn vị",
  "cover.round": "Kỳ báo cáo",
  "cover.version": "Phiên bản biểu mẫu",
  "cover.targets": "Bộ mục tiêu đánh giá",
  "cover.preparer": "Người lập biểu",
  "cover.phone": "Số điện thoại liên hệ",
  "cover.hint": "Điền thông tin đơn vị trước khi nhập số liệu. Không đổi tên các trang tính và không xóa cột, hàng ẩn: phần mềm tổng hợp dựa vào chúng.",
  "cover.defaultRound": "Tổng kết CCHC giai đoạn 2021 - 2025",
  "sheet.cover": "Thông tin",

  "layout.attached": "(Kèm theo Báo cáo tổng kết CCHC giai đoạn 2021 - 2025 của {unit})",
  "layout.attachedFormula": "(Kèm theo Báo cáo tổng kết CCHC giai đoạn 2021 - 2025 của ",
  "layout.stt": "STT",
  "layout.unit": "Đơn vị tính",
  "layout.notes": "Ghi chú",
  "layout.figuresHeader": "Các cơ quan, UBND các xã, thị trấn",
  "layout.resultsHeader": "Kết quả",
  "layout.province": "Tỉnh, thành phố",
  "layout.notApplicable": "Không áp dụng",
  "layout.footer": "Trang &P",

  "input.count.title": "Số nguyên không âm",
  "input.count.prompt": "Nhập số nguyên từ 0 trở lên (ví dụ 12). Để trống nếu chưa có số liệu; không nhập 0 thay cho ô trống.",
  "input.count.error": "Ô này chỉ nhận số nguyên từ 0 trở lên.",
  "input.amount.title": "Số không âm",
  "input.amount.prompt": "Nhập số từ 0 trở lên, có thể có phần thập phân (đơn vị: {unit}).",
  "input.amount.error": "Ô này chỉ nhận số từ 0 trở lên.",
  "input.rate.title": "Tỷ lệ phần trăm",
  "input.rate.prompt": "Nhập tỷ lệ từ 0 đến 100 (ví dụ 85,5 nghĩa là 85,5 %). Không gõ dấu %.",
  "input.rate.error": "Tỷ lệ phải từ 0 đến 100.",
  "input.codes.title": "Chọn mã",
  "input.codes.prompt": "Nhập một trong các mã: {codes}.",
  "input.codes.error": "Chỉ nhận các mã: {codes}.",
  "input.text.title": "Nội dung",
  "input.text.prompt": "Ghi nội dung ngắn gọn (tối đa 1000 ký tự).",
  "input.text.error": "Nội dung quá dài (tối đa 1000 ký tự).",
  "input.verdict.title": "Đánh giá",
  "input.verdict.prompt": "Chọn Đạt hoặc Không đạt.",
  "input.verdict.error": "Chỉ chọn Đạt hoặc Không đạt.",
  "input.level.title": "Cấp của đơn vị",
  "input.level.prompt": "Chọn cấp của đơn vị trong danh sách.",
  "input.level.error": "Hãy chọn một cấp trong danh sách.",

  "cli.help":
    "cchc — biểu mẫu báo cáo CCHC (CCHC reporting forms)\n\n" +
    "Cách dùng / Usage:\n" +
    "  cchc template --out TỆP.xlsx [--forms PL1,PL3,THKQ] [--unit \"Tên đơn vị\"] [--level so|huyen|xa|nganhdoc] [--password MẬT_KHẨU]\n" +
    "      Tạo biểu mẫu trống / write the blank forms\n" +
    "  cchc check TỆP.xlsx [--json]\n" +
    "      Kiểm tra số liệu / check a filled workbook (exit 0 clean, 1 problems, 2 unreadable)\n" +
    "  cchc merge TỆP.xlsx... --out TỔNG_HỢP.xlsx [--roster DANH_SÁCH.xlsx] [--json]\n" +
    "      Tổng hợp các đơn vị / merge unit workbooks (exit 0 clean, 1 some problems, 2 nothing merged)\n\n" +
    "Biểu mẫu / forms: {forms}",
  "cli.badArgs": "Tham số không hợp lệ: {detail}. Xem: cchc --help",
  "cli.unknownCommand": "Lệnh không rõ: {command}. Các lệnh: template, check, merge.",
  "cli.needOut": "thiếu --out TỆP.xlsx",
  "cli.unknownForms": "biểu mẫu không có: {forms} (có: {known})",
  "cli.unknownLevel": "cấp không hợp lệ: {level} (so, huyen, xa, nganhdoc)",
  "cli.written": "Đã ghi {file}: {count} trang tính.",
  "cli.writeFailed": "Không ghi được {file}: {detail}",

  "ui.title": "Báo cáo cải cách hành chính",
  "ui.loading": "Đang kết nối với Excel…",
  "ui.noOffice": "Trang này cần chạy trong Excel. Hãy mở Excel, chọn Trang đầu → Báo cáo CCHC.",
  "ui.tab.create": "Tạo biểu mẫu",
  "ui.tab.check": "Kiểm tra",
  "ui.tab.merge": "Tổng hợp",
  "ui.oldExcel": "Phiên bản Excel này chưa hỗ trợ: {features}. Biểu mẫu vẫn được tạo, nhưng thiếu các phần đó.",
  "ui.feature.validation": "kiểm tra dữ liệu khi nhập (ExcelApi 1.8)",
  "ui.feature.pageLayout": "thiết lập trang in (ExcelApi 1.9)",
  "ui.create.intro": "Tạo các phụ lục và bảng tổng hợp thành các trang tính: cột chỉ tiêu được khóa, chỉ các ô số liệu được nhập.",
  "ui.create.forms": "Biểu mẫu",
  "ui.create.all": "Chọn tất cả",
  "ui.create.unit": "Tên đơn vị báo cáo",
  "ui.create.unitHint": "Ví dụ: UBND xã Tân Hòa",
  "ui.create.level": "Cấp của đơn vị",
  "ui.create.levelNone": "Chưa chọn",
  "ui.create.round": "Kỳ báo cáo",
  "ui.create.password": "Mật khẩu bảo vệ trang tính (không bắt buộc)",
  "ui.create.submit": "Tạo biểu mẫu",
  "ui.create.working": "Đang tạo biểu mẫu…",
  "ui.create.noForms": "Hãy chọn ít nhất một biểu mẫu.",
  "ui.create.done": "Đã tạo {count} trang tính: {sheets}.",
  "ui.create.kept": "Giữ nguyên: {sheets}.",
  "ui.create.carried": "Đã chuyển {count} ô số liệu sang biểu mẫu mới.",
  "ui.create.cancelled": "Đã hủy. Bảng tính không thay đổi.",
  "ui.create.failed": "Không tạo được biểu mẫu: {detail}",
  "ui.conflict.title": "Biểu mẫu đã có trong bảng tính",
  "ui.conflict.body": "Các trang tính sau đã có: {sheets}. Bạn muốn làm gì?",
  "ui.conflict.keep": "Giữ nguyên, chỉ tạo phần còn thiếu",
  "ui.conflict.replace": "Tạo lại, giữ số liệu đã nhập",
  "ui.conflict.cancel": "Hủy",
} as const;

export type MessageCode = keyof typeof vi;
