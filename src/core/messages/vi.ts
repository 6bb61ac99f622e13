/**
 * Every word the user reads, by code. Placeholders are {name}. A test fails when a code used
 * anywhere has no message here.
 */
export const vi = {
  "verdict.dat": "Đạt",
  "verdict.khongDat": "Không đạt",
  "assess.evidence": "{label} = {value} % {sign} {threshold} % (năm {year})",
  "assess.noData": "{label}: chưa có số liệu",
  "assess.implausible":
    "{label} = {value} %: không thể quá 100 %, số liệu thành phần mâu thuẫn nhau — sửa rồi mới đánh giá được",
  "assess.notApplicable": "Không áp dụng cho {level}",
  "assess.proposal": "Đề xuất theo phần đo được: {verdict}.",
  "assess.noProposal": "Chưa đủ số liệu để đề xuất.",
  "assess.summary": "Đạt {dat}/{total} mục tiêu; Không đạt {khongDat}; chưa đánh giá {open}",

  "cover.title": "THÔNG TIN ĐƠN VỊ BÁO CÁO",
  "legend.title": "Màu các ô trên các biểu mẫu",
  "legend.input": "Ô nhập",
  "legend.inputMeans": "Nhập số liệu của đơn vị: chỉ các ô này được sửa.",
  "legend.computed": "Ô tự tính",
  "legend.computedMeans": "Tỷ lệ, tổng, đánh giá: tự tính từ số liệu đã nhập, không cần nhập.",
  "legend.notApplicable": "Không áp dụng",
  "legend.notApplicableMeans": "Chỉ tiêu không áp dụng cho cấp của đơn vị: để trống.",
  "legend.marks": "Tô đỏ / vàng",
  "legend.marksMeans":
    "Sau khi Kiểm tra: ô có lỗi (đỏ) hoặc cảnh báo (vàng); bấm vào một vấn đề trong thẻ Kiểm tra để đến ô đó.",
  "cover.unit": "Tên đơn vị báo cáo",
  "cover.level": "Cấp của đơn vị",
  "cover.round": "Kỳ báo cáo",
  "cover.reportNo": "Số báo cáo (ví dụ 125/BC-UBND)",
  "cover.reportDate": "Ngày báo cáo (ngày/tháng/năm)",
  "cover.version": "Phiên bản biểu mẫu",
  "cover.targets": "Bộ mục tiêu đánh giá",
  "cover.preparer": "Người lập biểu",
  "cover.phone": "Số điện thoại liên hệ",
  "cover.signerTitle": "Chức vụ người ký (ví dụ Chủ tịch, Giám đốc)",
  "cover.code": "Mã đơn vị (nếu có)",
  "cover.signer": "Họ và tên người ký",
  "cover.hint":
    "Điền thông tin đơn vị trước khi nhập số liệu. Không đổi tên các trang tính và không xóa cột, hàng ẩn: phần mềm tổng hợp dựa vào chúng.",
  "cover.mergedHint":
    "Số liệu tổng hợp từ tệp của các đơn vị. Trang “{report}” kể từng tệp đã đọc và đơn vị còn thiếu, trùng hoặc có lỗi; trang “{units}” giữ số liệu của từng đơn vị. Các trang này được thay khi tổng hợp lại.",
  "sheet.cover": "Thông tin",

  "layout.attached": "(Kèm theo Báo cáo số: {number} ngày {date} của {unit})",
  "layout.sign.preparer": "NGƯỜI LẬP BIỂU",
  "layout.sign.preparerHint": "(Ký, ghi rõ họ tên)",
  "layout.sign.head": "THỦ TRƯỞNG ĐƠN VỊ",
  "layout.sign.headHint": "(Ký tên, đóng dấu)",
  "layout.stt": "STT",
  "layout.unit": "Đơn vị tính",
  "layout.notes": "Ghi chú",
  "layout.mergeNotes": "Ghi chú tổng hợp",
  "layout.notesColumn": "cột Ghi chú",
  "layout.averageUnit": "{unit} (bình quân)",
  "layout.figuresHeader": "Các cơ quan, UBND các xã, thị trấn",
  "layout.resultsHeader": "Kết quả",
  "layout.province": "Tỉnh, thành phố",

  "answer.notApplicable": "Không áp dụng",
  "input.count.title": "Số nguyên không âm",
  "input.count.prompt":
    "Nhập số nguyên từ 0 trở lên (ví dụ 12). Để trống nếu chưa có số liệu; không nhập 0 thay cho ô trống. Chỉ tiêu không áp dụng với đơn vị: gõ Không áp dụng.",
  "input.count.error": "Ô này chỉ nhận số nguyên từ 0 trở lên, hoặc chữ Không áp dụng.",
  "input.amount.title": "Số không âm",
  "input.amount.prompt":
    "Nhập số từ 0 trở lên, có thể có phần thập phân (đơn vị: {unit}). Chỉ tiêu không áp dụng với đơn vị: gõ Không áp dụng.",
  "input.amount.error": "Ô này chỉ nhận số từ 0 trở lên, hoặc chữ Không áp dụng.",
  "input.rate.title": "Tỷ lệ phần trăm",
  "input.rate.prompt":
    "Nhập tỷ lệ từ 0 đến 100 (ví dụ 85,5 nghĩa là 85,5 %), không gõ dấu %. Chỉ tiêu không áp dụng với đơn vị: gõ Không áp dụng.",
  "input.rate.error": "Tỷ lệ phải từ 0 đến 100, hoặc chữ Không áp dụng.",
  "input.codes.title": "Chọn mã",
  "input.codes.prompt": "Nhập một trong các mã: {codes}.",
  "input.codes.error": "Chỉ nhận các mã: {codes}.",
  "input.text.title": "Nội dung",
  "input.text.prompt": "Ghi nội dung ngắn gọn (tối đa 1000 ký tự).",
  "input.text.error": "Nội dung quá dài (tối đa 1000 ký tự).",
  "input.verdictReason": "Nếu đánh giá khác đề xuất ở cột Kết quả, ghi lý do ở đây.",
  "input.verdict.title": "Đánh giá",
  "input.verdict.prompt": "Chọn Đạt hoặc Không đạt.",
  "input.verdict.error": "Chỉ chọn Đạt hoặc Không đạt.",
  "input.level.title": "Cấp của đơn vị",
  "input.level.prompt": "Chọn cấp của đơn vị trong danh sách.",
  "input.level.error": "Hãy chọn một cấp trong danh sách.",

  "severity.error": "lỗi",
  "severity.warning": "cảnh báo",
  "read.converted":
    '{cell} chứa chữ "{raw}", đã hiểu là {value}. Công thức trong bảng không tính ô dạng chữ: hãy gõ lại ô này dưới dạng số.',
  "read.notNumber":
    '{cell} chứa "{raw}", không phải là một số. Hãy nhập một số ({unit}), để trống nếu chưa có số liệu, hoặc gõ Không áp dụng nếu chỉ tiêu không áp dụng với đơn vị.',
  "read.notCode": '{cell} chứa "{raw}", không phải mã hợp lệ. Hãy nhập một trong các mã: {codes}.',
  "read.ambiguous":
    '{cell} chứa "{raw}": có thể hiểu là {alternatives}. Hãy gõ lại cho rõ, không dùng dấu phân cách hàng nghìn.',
  "read.notFinite":
    "{cell} chứa giá trị {raw}, không phải một số. Hãy nhập lại số liệu đúng vào ô này.",
  "read.noValue":
    "{cell} có công thức {raw} mà tệp không lưu kết quả (hoặc kết quả để trống): ô này được đọc là trống. Nếu đó là số liệu, hãy nhập số trực tiếp, hoặc mở tệp bằng Excel hay LibreOffice, lưu lại rồi gửi lại.",
  "read.missingCells":
    "{sheet}: không tìm thấy {count} ô số liệu ({rows}): cột A ẩn đã bị xóa hoặc sửa, hoặc hàng đã bị xóa. Số liệu ở đó không được đọc: hãy tạo lại biểu mẫu (Tạo biểu mẫu → Tạo lại) hoặc nhập vào biểu mẫu gốc.",
  "read.formCopy":
    "Trang {sheet} là bản sao của {original}: số liệu trong trang sao không được đọc. Hãy chép số liệu sang trang {original} rồi xóa trang {sheet}.",
  "read.rowsPrefix": "dòng",
  "rule.title.domain": "Giá trị nhập không hợp lệ",
  "rule.title.atMost": "Dòng này không được lớn hơn dòng kia",
  "rule.title.repeatBound": "Bảng tổng hợp không khớp với Phụ lục",
  "rule.title.verdictReview": "Đánh giá mục tiêu cần đơn vị xác nhận",
  "rule.title.sumEq": "Tổng không bằng các dòng thành phần",
  "rule.title.sumLe": "Các dòng thành phần vượt quá dòng tổng",
  "rule.title.blankParts": "Dòng thành phần còn trống",
  "rule.title.noteAsked": "Cần ghi rõ ở cột Ghi chú",
  "rule.title.requires": "Thiếu số liệu đi kèm",
  "rule.title.jump": "Số liệu thay đổi bất thường giữa các kỳ",
  "rule.title.notApplicable": "Chỉ tiêu không áp dụng cho cấp của đơn vị",
  "rule.title.cover": "Thiếu thông tin trên trang Thông tin",
  "problem.title.read.converted": "Số nhập dạng chữ, đã đọc thành số",
  "problem.title.read.notNumber": "Không phải là số",
  "problem.title.read.notCode": "Không phải mã hợp lệ",
  "problem.title.read.ambiguous": "Số có thể hiểu theo hai cách",
  "problem.title.read.notFinite": "Số không hợp lệ (NaN, vô cực)",
  "problem.title.read.noValue": "Công thức chưa có kết quả",
  "problem.title.read.missingCells": "Thiếu ô số liệu: cột khóa hoặc hàng bị xóa",
  "problem.title.read.formCopy": "Bản sao của một biểu mẫu",
  "problem.title.read.error": "Ô đang báo lỗi công thức",
  "read.error": "{cell} đang báo lỗi {raw}. Hãy nhập lại số liệu đúng vào ô này.",

  "rule.domain.count": "{cell}: {value} không hợp lệ — phải là số nguyên từ 0 trở lên.",
  "rule.domain.amount": "{cell}: {value} không hợp lệ — phải là số từ 0 trở lên.",
  "rule.domain.enteredRate": "{cell}: {value} không hợp lệ — tỷ lệ phải từ 0 đến 100.",
  "rule.domain.yesNo": "{cell}: {value} không hợp lệ — chỉ nhận {codes}.",
  "rule.domain.status": "{cell}: {value} không hợp lệ — chỉ nhận {codes}.",
  "rule.domain.text": "{cell}: nội dung dài {value} ký tự, quá 1000 ký tự — hãy rút gọn.",
  "rule.domain.assessment": '{cell}: "{value}" không hợp lệ — chỉ chọn Đạt hoặc Không đạt.',
  "rule.verdict.unconfirmed":
    "Phụ lục 9, mục tiêu {target}: số liệu đo được một phần mục tiêu và đề xuất {proposed}. Hãy chọn Đạt hoặc Không đạt ở cột Đánh giá; nếu khác đề xuất, ghi lý do ở cột Ghi chú.",
  "rule.verdict.noReason":
    "Phụ lục 9, mục tiêu {target}: đơn vị đánh giá {chosen}, khác đề xuất {proposed} của số liệu. Hãy ghi lý do ở cột Ghi chú.",
  "rule.repeatBound":
    "{cell}: {value}, {relation} số của {source} ({bound}), trong khi {why}. Hãy kiểm tra lại một trong hai ô.",
  "rule.repeatBound.more": "lớn hơn",
  "rule.repeatBound.less": "nhỏ hơn",
  "rule.atMost.error":
    "{value} ({valueFigure}) lớn hơn {limit} ({limitFigure}), {period}. Dòng {valueStt} không được vượt quá dòng {limitStt}: hãy sửa lại một trong hai số.",
  "rule.atMost.warning":
    "{value} ({valueFigure}) lớn hơn {limit} ({limitFigure}), {period}. Điều này ít khi xảy ra: hãy kiểm tra lại nếu không đúng thực tế.",
  "rule.sumEq":
    "{total} là {totalFigure}, nhưng tổng các dòng thành phần ({parts}) là {sum}, {period}. Hãy sửa để dòng {totalStt} bằng tổng các dòng thành phần.",
  "rule.sumLe":
    "Tổng các dòng {parts} là {sum}, lớn hơn {total} ({totalFigure}), {period}. Các dòng thành phần không được vượt quá dòng {totalStt}.",
  "rule.blankParts":
    "{total} là {totalFigure}, nhưng dòng {parts} còn trống, {period}: chưa kiểm tra được tổng. Ô trống không phải là 0 — hãy nhập 0 nếu không có.",
  "rule.noteAsked": "{row} là “{answer}” ({periods}) nhưng cột Ghi chú còn trống: {ask}.",
  "rule.requires":
    "Đã có {when} ({whenFigure}) nhưng {then} chưa có hoặc bằng 0, {period}. Hãy nhập dòng {thenStt}, hoặc xóa dòng {whenStt}.",
  "rule.jump":
    "{row} thay đổi hơn {factor} lần từ {previousPeriod} ({previous}) sang {period} ({current}). Hãy kiểm tra lại số liệu này.",
  "rule.notApplicable":
    "{cell}: đơn vị {level} không báo cáo chỉ tiêu này ({reason}). Hãy xóa số liệu ở ô này (hoặc sửa cấp của đơn vị trên trang Thông tin).",
  "rule.cover.unit": "Chưa điền tên đơn vị trên trang Thông tin.",
  "rule.cover.level":
    "Chưa chọn cấp của đơn vị trên trang Thông tin: không kiểm tra được các chỉ tiêu theo cấp và mục tiêu 4.",

  "rule.doc.domain": "mọi ô nhập kiểu {kind}",
  "rule.doc.jump":
    "mọi dòng {kinds}, năm trước → năm sau, quá {factor} lần (không so năm đủ với kỳ chưa đủ năm, như năm 2025 tính đến 31/3)",
  "rule.doc.notApplicable": "các dòng không áp dụng cho cấp của đơn vị",
  "rule.doc.cover": "trang Thông tin: {field}",
  "rule.doc.noteAsked": "{row} = {when} thì cột Ghi chú: {ask}",
  "rule.doc.blankParts": "{total} có số liệu thì {parts} không để trống",
  "rule.doc.allForms": "mọi biểu mẫu",
  "rule.doc.verdictReview":
    "mục tiêu đo được một phần: Đánh giá có chọn, khác đề xuất thì có Ghi chú",

  "rule.blanks.skip": "bỏ qua khi một ô liên quan để trống",
  "rule.blanks.partial":
    "bỏ qua khi dòng tổng hoặc mọi dòng thành phần để trống; so với các dòng đã nhập",
  "rule.blanks.when": "bỏ qua khi dòng điều kiện để trống",
  "rule.blanks.filled": "chỉ xét các ô đã nhập",
  "rule.blanks.required": "ô trống là vi phạm",

  "check.clean": "Không có lỗi",
  "check.summary": "{errors} lỗi, {warnings} cảnh báo",
  "check.heading": "Kiểm tra {file} — {unit}",
  "check.noUnit": "(chưa có tên đơn vị)",
  "check.total":
    "{files} tệp: {clean} không có lỗi, {problems} có lỗi hoặc cảnh báo, {unreadable} không đọc được.",
  "file.notXlsx": "Không phải tệp Excel .xlsx.",
  "file.oldXls":
    "Tệp Excel cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.",
  "file.encrypted":
    "Tệp được đặt mật khẩu mở tệp. Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.",
  "file.damaged": "Tệp bị hỏng, không đọc được ({detail}).",
  "file.notFound": "Không tìm thấy tệp (đường dẫn sai, hoặc tệp đã bị chuyển hay xóa).",
  "file.notRegular":
    "Không phải một tệp thông thường (thư mục đặc biệt, ống dẫn hay thiết bị): không đọc.",
  "file.sameContent": "Cùng nội dung với tệp {detail}: chỉ tính một lần.",
  "file.tooLarge":
    "Tệp quá lớn so với một báo cáo đơn vị ({detail}): không đọc, để máy không bị treo. Hãy kiểm tra lại tệp (có thể bị chèn dữ liệu thừa hoặc không phải báo cáo).",
  "file.tooSlow":
    "Đọc tệp quá lâu ({detail}): đã dừng, để máy không bị treo. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại; nếu vẫn vậy, tệp có thể bị hỏng hoặc không phải báo cáo.",
  "file.unreadable": "Không đọc được tệp {file}: {detail}",

  "merge.textCut": "… (xem đầy đủ ở trang Chi tiết đơn vị)",
  "merge.note.mean": "{period}: bình quân cộng của {n} đơn vị",
  "merge.note.notApplicable":
    "{period}: {n} đơn vị trả lời Không áp dụng, không tính vào số tổng hợp",
  "merge.note.weighted": "{period}: bình quân theo {weight} của {n} đơn vị",
  "merge.note.weightedSkipped":
    "{period}: bình quân theo {weight} của {n} đơn vị; {skipped} đơn vị không có số này không được tính",
  "merge.rule.perLevel":
    "danh mục chung của từng cấp: các đơn vị cùng cấp báo cùng một danh mục nên mỗi cấp chỉ tính một lần, rồi cộng các cấp",
  "merge.note.perLevel": "{period}: {levels}",
  "merge.note.withErrors": "⚠ gồm số liệu của đơn vị có lỗi ở dòng này: {units}",
  "merge.note.yesOf": "{period}: {yes} {k}/{n} đơn vị",
  "merge.note.levelDiffers": "{level} {value} (đơn vị báo khác: {others})",
  "merge.note.andMore": "{units} và {n} đơn vị khác",
  "merge.note.noLevel": "chưa rõ cấp",
  "merge.rule.anyYes": "Có khi ít nhất một đơn vị trả lời Có",
  "merge.rule.lowestCode": "lấy mức thấp nhất mà các đơn vị báo cáo",
  "merge.rule.sameOrMixed":
    "các đơn vị cùng một hình thức thì giữ hình thức đó, khác nhau thì là kết hợp",
  "merge.rule.verdict": "Đạt khi mọi đơn vị đã đánh giá đều Đạt",

  "merge.status.ok": "Hợp lệ",
  "merge.status.noForms":
    "Không có biểu mẫu CCHC nào trong tệp (các trang tính đã bị xóa hoặc không phải biểu mẫu của kỳ này).",
  "merge.status.otherVersion":
    "Biểu mẫu phiên bản {version}, khác phiên bản {expected} của kỳ này: không tổng hợp. Đề nghị đơn vị nhập lại vào biểu mẫu mới.",
  "merge.status.noCover":
    "Tệp không có trang Thông tin (đã bị xóa hoặc không phải biểu mẫu của phần mềm): không xác định được đơn vị và phiên bản biểu mẫu, không tổng hợp.",
  "merge.status.otherRound":
    "Tệp dùng bộ biểu mẫu {round}, không phải bộ {expected}: không tổng hợp lẫn hai bộ biểu mẫu. Đề nghị đơn vị nhập số liệu vào bộ {expected}.",
  "merge.status.noVersion": "không rõ",
  "merge.status.noUnit":
    "Trang Thông tin chưa có tên đơn vị: không xác định được đơn vị, không tổng hợp.",
  "merge.status.consolidation":
    "Bảng tổng hợp ({level}) của {count} đơn vị: tổng hợp theo từng đơn vị, ở các dòng dưới",
  "merge.status.ownFigures":
    "Số liệu riêng của đơn vị tổng hợp ({forms}) không được cộng thêm: chỉ tổng hợp trang Chi tiết đơn vị; gửi riêng báo cáo của đơn vị nếu cần",
  "merge.status.membersUnknown":
    "Trang “{sheet}” có {count} cột số liệu không thuộc bộ biểu mẫu ({keys}…): không đọc được bảng tổng hợp, không tổng hợp.",
  "merge.status.via": "Thuộc bảng tổng hợp của {via}",
  "merge.member.noName": "(cột {column} chưa có tên đơn vị)",
  "merge.status.empty": "Biểu mẫu chưa nhập số liệu nào: không tổng hợp.",
  "merge.status.missingForms": "Thiếu: {forms}",
  "merge.status.duplicate": "Trùng đơn vị với tệp {others}: {choice}",
  "merge.status.duplicateChosen": "bản này được chọn để tổng hợp",
  "merge.status.duplicateNotChosen": "không dùng bản này",
  "merge.status.duplicateOpen": "chưa chọn bản nào, chưa tổng hợp đơn vị này",
  "merge.status.unlisted": "Đơn vị không có trong danh sách đơn vị",
  "merge.status.nearName":
    "Tên gần giống {others}: có phải là cùng một đơn vị? Nếu đúng, sửa tên trên trang Thông tin cho giống nhau rồi tổng hợp lại; hai tệp đang được tính là hai đơn vị",
  "merge.status.nearRoster":
    "Không có trong danh sách đơn vị, nhưng gần giống “{name}” trong danh sách: có phải là đơn vị này? Nếu đúng, sửa tên cho giống nhau",
  "merge.status.errorsSkipped": "Có lỗi: không tổng hợp (theo lựa chọn bỏ qua tệp có lỗi)",
  "merge.sheet.units": "Chi tiết đơn vị",
  "merge.sheet.overview": "Tổng quan",
  "overview.title": "TỔNG QUAN KẾT QUẢ TỔNG HỢP",
  "overview.subtitle": "{unit} — {round}: tổng hợp {units} đơn vị từ {files} tệp",
  "overview.submission": "1. Tình hình gửi báo cáo theo cấp",
  "overview.submissionHead": "Cấp|Trong danh sách|Đã gửi|Được tổng hợp|Có lỗi|Chưa gửi",
  "overview.total": "Tổng cộng",
  "overview.unidentified":
    "Ngoài ra {count} tệp không đọc được hoặc không rõ đơn vị (xem trang Báo cáo tổng hợp).",
  "overview.targets":
    "{no}. Mục tiêu của {form} ({name}) theo số liệu: từng cấp và từng đơn vị, xếp theo số mục tiêu đạt",
  "overview.rates": "3. Tỷ lệ theo cấp (%)",
  "overview.reported": "2. Số đơn vị có số liệu theo biểu mẫu",
  "overview.form": "Biểu mẫu",
  "overview.ofUnits": "{level} ({count} đơn vị)",
  "overview.reportedHint":
    "Số đơn vị có ít nhất một số liệu trong biểu mẫu. Từng chỉ tiêu: cột “Số đơn vị có số liệu” ở trang {sheet}.",
  "overview.ratesChart": "Tỷ lệ theo cấp (%)",
  "overview.unit": "Đơn vị",
  "overview.level": "Cấp",
  "overview.target": "Mục tiêu {no}",
  "overview.met": "Số mục tiêu đạt",
  "overview.rank": "Hạng",
  "overview.noData": "Chưa đủ số liệu",
  "overview.notApplicable": "Không áp dụng",
  "merge.sheet.report": "Báo cáo tổng hợp",
  "merge.units.title": "CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ",
  "merge.units.head": "Biểu mẫu|STT|Chỉ tiêu|Kỳ",
  "merge.units.row.level": "Cấp",
  "merge.units.row.code": "Mã đơn vị",
  "merge.units.row.via": "Qua bảng tổng hợp",
  "merge.units.row.file": "Tệp",
  "merge.units.total": "Tổng hợp",
  "merge.units.reported": "Số đơn vị có số liệu",
  "merge.units.levelTotal": "Cộng {level} ({count} đơn vị)",
  "merge.report.title": "BÁO CÁO TỔNG HỢP CÁC TỆP ĐƠN VỊ",
  "merge.report.summary":
    "{files} tệp; {included} đơn vị được tổng hợp; {missing} đơn vị chưa nộp; {duplicates} đơn vị nộp trùng",
  "merge.report.head": "STT|Tệp|Đơn vị|Cấp|Trạng thái|Lỗi|Cảnh báo|Tổng hợp|Ghi chú",
  "merge.report.missing": "Đơn vị trong danh sách chưa nộp tệp: {count}",
  "merge.report.flagged":
    "Dòng tổng hợp có số liệu của đơn vị mà tệp có lỗi ở chính dòng đó (đọc thận trọng, đề nghị đơn vị sửa): {count}",
  "roster.sheet": "Danh sách đơn vị",
  "roster.title": "DANH SÁCH ĐƠN VỊ BÁO CÁO",
  "roster.hint":
    "Nhập tên các đơn vị phải nộp báo cáo kỳ này, đúng như tên ghi trên trang Thông tin của đơn vị. Tổng hợp dùng danh sách này để biết đơn vị nào chưa nộp.",
  "roster.head": "STT|Tên đơn vị|Cấp",
  "merge.byMembers": "Theo đơn vị",
  "merge.included": "Có",
  "merge.excluded": "Không",

  "cli.help":
    "cchc — biểu mẫu báo cáo CCHC (CCHC reporting forms)\n\n" +
    "Cách dùng / Usage:\n" +
    '  cchc template --out TỆP.xlsx [--round MÃ_KỲ] [--forms PL1,PL3,THKQ] [--unit "Tên đơn vị"] [--level so|huyen|xa|nganhdoc] [--period "Kỳ báo cáo"] [--password MẬT_KHẨU]\n' +
    "      Tạo biểu mẫu trống / write the blank forms\n" +
    "  cchc check TỆP.xlsx... [THƯ_MỤC...] [--json] [--problems DANH_SÁCH.xlsx]\n" +
    "      Kiểm tra số liệu / check filled workbooks (exit 0 clean, 1 problems, 2 unreadable)\n" +
    "  cchc merge TỆP.xlsx... --out TỔNG_HỢP.xlsx [--round MÃ_KỲ] [--roster DANH_SÁCH.xlsx] [--problems-dir THƯ_MỤC] [--json]\n" +
    "      Tổng hợp các đơn vị / merge unit workbooks (exit 0 clean, 1 some problems, 2 nothing merged)\n" +
    "  cchc rounds\n" +
    "      Các kỳ báo cáo / the reporting rounds (MÃ_KỲ)\n\n" +
    "Biểu mẫu của kỳ hiện tại / forms of the current round: {forms}",
  "cli.badArgs": "Tham số không hợp lệ: {detail}. Xem: cchc --help",
  "cli.unknownCommand": "Lệnh không rõ: {command}. Các lệnh: template, check, merge, rounds.",
  "cli.needOut": "thiếu --out TỆP.xlsx",
  "cli.badOption": "tùy chọn {option} không có hoặc thiếu giá trị",
  "cli.needFile": "cần ít nhất một tệp .xlsx hoặc thư mục để kiểm tra",
  "cli.noWorkbooks": "không có tệp nào để kiểm tra trong {paths}",
  "cli.needFiles": "cần ít nhất một tệp hoặc thư mục của các đơn vị",
  "cli.unknownUse":
    "--use {file}: không có tệp này trong các tệp tổng hợp, hoặc tệp không đọc được",
  "cli.badRoster": "không đọc được danh sách đơn vị {file}: {detail}",
  "cli.mergeProgress": "[{i}/{n}] {file}: {status}",
  "cli.nothingMerged": "Không có tệp nào tổng hợp được.",
  "merge.defaultUnit": "Đơn vị tổng hợp",
  "cli.merged": "Đã ghi {out}: tổng hợp {merged} đơn vị từ {files} tệp.",
  "cli.duplicate":
    "Đơn vị {unit} nộp trùng ({files}): chưa tổng hợp. Chọn bản dùng bằng --use TỆP.",
  "cli.missing": "Chưa nộp: {units}",
  "cli.unknownForms": "biểu mẫu không có: {forms} (có: {known})",
  "cli.unknownRound": "kỳ báo cáo không có: {round} (có: {known}). Xem: cchc rounds",
  "cli.mixedRounds":
    "Các tệp thuộc nhiều kỳ báo cáo khác nhau: {rounds}. Không tổng hợp lẫn các kỳ: hãy chọn một kỳ bằng --round MÃ_KỲ (xem: cchc rounds).",
  "cli.roundFiles": "{round} ({n} tệp)",
  "cli.round": "{id} — {name} (phiên bản {version}): {forms}",
  "cli.unknownLevel": "cấp không hợp lệ: {level} (so, huyen, xa, nganhdoc)",
  "cli.written": "Đã ghi {file}: {count} trang tính.",
  "cli.outNoFolder":
    "--out {out}: thư mục {folder} không tồn tại. Hãy tạo thư mục hoặc chọn nơi ghi khác.",
  "cli.outIsInput":
    "--out {out}: trùng với (hoặc nằm trong) dữ liệu đầu vào {input}. Không ghi đè tệp của đơn vị: hãy chọn tệp kết quả khác.",
  "cli.fs.notFound": "thư mục hoặc tệp không tồn tại",
  "cli.fs.denied": "không có quyền ghi vào đó",
  "cli.fs.isFolder": "đó là một thư mục",
  "cli.fs.full": "đĩa đã đầy",
  "cli.fs.readOnly": "ổ đĩa chỉ cho đọc",
  "cli.unexpected":
    "cchc gặp lỗi không mong đợi: {detail}. Hãy chạy lại với CCHC_DEBUG=1 và gửi kết quả cho bộ phận hỗ trợ.",
  "cli.writeFailed": "Không ghi được {file}: {detail}",

  "error.office.AccessDenied":
    "Excel từ chối thay đổi: trang tính hoặc bảng tính đang được bảo vệ. Hãy nhập mật khẩu bảo vệ (nếu có) hoặc bỏ bảo vệ rồi thử lại.",
  "error.office.ApiNotFound":
    "Phiên bản Excel này chưa hỗ trợ một chức năng cần dùng. Hãy cập nhật Office, hoặc dùng Excel trên web; nút Tự kiểm tra (thẻ Hỗ trợ) cho biết chức năng nào thiếu.",
  "error.office.BadPassword": "Mật khẩu bảo vệ trang tính không đúng. Hãy nhập lại mật khẩu.",
  "error.office.Conflict":
    "Bảng tính vừa được người khác thay đổi cùng lúc. Hãy chờ một chút rồi thử lại.",
  "error.office.GeneralException":
    "Excel gặp lỗi khi thực hiện. Hãy lưu bảng tính, đóng và mở lại Excel rồi thử lại.",
  "error.office.InactiveWorkbook":
    "Bảng tính không còn được mở hoặc không còn được chọn. Hãy chọn lại bảng tính rồi thử lại.",
  "error.office.InvalidArgument":
    "Excel không nhận một giá trị mà phần bổ trợ gửi tới. Hãy chạy Tự kiểm tra (thẻ Hỗ trợ) và gửi báo cáo cho bộ phận hỗ trợ.",
  "error.office.InvalidOperation":
    "Excel không cho thực hiện thao tác này với bảng tính hiện tại. Hãy kiểm tra bảng tính có đang được bảo vệ cấu trúc (Xem lại → Bảo vệ sổ làm việc) hay không.",
  "error.office.InvalidOperationInCellEditMode":
    "Bạn đang nhập dở một ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập, rồi thử lại.",
  "error.office.InvalidReference":
    "Một vùng hoặc trang tính cần dùng không còn hợp lệ. Hãy chạy lại thao tác.",
  "error.office.ItemAlreadyExists":
    "Đã có một trang tính hoặc tên vùng trùng tên. Hãy đổi tên trang tính đó rồi thử lại.",
  "error.office.ItemNotFound":
    "Không tìm thấy một trang tính cần dùng: có thể nó vừa bị đổi tên hoặc xóa. Hãy chạy lại thao tác.",
  "error.office.MergedRangeConflict": "Vùng cần ghi có ô đã bị gộp. Hãy bỏ gộp ô rồi thử lại.",
  "error.office.NotImplemented":
    "Chức năng này chưa có trong phiên bản Excel đang dùng. Hãy cập nhật Office hoặc dùng Excel trên web.",
  "error.office.RequestAborted": "Excel đã ngắt thao tác giữa chừng. Hãy thử lại.",
  "error.office.RequestPayloadSizeLimitExceeded":
    "Dữ liệu gửi tới Excel quá lớn cho một lần ghi. Hãy tổng hợp ít tệp hơn mỗi lần, hoặc dùng lệnh cchc merge.",
  "error.office.ResponsePayloadSizeLimitExceeded":
    "Bảng tính quá lớn để đọc trong một lần. Hãy xóa các trang tính không cần rồi thử lại.",
  "error.office.UnsupportedOperation":
    "Excel không hỗ trợ thao tác này ở đây. Hãy thử lại trong Excel trên máy tính hoặc Excel trên web.",
  "error.office.unknown":
    "Excel báo lỗi {code}. Hãy thử lại; nếu vẫn lỗi, hãy chạy Tự kiểm tra (thẻ Hỗ trợ) và gửi báo cáo cho bộ phận hỗ trợ.",
  "ui.details": "Chi tiết",

  "ui.oldWebview":
    "Excel này chạy phần bổ trợ bằng trình duyệt Internet Explorer, quá cũ để chạy Báo cáo CCHC. Hãy dùng Excel của Microsoft 365 hoặc Office 2021 trở lên, hoặc Excel trên web (office.com).",
  "ui.tab.support": "Hỗ trợ",
  "ui.support.intro":
    "Mỗi phiên bản Excel có thể xử lý khác nhau. Tự kiểm tra chạy thử mọi chức năng phần mềm cần trên một trang tính tạm rồi xóa trang đó: bảng tính của bạn giữ nguyên. Gửi báo cáo kết quả cho bộ phận hỗ trợ khi gặp lỗi.",
  "ui.support.help": "Hướng dẫn sử dụng",
  "ui.selfTest.run": "Tự kiểm tra",
  "ui.selfTest.working": "Đang tự kiểm tra…",
  "ui.selfTest.copy": "Sao chép báo cáo",
  "ui.selfTest.copied": "Đã sao chép báo cáo: hãy dán vào thư gửi bộ phận hỗ trợ.",
  "ui.selfTest.copyFailed":
    "Không sao chép được: hãy chọn nội dung báo cáo bên dưới và sao chép bằng tay.",
  "ui.selfTest.head": "Chức năng|Kết quả|Chi tiết",
  "ui.selfTest.ok": "Đạt",
  "ui.selfTest.failed": "Lỗi",
  "ui.selfTest.unsupported": "Không hỗ trợ",
  "ui.selfTest.summary":
    "{ok}/{total} chức năng đạt. Office {version}, {platform}, ExcelApi {api}.",
  "ui.selfTest.cleanupFailed":
    "Chưa xóa được trang tính tạm của Tự kiểm tra ({detail}). Hãy xóa các trang có tên bắt đầu bằng cchc~.",
  "ui.selfTest.failedRun": "Không tự kiểm tra được: {detail}",
  "ui.selfTest.report": "Báo cáo Tự kiểm tra — Báo cáo CCHC",
  "ui.selfTest.scratch": "Tạo trang tính tạm",
  "ui.selfTest.formulaBinding": "Công thức giữa các trang tính",
  "ui.selfTest.textKept": "Giữ nguyên chữ (dấu -, +, số 0 đầu)",
  "ui.selfTest.listWithCommas": "Danh sách chọn có dấu phẩy",
  "ui.selfTest.protection": "Bảo vệ trang tính, có và không mật khẩu",
  "ui.selfTest.conditionalFormat": "Tô màu ô trên trang được bảo vệ",
  "ui.selfTest.multiSelect": "Chọn nhiều vùng một lúc",
  "ui.selfTest.pageLayout": "Thiết lập trang in",
  "ui.selfTest.largeWrite": "Ghi 4 MB dữ liệu một lần",
  "ui.title": "Báo cáo cải cách hành chính",
  "ui.loading": "Đang kết nối với Excel…",
  "ui.loadingTab": "Đang tải…",
  "ui.noOffice": "Trang này cần chạy trong Excel: hãy mở Excel, chọn Trang đầu → Báo cáo CCHC.",
  "ui.tab.create": "Tạo biểu mẫu",
  "ui.tab.check": "Kiểm tra",
  "ui.tab.merge": "Tổng hợp",
  "ui.oldExcel":
    "Phiên bản Excel này chưa hỗ trợ: {features}. Biểu mẫu vẫn được tạo, nhưng thiếu các phần đó.",
  "ui.feature.validation": "kiểm tra dữ liệu khi nhập (ExcelApi 1.8)",
  "ui.feature.pageLayout": "thiết lập trang in (ExcelApi 1.9)",
  "carry.stray": "{sheet}, hàng {row} (mã dòng {key}: không còn trong phiên bản {version})",
  "ui.create.intro":
    "Tạo các biểu mẫu báo cáo thành các trang tính: cột chỉ tiêu được khóa, chỉ các ô số liệu được nhập.",
  "ui.create.forms": "Biểu mẫu",
  "ui.advanced": "Tùy chọn nâng cao",
  "ui.firstRun.title": "Bắt đầu",
  "ui.firstRun.create":
    "Điền tên và cấp của đơn vị, rồi bấm Tạo biểu mẫu: các biểu mẫu được tạo thành các trang tính.",
  "ui.firstRun.fill":
    "Nhập số liệu vào các ô để trống của từng biểu mẫu; các ô tỷ lệ và tổng tự tính.",
  "ui.firstRun.check":
    "Mở thẻ Kiểm tra để soát lỗi và sửa; khi không còn lỗi, lưu tệp và gửi cho cơ quan tổng hợp.",
  "ui.create.all": "Chọn tất cả",
  "ui.create.unit": "Tên đơn vị báo cáo",
  "ui.create.unitHint": "Ví dụ: UBND xã Tân Hòa",
  "ui.create.level": "Cấp của đơn vị",
  "ui.create.levelNone": "Chưa chọn",
  "ui.create.needUnit": "Hãy nhập tên đơn vị: mọi kiểm tra và tổng hợp đều dựa vào tên này.",
  "ui.create.needLevel":
    "Hãy chọn cấp của đơn vị: các chỉ tiêu và mục tiêu phải báo cáo tùy theo cấp.",
  "ui.create.round": "Kỳ báo cáo",
  "ui.create.roundSet": "Bộ biểu mẫu",
  "ui.create.roundSetHint":
    "Đợt báo cáo và phiên bản biểu mẫu; Kiểm tra và Tổng hợp đọc đợt này từ trang Thông tin.",
  "ui.create.password": "Mật khẩu bảo vệ trang tính (không bắt buộc)",
  "ui.create.submit": "Tạo biểu mẫu",
  "ui.create.working": "Đang tạo biểu mẫu…",
  "ui.create.noForms": "Hãy chọn ít nhất một biểu mẫu.",
  "ui.create.done": "Đã tạo {count} trang tính: {sheets}.",
  "ui.create.kept": "Giữ nguyên: {sheets}.",
  "ui.create.carried": "Đã chuyển {count} ô số liệu sang biểu mẫu mới.",
  "ui.create.notCarried":
    "{count} ô của Bảng tổng hợp không chuyển được: biểu mẫu mới lấy số liệu này từ Phụ lục, và số đã nhập khác số của Phụ lục. Hãy xem lại Phụ lục cho đúng: {cells}.",
  "ui.create.dropped":
    "{count} hàng của phiên bản biểu mẫu cũ không còn trong biểu mẫu mới, số liệu đã nhập ở đó không chuyển được (các trang cũ đã được thay): {rows}. Hãy nhập lại vào dòng tương ứng của biểu mẫu mới.",
  "ui.create.aside": "cũ",
  "ui.create.leftover": "Trang tạm",
  "ui.create.renamed":
    "Trang tính của bạn trùng tên biểu mẫu đã được đổi tên, không xóa: {sheets}.",
  "ui.create.cancelled": "Đã hủy. Bảng tính không thay đổi.",
  "ui.create.failed": "Không tạo được biểu mẫu: {detail}",
  "ui.check.intro":
    "Đọc mọi biểu mẫu trong bảng tính, kiểm tra theo các quy tắc và đánh dấu các ô có vấn đề (đỏ: lỗi, vàng: cảnh báo).",
  "ui.check.password": "Mật khẩu bảo vệ trang tính (nếu có)",
  "ui.check.submit": "Kiểm tra",
  "ui.check.working": "Đang kiểm tra…",
  "ui.check.noForms":
    "Bảng tính chưa có biểu mẫu CCHC nào. Hãy tạo biểu mẫu trước (thẻ Tạo biểu mẫu).",
  "ui.check.locked":
    "Chưa đánh dấu được ô trên các trang có mật khẩu: {sheets}. Nhập mật khẩu bảo vệ trang tính rồi kiểm tra lại.",
  "ui.check.marked": "Đã đánh dấu {count} ô.",
  "ui.check.select": "Bấm vào một vấn đề để chọn các ô liên quan.",
  "ui.check.cover": "Trang Thông tin",
  "ui.problems.filters": "Lọc danh sách vấn đề",
  "ui.problems.all": "Tất cả ({count})",
  "ui.problems.errors": "Lỗi ({count})",
  "ui.problems.warnings": "Cảnh báo ({count})",
  "ui.problems.form": "{form} ({count})",
  "ui.problems.allForms": "Mọi trang",
  "ui.problems.previous": "Vấn đề trước",
  "ui.problems.next": "Vấn đề tiếp theo",
  "ui.problems.position": "{i}/{n}",
  "ui.problems.none": "Không có vấn đề nào theo bộ lọc này.",
  "ui.problems.visited": "đã xem",
  "ui.problems.walk": "Vấn đề {i}/{n}: {message}",
  "ui.problems.export": "Xuất danh sách",
  "ui.problems.exported":
    "Đã ghi danh sách {count} vấn đề vào trang “{sheet}”: có thể in hoặc gửi lại cho đơn vị.",
  "ui.problems.exportFailed": "Không ghi được danh sách vấn đề: {detail}",
  "problems.sheet": "Danh sách vấn đề",
  "problems.title": "DANH SÁCH VẤN ĐỀ CẦN SỬA — {unit}",
  "problems.head": "STT|Mức|Trang tính|Ô|Quy tắc|Nội dung",
  "problems.mergedSheet": "Lỗi các đơn vị",
  "problems.mergedTitle": "DANH SÁCH LỖI, CẢNH BÁO TRONG TỆP CỦA CÁC ĐƠN VỊ",
  "problems.mergedSummary":
    "{files} tệp có vấn đề, trong đó {refused} tệp không tổng hợp được. Lọc theo cột Đơn vị để gửi lại từng đơn vị.",
  "problems.mergedHead": "STT|Đơn vị|Tệp|Mức|Ô|Nội dung",
  "problems.notMerged": "không tổng hợp",
  "problems.more": "… và {count} vấn đề khác: đơn vị mở tệp, dùng Kiểm tra để xem đủ.",
  "cli.problemsOneFile": "--problems chỉ dùng khi kiểm tra một tệp",
  "cli.problemListsWritten":
    "Đã ghi danh sách lỗi của {count} tệp vào {dir}, để gửi lại từng đơn vị.",
  "cli.problemListName": "{file} - danh sách lỗi.xlsx",
  "cli.problemsWritten": "Đã ghi danh sách {count} vấn đề vào {file}.",
  "ui.check.stats": "Tóm tắt theo quy tắc",
  "ui.check.statLine":
    "Đã xét {checked} · đạt {passed} · vi phạm {failed} · bỏ qua (ô trống) {skipped}",
  "ui.check.targets":
    "Phụ lục 9, theo số liệu: Đạt {dat}, Không đạt {khongDat}, chưa đủ số liệu {open} (trong {total} mục tiêu tính được từ số liệu; {proposed} mục tiêu số liệu chỉ đo được một phần: đó là đề xuất, đơn vị chọn Đạt hoặc Không đạt).",
  "ui.check.failed": "Không kiểm tra được: {detail}",
  "ui.merge.exportProblems": "Xuất danh sách lỗi các tệp",
  "ui.merge.problemsExported": "Đã ghi vấn đề của {files} tệp vào trang “{sheet}”.",
  "ui.merge.intro":
    'Chọn hoặc kéo thả các tệp .xlsx của các đơn vị (hoặc cả thư mục). Mỗi tệp được nhận diện qua trang Thông tin, kiểm tra như Kiểm tra, rồi tổng hợp vào các trang "TH …" của bảng tính này.',
  "ui.merge.pickFiles": "Chọn tệp",
  "ui.merge.pickFolder": "Chọn thư mục",
  "ui.merge.drop": "Kéo thả tệp hoặc thư mục vào đây",
  "ui.merge.reading": "Đang đọc {i}/{n}: {file}",
  "ui.merge.checking": "Đang kiểm tra {i}/{n}: {file}",
  "ui.merge.merging": "Đang tổng hợp số liệu các đơn vị…",
  "ui.merge.step.read": "Đọc các tệp",
  "ui.merge.step.check": "Kiểm tra số liệu",
  "ui.merge.step.merge": "Tổng hợp số liệu",
  "ui.merge.step.write": "Ghi vào bảng tính",
  "ui.merge.cancel": "Hủy",
  "ui.merge.cancelled": "Đã hủy. Chưa ghi gì vào bảng tính.",
  "ui.merge.writing": "Đang ghi kết quả tổng hợp…",
  "ui.merge.writingRows":
    "Đang ghi kết quả tổng hợp: chi tiết theo đơn vị, {done}/{total} chỉ tiêu",
  "ui.merge.noRoster": "Bảng tính chưa có Danh sách đơn vị, nên chưa biết đơn vị nào chưa nộp.",
  "ui.merge.createRoster": "Tạo danh sách đơn vị",
  "ui.merge.rosterCreated": "Đã tạo trang Danh sách đơn vị: nhập tên các đơn vị rồi tổng hợp lại.",
  "ui.merge.rosterFilled":
    "Đã tạo trang Danh sách đơn vị với {count} đơn vị vừa tổng hợp: thêm các đơn vị chưa nộp rồi tổng hợp lại.",
  "ui.merge.nearAsk":
    "Có tên đơn vị gần giống nhau (khác một chữ hoặc một dấu). Hãy cho biết có phải cùng một đơn vị không:",
  "ui.merge.nearPair": "“{a}” ({fileA}) và “{b}” ({fileB})",
  "ui.merge.nearSame": "Cùng một đơn vị (chọn tệp dùng ở bước sau)",
  "ui.merge.nearTwo": "Hai đơn vị khác nhau",
  "ui.merge.duplicates": "Các đơn vị sau nộp nhiều tệp. Chọn tệp dùng để tổng hợp:",
  "ui.merge.skipUnit": "Không tổng hợp đơn vị này",
  "ui.merge.copy": "{file} ({details})",
  "ui.merge.copySaved": "lưu lúc {date}",
  "ui.merge.copyPreparer": "người lập {name}",
  "ui.merge.copyFilled": "{n} ô số liệu",
  "ui.merge.write": "Ghi kết quả tổng hợp",
  "ui.merge.done": "Đã tổng hợp {merged} đơn vị từ {files} tệp vào các trang TH.",
  "ui.merge.problems":
    "{bad} tệp không tổng hợp được hoặc có vấn đề; xem trang TH Báo cáo tổng hợp.",
  "ui.merge.missing": "Chưa nộp ({count}): {units}",
  "ui.merge.nothing": "Không có tệp nào tổng hợp được. Chưa ghi gì vào bảng tính.",
  "ui.merge.collision":
    "Bảng tính đã có trang tính cùng tên do người dùng tạo: {sheets}. Hãy đổi tên các trang đó rồi tổng hợp lại; chưa ghi gì.",
  "ui.merge.failed": "Không tổng hợp được: {detail}",
  "ui.merge.showProblems": "Xem {total} lỗi, cảnh báo của tệp",
  "ui.merge.showFirstProblems": "Xem {shown} lỗi, cảnh báo đầu tiên của tệp (trong {total})",
  "ui.merge.skipErrors":
    "Bỏ qua các tệp có lỗi (nếu không chọn: vẫn tổng hợp, các dòng có số liệu của tệp có lỗi được ghi chú)",
  "ui.merge.files": "Các tệp đã đọc",
  "ui.merge.counted": "Tổng hợp: {answer}",
  "ui.conflict.title": "Biểu mẫu đã có trong bảng tính",
  "ui.conflict.body": "Các trang tính sau đã có: {sheets}. Bạn muốn làm gì?",
  "ui.conflict.keep": "Giữ nguyên, chỉ tạo phần còn thiếu",
  "ui.conflict.replace": "Tạo lại, giữ số liệu đã nhập",
  "ui.conflict.cancel": "Hủy",
  "ui.conflict.password": "Mật khẩu bảo vệ các trang tạo lại",
  "ui.conflict.passwordHint":
    "Khi tạo lại, các trang mới được bảo vệ bằng mật khẩu này; để trống nếu không dùng mật khẩu.",
} as const;

export type MessageCode = keyof typeof vi;
