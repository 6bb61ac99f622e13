import type { Repeat } from "../../catalogue/repeats";

const SAME_LABEL = "cùng chỉ tiêu, cùng đơn vị tính";
const same = (row: string, form: string, of: string, why = SAME_LABEL): Repeat => ({
  row,
  of: { form, row: of },
  link: "same",
  why,
});
/** THKQ rows `thkq.<section>.<tail>` that repeat `<pl>.<tail>` word for word. */
const sameTails = (section: string, form: string, tails: string[]): Repeat[] =>
  tails.map((t) => same(`thkq.${section}.${t}`, form, `${form.toLowerCase()}.${t}`));

export const REPEATS: Repeat[] = [
  ...sameTails("i", "PL1", [
    "docs",
    "docs.government",
    "plan.tasks",
    "plan.done",
    "inspection.found",
    "outreach.contest",
    "outreach.classes",
    "outreach.other",
    "initiatives",
    "survey.forms",
    "survey.method",
    "survey.satisfaction",
    "dialogue",
  ]),
  same(
    "thkq.i.docs.party",
    "PL1",
    "pl1.docs.party",
    "“của cấp ủy Đảng” và “của Ban Cán sự/Đảng ủy”: cùng văn bản của tổ chức Đảng"
  ),
  same(
    "thkq.i.inspection.resolved",
    "PL1",
    "pl1.inspection.resolved",
    "“đã xử lý xong” và “đã được xử lý”: cùng số vấn đề đã xử lý"
  ),
  same(
    "thkq.i.outreach.bulletins",
    "PL1",
    "pl1.outreach.bulletins",
    "bản tin trên đài PT-TH tỉnh, huyện: Phụ lục 1 nêu rõ tên đài cấp huyện"
  ),
  same(
    "thkq.i.outreach.webpage",
    "PL1",
    "pl1.outreach.webpage",
    "chuyên mục CCHC trên Cổng/Trang TTĐT của chính đơn vị, địa phương"
  ),
  ...(["total", "on_time", "late", "overdue"] as const).map((t): Repeat => ({
    row: `thkq.i.assigned.${t}`,
    of: { form: "PL1", row: `pl1.assigned.${t}` },
    link: "atMost",
    why: "Bảng tổng hợp chỉ tính nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao; Phụ lục 1 tính cả nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao",
  })),
  {
    row: "thkq.i.inspection.units_rate",
    of: { form: "PL1", row: "pl1.inspection.units" },
    link: "differs",
    why: "tỷ lệ đơn vị được kiểm tra, không phải số đơn vị kiểm tra",
  },
  same(
    "thkq.ii.issued",
    "PL2",
    "pl2.issued",
    "“tham mưu HĐND, UBND ban hành” và “chủ trì soạn thảo đã được ban hành”: cùng số văn bản"
  ),
  same(
    "thkq.ii.issued.hdnd_tinh",
    "PL2",
    "pl2.issued.hdnd_tinh",
    "Nghị quyết của HĐND tỉnh (thành phố trực thuộc trung ương)"
  ),
  ...sameTails("ii", "PL2", [
    "issued.ubnd_tinh",
    "issued.hdnd_huyen",
    "issued.ubnd_huyen",
    "issued.hdnd_xa",
    "issued.ubnd_xa",
    "inspected.to_handle",
    "inspected.handled",
    "reviewed.count",
    "reviewed.to_handle",
    "reviewed.handled",
    "unlawful",
    "unlawful_handled",
    "quasi",
  ]),
  same(
    "thkq.ii.inspected.count",
    "PL2",
    "pl2.inspected.count",
    "VBQPPL đã kiểm tra thuộc thẩm quyền: Phụ lục 2 ghi rõ thẩm quyền của cấp tỉnh"
  ),
  ...sameTails("iii", "PL3", [
    "procedures.simplified",
    "procedures.abolished",
    "procedures.tinh",
    "procedures.huyen",
    "procedures.xa",
    "one_stop.tinh",
    "one_stop.same_level",
    "one_stop.across_levels",
    "one_stop.anywhere",
    "on_time.huyen",
    "on_time.xa",
    "feedback.received",
    "feedback.resolved",
    "feedback.published",
    "digitised.results",
    "digitised.reused",
    "digitised.e_results",
  ]),
  ...(
    [
      ["procedures.new", "TTHC công bố mới (thuộc thẩm quyền giải quyết của đơn vị)"],
      ["published", "TTHC công khai đầy đủ, đúng quy định trên Cổng/Trang TTĐT"],
      ["one_stop.huyen", "TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện"],
      ["one_stop.xa", "TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã"],
      ["on_time.tinh", "hồ sơ TTHC cấp tỉnh (sở, ban, ngành) giải quyết đúng hẹn"],
    ] as const
  ).map(([t, why]) => same(`thkq.iii.${t}`, "PL3", `pl3.${t}`, why)),
  ...sameTails("iv", "PL4", [
    "civil.quota",
    "civil.present",
    "civil.contracts",
    "civil.reduced",
    "civil.reduced_rate",
    "service.quota",
    "service.present",
    "service.reduced",
    "service.reduced_rate",
  ]),
  {
    row: "thkq.iv.structure.units_rate",
    of: { form: "PL4", row: "pl4.structure.departments_rate" },
    link: "differs",
    why: "tỷ lệ cơ quan, đơn vị thuộc, trực thuộc của đơn vị báo cáo, không phải tỷ lệ sở, ngành của tỉnh",
  },
  ...sameTails("v", "PL6", [
    "positions.agencies",
    "positions.service_units",
    "positions.violations",
    "hiring.civil_exam",
    "hiring.civil_special",
    "hiring.commune_promoted",
    "hiring.public_exam",
    "hiring.public_special",
    "leaders_by_exam",
    "discipline",
    "discipline.department_leaders",
    "discipline.division_leaders",
    "discipline.service_staff",
    "courses",
  ]),
  {
    row: "thkq.v.trained",
    of: { form: "PL6", row: "pl6.trained" },
    link: "atLeast",
    why: "Bảng tổng hợp tính cả công chức và viên chức được bồi dưỡng; Phụ lục 6 chỉ tính viên chức",
  },
  ...sameTails("vi", "PL7", [
    "disbursement.plan",
    "disbursement.done",
    "units",
    "units.full",
    "units.recurrent",
    "units.partial",
    "units.partial_70",
    "units.partial_30",
    "units.partial_10",
    "units.state",
    "units.equitised",
  ]),
  ...sameTails("vii", "PL8", [
    "architecture",
    "meetings",
    "reports",
    "lgsp",
    "edocs.usage",
    "edocs.usage.tinh",
    "edocs.usage.huyen",
    "edocs.usage.xa",
  ]),
  ...(
    [
      "online.eligible",
      "online.full",
      "online.used",
      "online.used_online",
      "dossiers.full",
      "dossiers.full_online",
      "dossiers.partial",
      "dossiers.partial_online",
      "payment.fees",
      "payment.integrated",
    ] as const
  ).map((t) => same(`thkq.vii.${t}`, "PL8", `pl8.${t}`)),
  {
    row: "thkq.vii.edocs.linked",
    of: { form: "PL8", row: "pl8.edocs.linked" },
    link: "differs",
    why: "một tỷ lệ các cơ quan, đơn vị trực thuộc đơn vị báo cáo; Phụ lục 8 tách ba tỷ lệ theo cấp",
  },
  {
    row: "thkq.vii.one_stop",
    of: { form: "PL8", row: "pl8.one_stop" },
    link: "differs",
    why: "trạng thái kết nối của đơn vị với Hệ thống một cửa điện tử của tỉnh; Phụ lục 8 là tỷ lệ các đơn vị theo cấp",
  },
];
