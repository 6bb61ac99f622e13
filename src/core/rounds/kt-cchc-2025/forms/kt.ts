import { rateOf, row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import type { Fix, Form, Row } from "../../../catalogue/schema";
import { SINCE_JULY } from "../periods";

const F = "KT";
const u = (unit: string) => ({ unit });
const pct = { unit: "%" };

/** Rows below a section heading (I, II) sit one level deeper than their STT says. */
const section = (stt: string, key: string, label: string, rows: Row[]): Row[] => [
  row(stt, key, "group", label),
  ...rows.map((r) => ({ ...r, depth: r.depth + 1 })),
];

/** A part the outline asks in words: one cell for the unit's account, labelled with the outline's own words. */
const narrative = (stt: string, key: string, asks: string): Row => row(stt, key, "text", asks);

/** A count the outline asks only as a rate: held so that the rate is computed, never typed. */
const countOf = (rate: string, count: string, why: string): Fix[] => [
  { seed: rate, fixed: count, why },
];

/**
 * Số liệu phục vụ kiểm tra công tác CCHC năm 2025 (seeds 000 and 003, the outlines of the report a unit sends
 * for the inspection after the two-tier local government took effect): every figure the outlines ask for, from
 * 01/7/2025; the narrative parts as one Thuyết minh cell per part.
 */
export const kt: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "SỐ LIỆU BÁO CÁO",
  title: "PHỤC VỤ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2025",
  subtitle: "(Số liệu báo cáo tính từ 01/07/2025 đến thời điểm báo cáo)",
  indicatorHeader: "Nội dung",
  figuresHeader: "Số liệu",
  orientation: "periodsAsColumns",
  periods: SINCE_JULY,
  rows: [
    row("", "kt.predecessors", "text", "Các đơn vị trước sắp xếp (nếu có)", {
      noteAsk: "tên các xã, phường, thị trấn hoặc cơ quan, đơn vị cũ đã hợp nhất thành đơn vị",
      fixes: [
        {
          seed: "(bao gồm cả sáng kiến của cơ quan, đơn vị cũ)",
          fixed: "Các đơn vị trước sắp xếp (nếu có)",
          why: "đơn vị sau sắp xếp báo cáo cả phần của các đơn vị cũ: ghi tên các đơn vị đó",
        },
      ],
    }),
    ...section("I", "kt.i", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
      row("1", "kt.i.plan", "group", "Mức độ hoàn thành nhiệm vụ CCHC"),
      row("1.1", "kt.i.plan.tasks", "count", "Tổng số nhiệm vụ trong kế hoạch", u("Nhiệm vụ")),
      row("1.2", "kt.i.plan.done", "count", "Số nhiệm vụ đã hoàn thành", u("Nhiệm vụ")),
      row("1.3", "kt.i.plan.ongoing", "count", "Số nhiệm vụ đang thực hiện", u("Nhiệm vụ")),
      row("1.4", "kt.i.plan.rate", "rate", "Mức độ hoàn thành nhiệm vụ CCHC", {
        ...pct,
        expr: rateOf(F, "kt.i.plan.done", "kt.i.plan.tasks"),
      }),
      row(
        "2",
        "kt.i.assigned.group",
        "group",
        "Nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao cho đơn vị trong năm 2025"
      ),
      row("2.1", "kt.i.assigned", "count", "Tổng số nhiệm vụ được giao", u("Nhiệm vụ")),
      row(
        "2.2",
        "kt.i.assigned.ontime",
        "count",
        "Số nhiệm vụ đã hoàn thành đúng hạn",
        u("Nhiệm vụ")
      ),
      row(
        "2.3",
        "kt.i.assigned.late",
        "count",
        "Số nhiệm vụ đã hoàn thành nhưng quá hạn",
        u("Nhiệm vụ")
      ),
      row(
        "2.4",
        "kt.i.assigned.overdue",
        "count",
        "Số nhiệm vụ quá hạn nhưng chưa hoàn thành",
        u("Nhiệm vụ")
      ),
      narrative(
        "3",
        "kt.i.note",
        "Những sáng kiến và cách làm hay, những điển hình, mô hình tốt trong CCHC đã được triển khai áp dụng"
      ),
    ]),
    ...section("II", "kt.ii", "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CẢI CÁCH HÀNH CHÍNH", [
      row("1", "kt.ii.law", "group", "Cải cách thể chế"),
      row("1.1", "kt.ii.law.checked.rate", "rate", "Tỷ lệ xử lý VBQPPL sau kiểm tra", {
        ...pct,
        expr: rateOf(F, "kt.ii.law.checked.done", "kt.ii.law.checked.due"),
      }),
      row(
        "1.1.1",
        "kt.ii.law.checked.due",
        "count",
        "Tổng số VBQPPL cần phải xử lý sau kiểm tra",
        u("Văn bản")
      ),
      row(
        "1.1.2",
        "kt.ii.law.checked.done",
        "count",
        "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
        u("Văn bản")
      ),
      row("1.2", "kt.ii.law.reviewed.rate", "rate", "Tỷ lệ xử lý VBQPPL sau rà soát", {
        ...pct,
        expr: rateOf(F, "kt.ii.law.reviewed.done", "kt.ii.law.reviewed.due"),
      }),
      row(
        "1.2.1",
        "kt.ii.law.reviewed.due",
        "count",
        "Tổng số VBQPPL cần phải xử lý sau rà soát",
        u("Văn bản")
      ),
      row(
        "1.2.2",
        "kt.ii.law.reviewed.done",
        "count",
        "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
        u("Văn bản")
      ),
      narrative("1.3", "kt.ii.law.note", "Kết quả xây dựng, ban hành văn bản quy phạm pháp luật"),
      row("2", "kt.ii.tthc", "group", "Cải cách thủ tục hành chính"),
      row("2.1", "kt.ii.tthc.received", "count", "Tổng số hồ sơ TTHC tiếp nhận", u("Hồ sơ")),
      row("2.1.1", "kt.ii.tthc.resolved", "count", "Số hồ sơ đã giải quyết", u("Hồ sơ")),
      row("2.1.2", "kt.ii.tthc.ontime", "count", "Số hồ sơ đã giải quyết đúng hạn", u("Hồ sơ")),
      row("2.1.3", "kt.ii.tthc.ontime.rate", "rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", {
        ...pct,
        expr: rateOf(F, "kt.ii.tthc.ontime", "kt.ii.tthc.resolved"),
        fixes: [
          {
            seed: "đạt tỷ lệ",
            fixed: "Tỷ lệ hồ sơ giải quyết đúng hạn",
            why: "“Số hồ sơ đã giải quyết đúng hạn…; đạt tỷ lệ … %”: tỷ lệ trên số hồ sơ đã giải quyết",
          },
        ],
      }),
      row("2.1.4", "kt.ii.tthc.overdue", "count", "Số hồ sơ quá hạn", u("Hồ sơ")),
      row("2.1.5", "kt.ii.tthc.online", "count", "Số hồ sơ trực tuyến", {
        ...u("Hồ sơ"),
        fixes: countOf(
          "Tỷ lệ hồ sơ trực tuyến",
          "Số hồ sơ trực tuyến",
          "tỷ lệ tính từ số hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận"
        ),
      }),
      row("2.1.6", "kt.ii.tthc.online.rate", "rate", "Tỷ lệ hồ sơ trực tuyến", {
        ...pct,
        expr: rateOf(F, "kt.ii.tthc.online", "kt.ii.tthc.received"),
      }),
      row(
        "2.2",
        "kt.ii.tthc.centre",
        "enteredRate",
        "Tỷ lệ thủ tục hành chính được đưa ra thực hiện tại Trung tâm Phục vụ hành chính công",
        pct
      ),
      row(
        "2.3",
        "kt.ii.tthc.fullyonline",
        "enteredRate",
        "Tỷ lệ thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình được cung cấp trên Cổng Dịch vụ công quốc gia",
        pct
      ),
      row(
        "2.4",
        "kt.ii.tthc.payment",
        "enteredRate",
        "Tỷ lệ hồ sơ được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
        { ...pct, weight: "kt.ii.tthc.received" }
      ),
      row(
        "2.5",
        "kt.ii.tthc.anywhere",
        "enteredRate",
        "Tỷ lệ thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính",
        pct
      ),
      row(
        "2.6",
        "kt.ii.tthc.system",
        "enteredRate",
        "Tỷ lệ hồ sơ giải quyết thủ tục hành chính của các cơ quan, đơn vị, địa phương được cập nhật, xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính",
        { ...pct, weight: "kt.ii.tthc.received" }
      ),
      row(
        "2.7",
        "kt.ii.tthc.synced",
        "enteredRate",
        "Tỷ lệ hồ sơ giải quyết thủ tục hành chính của các cơ quan, đơn vị, địa phương được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia",
        { ...pct, weight: "kt.ii.tthc.received" }
      ),
      row(
        "2.8",
        "kt.ii.tthc.digitised",
        "enteredRate",
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        { ...pct, weight: "kt.ii.tthc.received" }
      ),
      row(
        "2.9",
        "kt.ii.tthc.eresults",
        "enteredRate",
        "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử",
        {
          ...pct,
          weight: "kt.ii.tthc.resolved",
          fixes: [
            {
              seed: "Tỷ lệ kết quả giải quyết thủ tục hành chính",
              fixed: "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử",
              why: "đề cương 000 thiếu “cấp … điện tử”, đề cương 003 ghi đủ",
            },
          ],
        }
      ),
      row(
        "2.10",
        "kt.ii.tthc.reuse",
        "enteredRate",
        "Tỷ lệ dữ liệu thông tin thủ tục hành chính được khai thác, tái sử dụng lại thông tin, dữ liệu đã được số hóa",
        {
          ...pct,
          fixes: [
            { seed: "đã đước số hóa", fixed: "đã được số hóa", why: "lỗi chính tả (đề cương 000)" },
          ],
        }
      ),
      row(
        "2.11",
        "kt.ii.pakn",
        "group",
        "Phản ánh, kiến nghị (PAKN) về tiếp nhận và giải quyết TTHC"
      ),
      row("2.11.1", "kt.ii.pakn.received", "count", "Tổng số PAKN tiếp nhận", u("PAKN")),
      row("2.11.2", "kt.ii.pakn.resolved", "count", "Tổng số PAKN đã được giải quyết", u("PAKN")),
      row(
        "2.12",
        "kt.ii.tthc.satisfaction",
        "enteredRate",
        "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính",
        pct
      ),
      row(
        "2.12.1",
        "kt.ii.tthc.satisfaction.land",
        "enteredRate",
        "Trong đó lĩnh vực đất đai",
        pct
      ),
      narrative(
        "2.13",
        "kt.ii.tthc.note",
        "Công tác truyền thông và sáng kiến, mô hình, giải pháp cải cách TTHC"
      ),
      row("3", "kt.ii.org", "group", "Cải cách tổ chức bộ máy hành chính"),
      narrative(
        "3.1",
        "kt.ii.org.note",
        "Tình hình triển khai các quy định của Chính phủ, thành phố về tổ chức bộ máy"
      ),
      row("4", "kt.ii.staff", "group", "Cải cách chế độ công vụ"),
      row("4.1", "kt.ii.staff.present", "count", "Số lượng cán bộ, công chức có mặt", {
        ...u("Người"),
        fixes: [
          {
            seed: "Số lượng cán bộ, công chức có mặt/Chỉ tiêu được phân bổ",
            fixed: "Số lượng cán bộ, công chức có mặt",
            why: "hai số của một dòng: có mặt và chỉ tiêu, mỗi số một dòng",
          },
        ],
      }),
      row("4.2", "kt.ii.staff.quota", "count", "Chỉ tiêu được phân bổ", u("Người")),
      narrative(
        "4.3",
        "kt.ii.staff.note",
        "Kết quả kỷ luật, kỷ cương hành chính và đạo đức công vụ của cán bộ, công chức, viên chức"
      ),
      row("5", "kt.ii.finance", "group", "Cải cách tài chính công"),
      row(
        "5.1",
        "kt.ii.finance.units",
        "count",
        "Tổng đơn vị sự nghiệp công lập trực thuộc",
        u("Đơn vị")
      ),
      row(
        "5.1.1",
        "kt.ii.finance.units.g1",
        "count",
        "Số đơn vị thuộc nhóm 1 (đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư)",
        u("Đơn vị")
      ),
      row(
        "5.1.2",
        "kt.ii.finance.units.g2",
        "count",
        "Số đơn vị thuộc nhóm 2 (đơn vị sự nghiệp công tự bảo đảm chi thường xuyên)",
        u("Đơn vị")
      ),
      row(
        "5.1.3",
        "kt.ii.finance.units.g3",
        "count",
        "Số đơn vị thuộc nhóm 3 (đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên)",
        u("Đơn vị")
      ),
      row(
        "5.1.4",
        "kt.ii.finance.units.g4",
        "count",
        "Số đơn vị thuộc nhóm 4 (đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên)",
        u("Đơn vị")
      ),
      row("5.2", "kt.ii.finance.revenue", "amount", "Tổng thu ngân sách địa phương", {
        ...u("Triệu đồng"),
        fixes: [
          {
            seed: "Tổng thu/chi ngân sách địa phương",
            fixed: "Tổng thu ngân sách địa phương",
            why: "thu và chi, mỗi số một dòng",
          },
        ],
      }),
      row("5.3", "kt.ii.finance.spending", "amount", "Tổng chi ngân sách địa phương", {
        ...u("Triệu đồng"),
        fixes: [
          {
            seed: "Tổng thu/chi ngân sách địa phương",
            fixed: "Tổng chi ngân sách địa phương",
            why: "thu và chi, mỗi số một dòng",
          },
        ],
      }),
      row("5.4", "kt.ii.finance.invest.rate", "rate", "Tình hình giải ngân vốn đầu tư công", {
        ...pct,
        expr: rateOf(F, "kt.ii.finance.invest.done", "kt.ii.finance.invest.plan"),
      }),
      row("5.4.1", "kt.ii.finance.invest.plan", "amount", "Kế hoạch vốn đầu tư công", {
        ...u("Triệu đồng"),
        fixes: [
          {
            seed: "Thực hiện kế hoạch, kết quả giải ngân vốn đầu tư công",
            fixed: "Kế hoạch vốn đầu tư công",
            why: "tỷ lệ giải ngân tính từ kế hoạch vốn và số đã giải ngân",
          },
        ],
      }),
      row("5.4.2", "kt.ii.finance.invest.done", "amount", "Kết quả giải ngân vốn đầu tư công", {
        ...u("Triệu đồng"),
        fixes: [
          {
            seed: "Thực hiện kế hoạch, kết quả giải ngân vốn đầu tư công",
            fixed: "Kết quả giải ngân vốn đầu tư công",
            why: "tỷ lệ giải ngân tính từ kế hoạch vốn và số đã giải ngân",
          },
        ],
      }),
      narrative(
        "5.5",
        "kt.ii.finance.dialogue",
        "Triển khai Kế hoạch tổ chức đối thoại với các Doanh nghiệp, người dân"
      ),
      narrative(
        "5.6",
        "kt.ii.finance.note",
        "Về thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí quản lý hành chính tại các cơ quan hành chính nhà nước"
      ),
      row(
        "6",
        "kt.ii.digital",
        "group",
        "Về Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
      ),
      narrative(
        "6.1",
        "kt.ii.digital.note",
        "Về phát triển ứng dụng, dịch vụ phục vụ người dân, doanh nghiệp"
      ),
    ]),
  ],
};
