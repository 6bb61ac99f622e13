import { cell, drop, rateOf, row, totalOf, yesNo } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form, Row } from "../../../catalogue/schema";

const F = "THKQ";
const u = (unit: string) => ({ unit });
const done01 = (zero: string) => [
  { code: 0, label: zero },
  { code: 1, label: "Hoàn thành" },
];
const inProgress = [
  { code: 0, label: "Chưa" },
  { code: 1, label: "Đang làm" },
  { code: 2, label: "Hoàn thành" },
];

/** Rows below a section heading (I–VII) sit one level deeper than their STT says. */
const section = (stt: string, key: string, label: string, rows: Row[]): Row[] => [
  row(stt, key, "group", label),
  ...rows.map((r) => ({ ...r, depth: r.depth + 1 })),
];

export const thkq: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "BẢNG TỔNG HỢP",
  title: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC GIAI ĐOẠN 2021-2025",
  indicatorHeader: "Các chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  notes: true,
  fixes: [
    { seed: "52", fixed: "5.2", why: "thiếu dấu chấm trong số thứ tự (mục III)" },
    {
      seed: "(Có tổ chức 1; Không tổ chức = 0)",
      fixed: "Có tổ chức = 1; Không tổ chức = 0",
      why: 'thiếu dấu "="',
    },
  ],
  rows: [
    ...section("I", "thkq.i", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", [
      row(
        "1",
        "thkq.i.docs",
        "count",
        "Số lượng văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị công văn chỉ đạo, quán triệt)",
        u("Văn bản")
      ),
      row(
        "1.1",
        "thkq.i.docs.party",
        "count",
        "Nghị quyết, Quyết định, Chỉ thị, Thông báo của cấp ủy Đảng",
        u("Văn bản")
      ),
      row(
        "1.2",
        "thkq.i.docs.government",
        "count",
        "Quyết định, Chỉ thị, Kết luận, công văn chỉ đạo, quán triệt",
        u("Văn bản")
      ),
      row("2", "thkq.i.plan.rate", "rate", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", {
        unit: "%",
        expr: rateOf(F, "thkq.i.plan.done", "thkq.i.plan.tasks"),
      }),
      row("2.1", "thkq.i.plan.tasks", "count", "Số nhiệm vụ đề ra trong kế hoạch", u("Nhiệm vụ")),
      row("2.2", "thkq.i.plan.done", "count", "Số nhiệm vụ đã hoàn thành", u("Nhiệm vụ")),
      row("3", "thkq.i.inspection", "group", "Kiểm tra CCHC"),
      row(
        "3.1",
        "thkq.i.inspection.units_rate",
        "enteredRate",
        "Tỷ lệ đơn vị được kiểm tra",
        u("%")
      ),
      row(
        "3.2",
        "thkq.i.inspection.rate",
        "rate",
        "Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra",
        {
          unit: "%",
          expr: rateOf(F, "thkq.i.inspection.resolved", "thkq.i.inspection.found"),
        }
      ),
      row(
        "3.2.1",
        "thkq.i.inspection.found",
        "count",
        "Số vấn đề phát hiện qua kiểm tra",
        u("Vấn đề")
      ),
      row(
        "3.2.2",
        "thkq.i.inspection.resolved",
        "count",
        "Số vấn đề phát hiện đã xử lý xong",
        u("Vấn đề")
      ),
      row("4", "thkq.i.outreach", "group", "Tuyên truyền CCHC"),
      row("4.1", "thkq.i.outreach.contest", "yesNo", "Tổ chức cuộc thi tìm hiểu CCHC", {
        codes: yesNo("Có tổ chức", "Không tổ chức"),
      }),
      row(
        "4.2",
        "thkq.i.outreach.bulletins",
        "count",
        "Số lượng bản tin chuyên đề CCHC trên đài PT- TH tỉnh, huyện",
        u("Bản tin")
      ),
      row("4.3", "thkq.i.outreach.classes", "count", "Số lớp tập huấn chuyên đề CCHC", u("Lớp")),
      row(
        "4.4",
        "thkq.i.outreach.webpage",
        "yesNo",
        "Xây dựng chuyên mục CCHC trên Cổng TTĐT của cơ quan, đơn vị, địa phương",
        {
          codes: yesNo("Có xây dựng", "Không xây dựng"),
        }
      ),
      row("4.5", "thkq.i.outreach.other", "text", "Hình thức tuyên truyền CCHC khác (nếu có)."),
      row(
        "5",
        "thkq.i.initiatives",
        "count",
        "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng",
        u("Mô hình")
      ),
      row("6", "thkq.i.survey", "group", "Khảo sát sự hài lòng của người dân"),
      row("6.1", "thkq.i.survey.forms", "count", "Số lượng phiếu khảo sát", u("Phiếu")),
      row("6.2", "thkq.i.survey.method", "status", "Hình thức khảo sát", {
        codes: [
          { code: 0, label: "Trực tuyến" },
          { code: 1, label: "Phát phiếu" },
          { code: 2, label: "Kết hợp", mixed: true },
        ],
        // units that survey differently make a "Kết hợp" together, not the lowest code
        aggregate: "sameOrMixed",
      }),
      row("6.3", "thkq.i.survey.satisfaction", "enteredRate", "Mức độ hài lòng chung", {
        unit: "%",
        weight: "thkq.i.survey.forms",
      }),
      row(
        "7",
        "thkq.i.dialogue",
        "yesNo",
        "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp",
        // seed 002: "Không = 0; Có = 1; Ghi rõ bao nhiêu cuộc"
        { codes: yesNo("Có", "Không"), noteAsk: "Ghi rõ bao nhiêu cuộc" }
      ),
      row("8", "thkq.i.assigned", "group", "Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao"),
      row("8.1", "thkq.i.assigned.total", "count", "Tổng số nhiệm vụ được giao", u("Nhiệm vụ")),
      row(
        "8.2",
        "thkq.i.assigned.on_time",
        "count",
        "Số nhiệm vụ đã hoàn thành đúng hạn",
        u("Nhiệm vụ")
      ),
      row(
        "8.3",
        "thkq.i.assigned.late",
        "count",
        "Số nhiệm vụ đã hoàn thành nhưng quá hạn",
        u("Nhiệm vụ")
      ),
      row(
        "8.4",
        "thkq.i.assigned.overdue",
        "count",
        "Số nhiệm vụ quá hạn nhưng chưa hoàn thành",
        u("Nhiệm vụ")
      ),
    ]),
    ...section("II", "thkq.ii", "CẢI CÁCH THỂ CHẾ", [
      row(
        "1",
        "thkq.ii.issued",
        "count",
        "Số văn bản quy phạm pháp luật (VBQPPL) tham mưu HĐND, UBND tỉnh (huyện) đã ban hành",
        u("Văn bản")
      ),
      row("", "thkq.ii.issued.by_type", "group", "Chia theo tên loại VBQPPL", { depth: 1 }),
      row("", "thkq.ii.issued.hdnd_tinh", "count", "Nghị quyết của Hội đồng nhân dân tỉnh", {
        unit: "Văn bản",
        depth: 2,
      }),
      row("", "thkq.ii.issued.ubnd_tinh", "count", "Quyết định của Ủy ban nhân dân cấp tỉnh", {
        unit: "Văn bản",
        depth: 2,
      }),
      row("", "thkq.ii.issued.hdnd_huyen", "count", "Nghị quyết của Hội đồng nhân dân cấp huyện", {
        unit: "Văn bản",
        depth: 2,
        fixes: [
          {
            seed: "Nghị quyết của Hội đồng nhân cấp huyện",
            fixed: "Nghị quyết của Hội đồng nhân dân cấp huyện",
            why: 'thiếu chữ "dân"',
          },
        ],
      }),
      row("", "thkq.ii.issued.ubnd_huyen", "count", "Quyết định của Ủy ban nhân dân cấp huyện", {
        unit: "Văn bản",
        depth: 2,
      }),
      row("", "thkq.ii.issued.hdnd_xa", "count", "Nghị quyết của Hội đồng nhân dân cấp xã", {
        unit: "Văn bản",
        depth: 2,
      }),
      row("", "thkq.ii.issued.ubnd_xa", "count", "Quyết định của Ủy ban nhân dân cấp xã", {
        unit: "Văn bản",
        depth: 2,
      }),
      row("2", "thkq.ii.inspected", "group", "Kiểm tra, xử lý VBQPPL"),
      row(
        "2.1",
        "thkq.ii.inspected.count",
        "count",
        "Số VBQPPL đã kiểm tra thuộc thẩm quyền",
        u("Văn bản")
      ),
      row("2.2", "thkq.ii.inspected.rate", "rate", "Tỷ lệ xử lý VBQPPL sau kiểm tra", {
        unit: "%",
        expr: rateOf(F, "thkq.ii.inspected.handled", "thkq.ii.inspected.to_handle"),
      }),
      row(
        "2.2.1",
        "thkq.ii.inspected.to_handle",
        "count",
        "Tổng số VBQPPL cần phải xử lý sau kiểm tra",
        u("Văn bản")
      ),
      row(
        "2.2.2",
        "thkq.ii.inspected.handled",
        "count",
        "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
        u("Văn bản")
      ),
      row("3", "thkq.ii.reviewed", "group", "Rà soát VBQPPL"),
      row(
        "3.1",
        "thkq.ii.reviewed.count",
        "count",
        "Số VBQPPL đã rà soát thuộc thẩm quyền của cấp tỉnh",
        u("Văn bản")
      ),
      row("3.2", "thkq.ii.reviewed.rate", "rate", "Tỷ lệ xử lý VBQPPL sau rà soát", {
        unit: "%",
        expr: rateOf(F, "thkq.ii.reviewed.handled", "thkq.ii.reviewed.to_handle"),
      }),
      row(
        "3.2.1",
        "thkq.ii.reviewed.to_handle",
        "count",
        "Tổng số VBQPPL cần phải xử lý sau rà soát",
        u("Văn bản")
      ),
      row(
        "3.2.2",
        "thkq.ii.reviewed.handled",
        "count",
        "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
        u("Văn bản")
      ),
      row(
        "4",
        "thkq.ii.unlawful",
        "count",
        "Số VBQPPL trái pháp luật về nội dung, thẩm quyền",
        u("Văn bản")
      ),
      row(
        "5",
        "thkq.ii.unlawful_handled",
        "count",
        "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý",
        u("Văn bản")
      ),
      row(
        "6",
        "thkq.ii.quasi",
        "count",
        "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật",
        u("Văn bản")
      ),
    ]),
    ...section("III", "thkq.iii", "CẢI CÁCH TTHC", [
      row("1", "thkq.iii.procedures", "group", "Thống kê TTHC"),
      row(
        "1.1",
        "thkq.iii.procedures.simplified",
        "count",
        "Số TTHC đã được phê duyệt phương án đơn giản hóa",
        u("Thủ tục")
      ),
      row(
        "1.2",
        "thkq.iii.procedures.new",
        "count",
        "Số TTHC công bố mới thuộc thẩm quyền giải quyết",
        u("Thủ tục")
      ),
      row(
        "1.3",
        "thkq.iii.procedures.abolished",
        "count",
        "Số TTHC bãi bỏ, thay thế",
        u("Thủ tục")
      ),
      row("1.4", "thkq.iii.procedures.total", "total", "Tổng số TTHC của tỉnh", {
        unit: "Thủ tục",
        expr: totalOf(
          F,
          "thkq.iii.procedures.tinh",
          "thkq.iii.procedures.huyen",
          "thkq.iii.procedures.xa"
        ),
      }),
      row(
        "1.4.1",
        "thkq.iii.procedures.tinh",
        "count",
        "Số lượng TTHC cấp tỉnh (sở, ban, ngành cấp tỉnh)",
        { ...u("Thủ tục"), aggregate: "perLevel" }
      ),
      row("1.4.2", "thkq.iii.procedures.huyen", "count", "Số lượng TTHC cấp huyện", {
        ...u("Thủ tục"),
        aggregate: "perLevel",
      }),
      row("1.4.3", "thkq.iii.procedures.xa", "count", "Số lượng TTHC cấp xã", {
        ...u("Thủ tục"),
        aggregate: "perLevel",
      }),
      row(
        "2",
        "thkq.iii.published",
        "count",
        "Số lượng TTHC được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
        u("Thủ tục")
      ),
      row("3", "thkq.iii.one_stop", "group", "Thực hiện cơ chế một cửa, một cửa liên thông"),
      row(
        "3.1",
        "thkq.iii.one_stop.tinh",
        "count",
        "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
        u("Thủ tục")
      ),
      row(
        "3.2",
        "thkq.iii.one_stop.huyen",
        "count",
        "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Tiếp nhận và trả kết quả cấp huyện",
        u("Thủ tục")
      ),
      row(
        "3.3",
        "thkq.iii.one_stop.xa",
        "count",
        "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Tiếp nhận và trả kết quả cấp xã",
        u("Thủ tục")
      ),
      row(
        "3.4",
        "thkq.iii.one_stop.same_level",
        "count",
        "Số TTHC liên thông cùng cấp",
        u("Thủ tục")
      ),
      row(
        "3.5",
        "thkq.iii.one_stop.across_levels",
        "count",
        "Số TTHC liên thông giữa các cấp chính quyền",
        u("Thủ tục")
      ),
      row(
        "3.6",
        "thkq.iii.one_stop.anywhere",
        "count",
        "Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính",
        u("Thủ tục")
      ),
      row("4", "thkq.iii.on_time", "group", "Kết quả giải quyết hồ sơ TTHC"),
      row(
        "4.1",
        "thkq.iii.on_time.tinh",
        "enteredRate",
        "Tỷ lệ hồ sơ TTHC cấp sở, ban, ngành cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
        u("%")
      ),
      row(
        "4.2",
        "thkq.iii.on_time.huyen",
        "enteredRate",
        "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
        u("%")
      ),
      row(
        "4.3",
        "thkq.iii.on_time.xa",
        "enteredRate",
        "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
        u("%")
      ),
      row("5", "thkq.iii.feedback", "group", "Tiếp nhận và xử lý PAKN về TTHC"),
      row(
        "5.1",
        "thkq.iii.feedback.received",
        "count",
        "Số lượng PAKN đã tiếp nhận trong năm",
        u("PAKN")
      ),
      row(
        "5.2",
        "thkq.iii.feedback.resolved",
        "count",
        "Số lượng PAKN đã giải quyết trong năm",
        u("PAKN")
      ),
      row(
        "5.3",
        "thkq.iii.feedback.published",
        "count",
        "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT",
        u("PAKN")
      ),
      row("6", "thkq.iii.digitised", "group", "Số hóa hồ sơ"),
      row(
        "6.1",
        "thkq.iii.digitised.results",
        "enteredRate",
        "Tỷ lệ hồ sơ TTHC số hóa hồ sơ, kết quả giải quyết TTHC",
        u("%")
      ),
      row(
        "6.2",
        "thkq.iii.digitised.reused",
        "enteredRate",
        "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
        u("%")
      ),
      row(
        "6.3",
        "thkq.iii.digitised.e_results",
        "enteredRate",
        "Tỷ lệ hồ sơ cấp kết quả điện tử",
        u("%")
      ),
    ]),
    ...section("IV", "thkq.iv", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", [
      row("1", "thkq.iv.structure", "group", "Sắp xếp, kiện toàn tổ chức bộ máy"),
      row(
        "1.1",
        "thkq.iv.structure.units_rate",
        "enteredRate",
        "Tỷ lệ cơ quan, đơn vị thuộc, trực thuộc đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ",
        u("%")
      ),
      // computed from its two parts: 1.2.1 is the 2015 count the cut is measured against (docs/catalogue.md)
      row(
        "1.2",
        "thkq.iv.structure.service_cut_rate",
        "rate",
        "Tỷ lệ đơn vị sự nghiệp thuộc, trực thuộc đã cắt giảm so với năm 2015",
        {
          unit: "%",
          expr: drop(
            cell(F, "thkq.iv.structure.service_total"),
            cell(F, "thkq.iv.structure.service_now")
          ),
        }
      ),
      row(
        "1.2.1",
        "thkq.iv.structure.service_total",
        "count",
        "Tổng số đơn vị sự nghiệp thuộc, trực thuộc",
        u("Đơn vị")
      ),
      row(
        "1.2.2",
        "thkq.iv.structure.service_now",
        "count",
        "Số đơn vị sự nghiệp tại thời điểm báo cáo",
        u("Đơn vị")
      ),
      row("2", "thkq.iv.civil", "group", "Số liệu về biên chế công chức"),
      row(
        "2.1",
        "thkq.iv.civil.quota",
        "count",
        "Tổng số biên chế được giao trong năm",
        u("Người")
      ),
      row(
        "2.2",
        "thkq.iv.civil.present",
        "count",
        "Tổng số biên chế có mặt tại thời điểm báo cáo",
        u("Người")
      ),
      row(
        "2.3",
        "thkq.iv.civil.contracts",
        "count",
        "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước",
        u("Người")
      ),
      row(
        "2.4",
        "thkq.iv.civil.reduced",
        "count",
        "Số biên chế đã tinh giản trong năm",
        u("Người")
      ),
      row(
        "2.5",
        "thkq.iv.civil.reduced_rate",
        "enteredRate",
        "Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015",
        u("%")
      ),
      row(
        "3",
        "thkq.iv.service",
        "group",
        "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập (nếu có)"
      ),
      row("3.1", "thkq.iv.service.quota", "count", "Tổng số người làm việc được giao", u("Người")),
      row("3.2", "thkq.iv.service.present", "count", "Tổng số người làm việc có mặt", u("Người")),
      row("3.3", "thkq.iv.service.reduced", "count", "Số người đã tinh giản trong năm", u("Người")),
      row(
        "3.4",
        "thkq.iv.service.reduced_rate",
        "enteredRate",
        "Tỷ lệ % đã tinh giản so với năm 2015",
        u("%")
      ),
    ]),
    ...section("V", "thkq.v", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
      row("1", "thkq.v.positions", "group", "Vị trí việc làm của công chức, viên chức"),
      row(
        "1.1",
        "thkq.v.positions.agencies",
        "count",
        "Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định",
        u("Đơn vị")
      ),
      row(
        "1.2",
        "thkq.v.positions.service_units",
        "count",
        "Số đơn vị sự nghiệp (nếu có) đã được phê duyệt vị trí việc làm theo quy định",
        u("Đơn vị")
      ),
      row(
        "1.3",
        "thkq.v.positions.violations",
        "count",
        "Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra",
        u("Đơn vị")
      ),
      row("2", "thkq.v.hiring", "group", "Tuyển dụng công chức, viên chức"),
      row(
        "2.1",
        "thkq.v.hiring.civil_exam",
        "count",
        "Số công chức được tuyển dụng (thi tuyển, xét tuyển)",
        u("Người")
      ),
      row(
        "2.2",
        "thkq.v.hiring.civil_special",
        "count",
        "Số công chức được tuyển dụng theo trường hợp đặc biệt",
        u("Người")
      ),
      row(
        "2.3",
        "thkq.v.hiring.commune_promoted",
        "count",
        "Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên.",
        u("Người")
      ),
      row(
        "2.4",
        "thkq.v.hiring.public_exam",
        "count",
        "Số viên chức được tuyển dụng (thi tuyển, xét tuyển).",
        u("Người")
      ),
      row(
        "2.5",
        "thkq.v.hiring.public_special",
        "count",
        "Số viên chức được tuyển dụng theo trường hợp đặc biệt.",
        u("Người")
      ),
      row(
        "3",
        "thkq.v.leaders_by_exam",
        "count",
        "Số lượng lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển (Lũy kế từ đầu năm)",
        u("Người")
      ),
      row(
        "4",
        "thkq.v.discipline",
        "count",
        "Số lượng CBCCVC bị kỷ luật (cả về Đảng và chính quyền).",
        u("Người")
      ),
      row(
        "4.1",
        "thkq.v.discipline.department_leaders",
        "count",
        "Số lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật.",
        u("Người")
      ),
      row(
        "4.2",
        "thkq.v.discipline.division_leaders",
        "count",
        "Số lãnh đạo cấp phòng thuộc sở, ngành và UBND cấp huyện bị kỷ luật.",
        u("Người")
      ),
      row(
        "4.3",
        "thkq.v.discipline.service_staff",
        "count",
        "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật.",
        u("Người")
      ),
      row(
        "5",
        "thkq.v.trained",
        "count",
        "Số lượng công chức, viên chức được bồi dưỡng, tập huấn hằng năm",
        u("Người")
      ),
      row("6", "thkq.v.courses", "count", "Số lượng các lớp đào tạo, bồi dưỡng", {
        unit: "Lớp",
        fixes: [{ seed: "Người", fixed: "Lớp", why: 'đơn vị tính của số lớp ghi nhầm là "Người"' }],
      }),
    ]),
    ...section("VI", "thkq.vi", "CẢI CÁCH TÀI CHÍNH CÔNG", [
      row(
        "1",
        "thkq.vi.disbursement.rate",
        "rate",
        "Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công (nếu có)",
        {
          unit: "%",
          expr: rateOf(F, "thkq.vi.disbursement.done", "thkq.vi.disbursement.plan"),
        }
      ),
      row("1.1", "thkq.vi.disbursement.plan", "amount", "Kế hoạch được giao", u("Triệu đồng")),
      row("1.2", "thkq.vi.disbursement.done", "amount", "Đã thực hiện", u("Triệu đồng")),
      row(
        "2",
        "thkq.vi.autonomy",
        "group",
        "Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) (lũy kế đến thời điểm báo cáo)"
      ),
      row(
        "3",
        "thkq.vi.units",
        "count",
        "Tổng số ĐVSN công lập tại cơ quan, đơn vị, địa phương (nếu có)",
        u("Đơn vị")
      ),
      row(
        "3.1",
        "thkq.vi.units.full",
        "count",
        "Số ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư",
        u("Đơn vị")
      ),
      row(
        "3.2",
        "thkq.vi.units.recurrent",
        "count",
        "Số ĐVSN tự bảo đảm chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.3",
        "thkq.vi.units.partial",
        "count",
        "Số ĐVSN tự bảo đảm một phần chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.3.1",
        "thkq.vi.units.partial_70",
        "count",
        "Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.3.2",
        "thkq.vi.units.partial_30",
        "count",
        "Số ĐVSN tự bảo đảm từ 30% - dưới 70% chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.3.3",
        "thkq.vi.units.partial_10",
        "count",
        "Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.4",
        "thkq.vi.units.state",
        "count",
        "Số ĐVSN do Nhà nước bảo đảm chi thường xuyên",
        u("Đơn vị")
      ),
      row(
        "3.5",
        "thkq.vi.units.equitised",
        "count",
        "Số lượng ĐVSN đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
        u("Đơn vị")
      ),
    ]),
    ...section("VII", "thkq.vii", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
      row(
        "1",
        "thkq.vii.architecture",
        "status",
        "Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất",
        { codes: done01("Chưa") }
      ),
      row("2", "thkq.vii.meetings", "status", "Xây dựng và vận hành Hệ thống họp trực tuyến", {
        codes: done01("Chưa có"),
      }),
      row(
        "3",
        "thkq.vii.reports",
        "enteredRate",
        "Tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia",
        u("%")
      ),
      row(
        "4",
        "thkq.vii.lgsp",
        "status",
        "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)",
        { codes: inProgress }
      ),
      row("5", "thkq.vii.edocs", "group", "Số liệu về trao đổi văn bản điện tử"),
      row(
        "5.1",
        "thkq.vii.edocs.linked",
        "enteredRate",
        "Tỷ lệ cơ quan, đơn vị thuộc, trực thuộc đã kết nối, liên thông với các Hệ thống quản lý văn bản điều hành của tỉnh",
        u("%")
      ),
      row(
        "5.2",
        "thkq.vii.edocs.usage",
        "enteredRate",
        "Tỷ lệ sử dụng văn bản điện tử của cơ quan, đơn vị, địa phương (Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử; sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử, trừ văn bản mật).",
        u("%")
      ),
      row(
        "5.2.1",
        "thkq.vii.edocs.usage.tinh",
        "enteredRate",
        "Tỷ lệ sử dụng văn bản điện tử của các sở, ban, ngành cấp tỉnh",
        {
          unit: "%",
          fixes: [
            {
              seed: "các sở, ban , ngành cấp tỉnh",
              fixed: "các sở, ban, ngành cấp tỉnh",
              why: "dấu cách thừa trước dấu phẩy",
            },
          ],
        }
      ),
      row(
        "5.2.2",
        "thkq.vii.edocs.usage.huyen",
        "enteredRate",
        "Tỷ lệ sử dụng văn bản điện tử của UBND cấp huyện",
        u("%")
      ),
      row(
        "5.2.3",
        "thkq.vii.edocs.usage.xa",
        "enteredRate",
        "Tỷ lệ sử dụng văn bản điện tử của UBND cấp xã",
        u("%")
      ),
      row(
        "5.3",
        "thkq.vii.one_stop",
        "status",
        "Kết nối liên thông với Hệ thống thông tin một cửa điện tử tập trung của tỉnh",
        { codes: inProgress }
      ),
      row("6", "thkq.vii.online", "group", "Cung cấp dịch vụ công trực tuyến"),
      row("6.1", "thkq.vii.online.full_rate", "rate", "Tỷ lệ DVCTT toàn trình đủ điều kiện", {
        unit: "%",
        expr: rateOf(F, "thkq.vii.online.full", "thkq.vii.online.eligible"),
      }),
      row(
        "6.1.1",
        "thkq.vii.online.eligible",
        "count",
        "Tổng số DVC đủ điều kiện lên trực tuyến toàn trình",
        { ...u("Thủ tục"), aggregate: "perLevel" }
      ),
      row("6.1.2", "thkq.vii.online.full", "count", "Số lượng DVCTT toàn trình", {
        ...u("Thủ tục"),
        aggregate: "perLevel",
      }),
      row(
        "6.2",
        "thkq.vii.online.used_rate",
        "rate",
        "Tỷ lệ DVC có phát sinh hồ sơ nộp trực tuyến (toàn trình + một phần)",
        {
          unit: "%",
          expr: rateOf(F, "thkq.vii.online.used_online", "thkq.vii.online.used"),
        }
      ),
      row(
        "6.2.1",
        "thkq.vii.online.used",
        "count",
        "Tổng số DVCTT có phát sinh hồ sơ (gồm các DVCTT có phát sinh hồ sơ trực tuyến hoặc trực tiếp hoặc cả 2 hình thức)",
        u("Thủ tục")
      ),
      row(
        "6.2.2",
        "thkq.vii.online.used_online",
        "count",
        "Số DVCTT có phát sinh hồ sơ trực tuyến",
        u("Thủ tục")
      ),
      row("6.3", "thkq.vii.dossiers.full_rate", "rate", "Tỷ lệ hồ sơ trực tuyến toàn trình", {
        unit: "%",
        expr: rateOf(F, "thkq.vii.dossiers.full_online", "thkq.vii.dossiers.full"),
      }),
      row(
        "6.3.1",
        "thkq.vii.dossiers.full",
        "count",
        "Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp)",
        u("Hồ sơ")
      ),
      row(
        "6.3.2",
        "thkq.vii.dossiers.full_online",
        "count",
        "Số hồ sơ nộp trực tuyến của các DVCTT toàn trình",
        u("Hồ sơ")
      ),
      row("6.4", "thkq.vii.dossiers.partial_rate", "rate", "Tỷ lệ hồ sơ trực tuyến một phần", {
        unit: "%",
        expr: rateOf(F, "thkq.vii.dossiers.partial_online", "thkq.vii.dossiers.partial"),
      }),
      row(
        "6.4.1",
        "thkq.vii.dossiers.partial",
        "count",
        "Tổng số hồ sơ của DVCTT một phần (gồm hồ sơ nộp trực tuyến + trực tiếp)",
        u("Hồ sơ")
      ),
      row(
        "6.4.2",
        "thkq.vii.dossiers.partial_online",
        "count",
        "Số hồ sơ nộp trực tuyến của các DVCTT một phần",
        u("Hồ sơ")
      ),
      row(
        "6.5",
        "thkq.vii.payment.rate",
        "rate",
        "Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến",
        {
          unit: "%",
          expr: rateOf(F, "thkq.vii.payment.integrated", "thkq.vii.payment.fees"),
        }
      ),
      row(
        "6.5.1",
        "thkq.vii.payment.fees",
        "count",
        "Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,...)",
        { ...u("Thủ tục"), aggregate: "perLevel" }
      ),
      row(
        "6.5.2",
        "thkq.vii.payment.integrated",
        "count",
        "Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên cổng DVC của tỉnh",
        { ...u("Thủ tục"), aggregate: "perLevel" }
      ),
      row(
        "7",
        "thkq.vii.targets",
        "assessmentSummary",
        "Đánh giá mức độ thực hiện các mục tiêu CCHC (Đạt/không đạt)"
      ),
    ]),
  ],
};
