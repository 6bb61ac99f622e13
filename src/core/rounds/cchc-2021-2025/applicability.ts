import type { Scope } from "../../catalogue/applicability";
import type { Level } from "../../catalogue/schema";

const TINH_ONLY: Level[] = ["huyen", "xa", "nganhdoc"];

export const APPLICABILITY: Scope[] = [
  {
    rows: ["pl1.criteria.departments", "pl1.criteria.districts", "pl1.criteria.vertical"],
    notFor: TINH_ONLY,
    reason:
      "Bộ tiêu chí đánh giá sở, ngành, UBND cấp huyện và cơ quan ngành dọc do cấp tỉnh ban hành",
  },
  {
    rows: ["pl1.criteria.communes"],
    notFor: ["xa", "nganhdoc"],
    reason: "Bộ tiêu chí đánh giá UBND cấp xã do cấp tỉnh hoặc cấp huyện ban hành",
  },
  {
    rows: ["pl2.issued", "thkq.ii.issued", "pl2.quasi", "thkq.ii.quasi"],
    notFor: ["nganhdoc"],
    reason:
      "VBQPPL của địa phương do HĐND, UBND ban hành, các cơ quan thuộc UBND chủ trì soạn thảo; cơ quan ngành dọc không tham mưu ban hành",
  },
  {
    rows: ["pl2.issued.hdnd_tinh", "pl2.issued.ubnd_tinh"],
    notFor: ["huyen", "xa"],
    reason: "Nghị quyết HĐND tỉnh, Quyết định UBND tỉnh do các sở, ban, ngành tham mưu",
  },
  {
    rows: ["thkq.ii.issued.hdnd_tinh", "thkq.ii.issued.ubnd_tinh"],
    notFor: ["huyen", "xa"],
    reason: "Nghị quyết HĐND tỉnh, Quyết định UBND tỉnh do các sở, ban, ngành tham mưu",
  },
  {
    rows: [
      "pl2.issued.hdnd_huyen",
      "pl2.issued.ubnd_huyen",
      "thkq.ii.issued.hdnd_huyen",
      "thkq.ii.issued.ubnd_huyen",
    ],
    notFor: ["so", "xa"],
    reason: "Văn bản của HĐND, UBND cấp huyện do cấp huyện ban hành",
  },
  {
    rows: [
      "pl2.issued.hdnd_xa",
      "pl2.issued.ubnd_xa",
      "thkq.ii.issued.hdnd_xa",
      "thkq.ii.issued.ubnd_xa",
    ],
    notFor: ["so"],
    reason:
      "Văn bản của HĐND, UBND cấp xã do cấp xã ban hành; báo cáo của cấp huyện gồm cả các xã trực thuộc",
  },
  {
    rows: ["pl2.inspected", "thkq.ii.inspected"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Kiểm tra VBQPPL là việc của cơ quan tư pháp cấp tỉnh, cấp huyện đối với văn bản của cấp dưới và của cơ quan khác",
  },
  {
    rows: [
      "pl2.reviewed",
      "thkq.ii.reviewed",
      "pl2.unlawful",
      "thkq.ii.unlawful",
      "pl2.unlawful_handled",
      "thkq.ii.unlawful_handled",
    ],
    notFor: ["nganhdoc"],
    reason:
      "Rà soát VBQPPL và xử lý văn bản trái pháp luật là việc của cơ quan ban hành; cơ quan ngành dọc không ban hành VBQPPL của địa phương",
  },
  {
    rows: [
      "pl3.procedures.simplified",
      "pl3.procedures.new",
      "pl3.procedures.abolished",
      "thkq.iii.procedures.simplified",
      "thkq.iii.procedures.new",
      "thkq.iii.procedures.abolished",
    ],
    notFor: TINH_ONLY,
    reason:
      "TTHC của tỉnh do Chủ tịch UBND tỉnh công bố, phương án đơn giản hóa do UBND tỉnh phê duyệt, trên đề nghị của các sở, ban, ngành",
  },
  {
    rows: ["pl3.procedures.tinh", "thkq.iii.procedures.tinh"],
    notFor: TINH_ONLY,
    reason: "TTHC cấp tỉnh do sở, ban, ngành cấp tỉnh giải quyết",
  },
  {
    rows: ["pl3.procedures.huyen", "thkq.iii.procedures.huyen"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Cấp xã không giải quyết TTHC cấp huyện; cơ quan ngành dọc giải quyết TTHC của bộ, ngành trung ương",
  },
  {
    rows: [
      "pl3.procedures.xa",
      "pl3.procedures.total",
      "thkq.iii.procedures.xa",
      "thkq.iii.procedures.total",
    ],
    notFor: ["nganhdoc"],
    reason:
      "Cơ quan ngành dọc giải quyết TTHC của bộ, ngành trung ương, không thuộc danh mục TTHC cấp xã",
  },
  {
    rows: [
      "pl3.one_stop.tinh",
      "thkq.iii.one_stop.tinh",
      "pl3.on_time.tinh",
      "thkq.iii.on_time.tinh",
    ],
    notFor: ["huyen", "xa"],
    reason:
      "Hồ sơ, TTHC tại Trung tâm phục vụ hành chính công cấp tỉnh: của sở, ban, ngành và cơ quan ngành dọc cấp tỉnh",
  },
  {
    rows: [
      "pl3.one_stop.huyen",
      "thkq.iii.one_stop.huyen",
      "pl3.on_time.huyen",
      "thkq.iii.on_time.huyen",
    ],
    notFor: ["so", "xa"],
    reason: "Bộ phận Một cửa cấp huyện thuộc UBND cấp huyện",
  },
  {
    rows: ["pl3.one_stop.xa", "thkq.iii.one_stop.xa", "pl3.on_time.xa", "thkq.iii.on_time.xa"],
    notFor: ["so", "nganhdoc"],
    reason:
      "Bộ phận Một cửa cấp xã thuộc UBND cấp xã; báo cáo của cấp huyện gồm cả các xã trực thuộc",
  },
  {
    rows: [
      "pl4.structure.departments",
      "pl4.structure.departments_rate",
      "pl4.structure.boards",
      "pl4.structure.interagency",
    ],
    notFor: TINH_ONLY,
    reason: "Sở, ngành, ban quản lý và tổ chức liên ngành do cấp tỉnh sắp xếp, thành lập",
  },
  {
    rows: ["pl4.structure.districts", "pl4.structure.districts_rate"],
    notFor: ["xa", "nganhdoc"],
    reason: "Việc sắp xếp phòng chuyên môn của UBND cấp huyện: cấp huyện và cấp tỉnh báo cáo",
  },
  {
    rows: ["pl5"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Phụ lục 5 thống kê tổ chức hành chính, sự nghiệp công lập thuộc UBND cấp tỉnh, cấp huyện",
  },
  {
    rows: [
      "pl5.i",
      ...["gd", "yt", "vh", "khac"].flatMap((s) => [`pl5.iii.${s}.tinh`, `pl5.iii.${s}.cqcm`]),
    ],
    notFor: ["huyen"],
    reason: "Tổ chức thuộc UBND cấp tỉnh và cơ quan chuyên môn cấp tỉnh: cấp tỉnh báo cáo",
  },
  {
    rows: ["pl6.hiring.commune_promoted", "thkq.v.hiring.commune_promoted"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Xét chuyển cán bộ, công chức cấp xã thành công chức cấp huyện trở lên do cấp huyện, cấp tỉnh thực hiện",
  },
  {
    rows: ["pl6.discipline.province_leaders"],
    notFor: ["huyen", "xa"],
    reason: "Lãnh đạo cấp tỉnh: cấp tỉnh báo cáo",
  },
  {
    rows: [
      "pl6.discipline.department_leaders",
      "pl6.discipline.division_leaders",
      "thkq.v.discipline.department_leaders",
      "thkq.v.discipline.division_leaders",
    ],
    notFor: ["xa"],
    reason: "Lãnh đạo cấp sở, ngành, UBND cấp huyện và cấp phòng: cấp xã không có",
  },
  {
    rows: ["pl7.units", "thkq.vi.units"],
    notFor: ["xa"],
    reason: "Cấp xã không có đơn vị sự nghiệp công lập trực thuộc",
  },
  {
    rows: ["pl8.architecture", "thkq.vii.architecture", "pl8.lgsp", "thkq.vii.lgsp"],
    notFor: TINH_ONLY,
    reason: "Kiến trúc chính quyền điện tử và nền tảng LGSP là của tỉnh",
  },
  {
    rows: ["pl8.meetings", "thkq.vii.meetings"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Hệ thống họp trực tuyến nối UBND tỉnh với cấp huyện, cấp xã: cấp tỉnh, cấp huyện báo cáo",
  },
  {
    rows: ["pl8.edocs", "pl8.one_stop", "thkq.vii.edocs", "thkq.vii.one_stop"],
    notFor: ["nganhdoc"],
    reason:
      "Hệ thống quản lý văn bản và một cửa điện tử của tỉnh: cơ quan ngành dọc dùng hệ thống của bộ, ngành",
  },
  {
    rows: [
      "pl8.edocs.linked.tinh",
      "pl8.edocs.usage.tinh",
      "pl8.one_stop.tinh",
      "thkq.vii.edocs.usage.tinh",
    ],
    notFor: ["huyen", "xa"],
    reason: "Sở, ban, ngành cấp tỉnh: cấp tỉnh báo cáo",
  },
  {
    rows: [
      "pl8.edocs.linked.huyen",
      "pl8.edocs.usage.huyen",
      "pl8.one_stop.huyen",
      "thkq.vii.edocs.usage.huyen",
    ],
    notFor: ["xa"],
    reason: "UBND cấp huyện: cấp huyện và cấp tỉnh báo cáo",
  },
  {
    rows: ["pl9.t7", "pl9.t12", "pl9.t15", "pl9.t16", "pl9.t17", "pl9.t18", "pl9.t23"],
    notFor: TINH_ONLY,
    reason:
      "Mục tiêu về TTHC nội bộ, mô hình chính quyền, cơ sở dữ liệu quốc gia, định danh điện tử, Cổng Dịch vụ công và các hệ thống thông tin của tỉnh: bộ, ngành và cấp tỉnh thực hiện",
  },
  {
    rows: ["pl9.t9", "pl9.t20"],
    notFor: ["xa", "nganhdoc"],
    reason:
      "Sắp xếp đơn vị hành chính cấp huyện, xã, thôn và họp trực tuyến đến UBND cấp tỉnh, cấp huyện: cấp tỉnh, cấp huyện thực hiện",
  },
  {
    rows: ["pl9.t10", "pl9.t14"],
    notFor: ["xa"],
    reason: "Mục tiêu về đơn vị sự nghiệp công lập: cấp xã không có đơn vị sự nghiệp trực thuộc",
  },
];

/** Whether a scope's key covers a row key: the row itself or a row under it. */
