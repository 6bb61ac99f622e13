import { rateOf, row, yesNo } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const F = "PL1";

export const pl1: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 1",
  title:
    "Thống kê các chỉ tiêu tại lĩnh vực chỉ đạo, điều hành cải cách hành chính của các cơ quan, UBND các xã, thị trấn",
  indicatorHeader: "Chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  fixes: [
    {
      seed: "Năm 2025 | Năm 2025 (tính đến 31/3)",
      fixed: "Năm 2025 (tính đến 31/3)",
      why: "cột Năm 2025 lặp hai lần trong đề cương",
    },
  ],
  rows: [
    row(
      "1",
      "pl1.docs",
      "count",
      "Số lượng văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị công văn chỉ đạo, quán triệt)",
      { unit: "Văn bản" }
    ),
    row(
      "1.1",
      "pl1.docs.party",
      "count",
      "Nghị quyết, Quyết định, Chỉ thị, Thông báo của Ban Cán sự/Đảng ủy",
      { unit: "Văn bản" }
    ),
    row(
      "1.2",
      "pl1.docs.government",
      "count",
      "Quyết định, Chỉ thị, Kết luận, công văn chỉ đạo, quán triệt",
      { unit: "Văn bản" }
    ),
    row("2", "pl1.plan.rate", "rate", "Tỷ lệ hoàn thành kế hoạch CCHC năm", {
      unit: "%",
      expr: rateOf(F, "pl1.plan.done", "pl1.plan.tasks"),
    }),
    row("2.1", "pl1.plan.tasks", "count", "Số nhiệm vụ đề ra trong kế hoạch", { unit: "Nhiệm vụ" }),
    row("2.2", "pl1.plan.done", "count", "Số nhiệm vụ đã hoàn thành", {
      unit: "Nhiệm vụ",
      fixes: [
        {
          seed: "Số nhiệm vụ đã hoàn hành",
          fixed: "Số nhiệm vụ đã hoàn thành",
          why: "lỗi chính tả",
        },
      ],
    }),
    row("3", "pl1.inspection", "group", "Kiểm tra CCHC"),
    row("3.1", "pl1.inspection.units", "count", "Số đơn vị kiểm tra", { unit: "Đơn vị" }),
    row("3.2", "pl1.inspection.rate", "rate", "Tỷ lệ xử lý vấn đề qua kiểm tra", {
      unit: "%",
      expr: rateOf(F, "pl1.inspection.resolved", "pl1.inspection.found"),
    }),
    row("3.2.1", "pl1.inspection.found", "count", "Số vấn đề phát hiện qua kiểm tra", {
      unit: "Vấn đề",
    }),
    row("3.2.2", "pl1.inspection.resolved", "count", "Số vấn đề phát hiện đã được xử lý", {
      unit: "Vấn đề",
    }),
    row("4", "pl1.outreach", "group", "Tuyên truyền CCHC"),
    row(
      "4.1",
      "pl1.outreach.contest",
      "yesNo",
      "Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)",
      {
        codes: yesNo("Có tổ chức", "Không tổ chức"),
      }
    ),
    row(
      "4.2",
      "pl1.outreach.bulletins",
      "count",
      "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh, Trung tâm văn hóa và truyền thông huyện, thành phố",
      { unit: "Bản tin" }
    ),
    row("4.3", "pl1.outreach.classes", "count", "Số lớp tập huấn chuyên đề CCHC", { unit: "Lớp" }),
    row(
      "4.4",
      "pl1.outreach.webpage",
      "yesNo",
      "Xây dựng chuyên mục CCHC trên Cổng TTĐT, trang thông tin điện tử cấp tỉnh, cấp huyện, cấp xã (Có xây dựng = 1; Không xây dựng = 0)",
      {
        codes: yesNo("Có xây dựng", "Không xây dựng"),
      }
    ),
    row("4.5", "pl1.outreach.other", "text", "Hình thức tuyên truyền CCHC khác (nếu có)."),
    row(
      "5",
      "pl1.initiatives",
      "count",
      "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng",
      { unit: "Mô hình" }
    ),
    row(
      "6",
      "pl1.criteria",
      "group",
      "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị"
    ),
    row("6.1", "pl1.criteria.departments", "yesNo", "Bộ tiêu chí đánh giá sở, ngành", {
      codes: yesNo("Có", "Không"),
    }),
    row("6.2", "pl1.criteria.districts", "yesNo", "Bộ tiêu chí đánh giá UBND cấp huyện", {
      codes: yesNo("Có", "Không"),
    }),
    row("6.3", "pl1.criteria.communes", "yesNo", "Bộ tiêu chí đánh giá UBND cấp xã", {
      codes: yesNo("Có", "Không"),
    }),
    row(
      "6.4",
      "pl1.criteria.vertical",
      "yesNo",
      "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương",
      { codes: yesNo("Có", "Không") }
    ),
    row("7", "pl1.survey", "group", "Khảo sát sự hài lòng của người dân"),
    row("7.1", "pl1.survey.forms", "count", "Số lượng phiếu khảo sát", { unit: "Phiếu" }),
    row("7.2", "pl1.survey.method", "status", "Hình thức khảo sát", {
      codes: [
        { code: 0, label: "Trực tuyến" },
        { code: 1, label: "Phát phiếu" },
        { code: 2, label: "Kết hợp", mixed: true },
      ],
      // units that survey differently make a "Kết hợp" together, not the lowest code
      aggregate: "sameOrMixed",
    }),
    row("7.3", "pl1.survey.satisfaction", "enteredRate", "Mức độ hài lòng chung", {
      unit: "%",
      weight: "pl1.survey.forms",
    }),
    row(
      "8",
      "pl1.dialogue",
      "yesNo",
      "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp",
      { codes: yesNo("Có", "Không") }
    ),
    row(
      "9",
      "pl1.assigned",
      "group",
      "Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao; UBND tỉnh, Chủ tịch UBND tỉnh giao"
    ),
    row("9.1", "pl1.assigned.total", "count", "Tổng số nhiệm vụ được giao", { unit: "Nhiệm vụ" }),
    row("9.2", "pl1.assigned.on_time", "count", "Số nhiệm vụ đã hoàn thành đúng hạn", {
      unit: "Nhiệm vụ",
    }),
    row("9.3", "pl1.assigned.late", "count", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", {
      unit: "Nhiệm vụ",
    }),
    row("9.4", "pl1.assigned.overdue", "count", "Số nhiệm vụ quá hạn nhưng chưa hoàn thành", {
      unit: "Nhiệm vụ",
    }),
  ],
};
