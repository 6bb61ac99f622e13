import { row, totalOf } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const F = "PL3";
const proc = { unit: "Thủ tục" };
/** a count of the province's list of one level: every unit of that level reports the same list */
const shared = { ...proc, aggregate: "perLevel" as const };
const pct = { unit: "%" };

export const pl3: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 3",
  title: "Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính",
  indicatorHeader: "Chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  fixes: [{ seed: "5.", why: 'số "5." thừa trong dòng tiêu đề bảng', fixed: "" }],
  rows: [
    row("1", "pl3.procedures", "group", "Thống kê TTHC"),
    row(
      "1.1",
      "pl3.procedures.simplified",
      "count",
      "Số TTHC đã được phê duyệt phương án đơn giản hóa",
      proc
    ),
    row("1.2", "pl3.procedures.new", "count", "Số TTHC công bố mới", proc),
    row("1.3", "pl3.procedures.abolished", "count", "Số TTHC bãi bỏ, thay thế", proc),
    row("1.4", "pl3.procedures.total", "total", "Tổng số TTHC của tỉnh", {
      ...proc,
      expr: totalOf(F, "pl3.procedures.tinh", "pl3.procedures.huyen", "pl3.procedures.xa"),
    }),
    row("1.4.1", "pl3.procedures.tinh", "count", "Số lượng TTHC cấp tỉnh", shared),
    row("1.4.2", "pl3.procedures.huyen", "count", "Số lượng TTHC cấp huyện", shared),
    row("1.4.3", "pl3.procedures.xa", "count", "Số lượng TTHC cấp xã", shared),
    row(
      "2",
      "pl3.published",
      "count",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      proc
    ),
    row("3", "pl3.one_stop", "group", "Thực hiện cơ chế một cửa, một cửa liên thông"),
    row(
      "3.1",
      "pl3.one_stop.tinh",
      "count",
      "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
      {
        ...proc,
        fixes: [
          {
            seed: "Bộ phận Tiếp nhận và trả kế quả cấp sở, ngành",
            fixed: "Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
            why: "lỗi chính tả",
          },
        ],
      }
    ),
    row(
      "3.2",
      "pl3.one_stop.huyen",
      "count",
      "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện",
      proc
    ),
    row(
      "3.3",
      "pl3.one_stop.xa",
      "count",
      "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã",
      proc
    ),
    row("3.4", "pl3.one_stop.same_level", "count", "Số TTHC liên thông cùng cấp", proc),
    row(
      "3.5",
      "pl3.one_stop.across_levels",
      "count",
      "Số TTHC liên thông giữa các cấp chính quyền",
      proc
    ),
    row(
      "3.6",
      "pl3.one_stop.anywhere",
      "count",
      "Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính",
      proc
    ),
    row("4", "pl3.on_time", "group", "Kết quả giải quyết hồ sơ TTHC"),
    row(
      "4.1",
      "pl3.on_time.tinh",
      "enteredRate",
      "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      pct
    ),
    row(
      "4.2",
      "pl3.on_time.huyen",
      "enteredRate",
      "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      pct
    ),
    row(
      "4.3",
      "pl3.on_time.xa",
      "enteredRate",
      "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      pct
    ),
    row("5", "pl3.feedback", "group", "Tiếp nhận và xử lý PAKN về TTHC"),
    row("5.1", "pl3.feedback.received", "count", "Số lượng PAKN đã tiếp nhận trong năm", {
      unit: "PAKN",
    }),
    row("5.2", "pl3.feedback.resolved", "count", "Số lượng PAKN đã giải quyết trong năm", {
      unit: "PAKN",
    }),
    row(
      "5.3",
      "pl3.feedback.published",
      "count",
      "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT",
      { unit: "PAKN" }
    ),
    row("6", "pl3.digitised", "group", "Số hóa hồ sơ"),
    row(
      "6.1",
      "pl3.digitised.results",
      "enteredRate",
      "Tỷ lệ hồ sơ TTHC số hóa hồ sơ, kết quả giải quyết TTHC",
      pct
    ),
    row(
      "6.2",
      "pl3.digitised.reused",
      "enteredRate",
      "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
      pct
    ),
    row("6.3", "pl3.digitised.e_results", "enteredRate", "Tỷ lệ hồ sơ cấp kết quả điện tử", pct),
  ],
};
