import { rateOf, row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const F = "PL7";
const units = { unit: "Đơn vị" };
const money = { unit: "Triệu đồng" };

export const pl7: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 7",
  title: "Thống kê các chỉ tiêu tại lĩnh vực cải cách tài chính công",
  indicatorHeader: "Chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  rows: [
    row(
      "1",
      "pl7.disbursement.rate",
      "rate",
      "Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công",
      {
        unit: "%",
        expr: rateOf(F, "pl7.disbursement.done", "pl7.disbursement.plan"),
      }
    ),
    row("1.1", "pl7.disbursement.plan", "amount", "Kế hoạch được giao", money),
    row("1.2", "pl7.disbursement.done", "amount", "Đã thực hiện", money),
    row(
      "2",
      "pl7.autonomy",
      "group",
      "Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) tại địa phương (lũy kế đến thời điểm báo cáo)"
    ),
    row("3", "pl7.units", "count", "Tổng số ĐVSN công lập tại địa phương", units),
    row(
      "3.1",
      "pl7.units.full",
      "count",
      "Số ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư",
      units
    ),
    row("3.2", "pl7.units.recurrent", "count", "Số ĐVSN tự bảo đảm chi thường xuyên", units),
    row("3.3", "pl7.units.partial", "count", "Số ĐVSN tự bảo đảm một phần chi thường xuyên", units),
    row(
      "3.3.1",
      "pl7.units.partial_70",
      "count",
      "Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên",
      units
    ),
    row(
      "3.3.2",
      "pl7.units.partial_30",
      "count",
      "Số ĐVSN tự bảo đảm từ 30% - dưới 70% chi thường xuyên",
      units
    ),
    row(
      "3.3.3",
      "pl7.units.partial_10",
      "count",
      "Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên",
      units
    ),
    row("3.4", "pl7.units.state", "count", "Số ĐVSN do Nhà nước bảo đảm chi thường xuyên", units),
    row(
      "3.5",
      "pl7.units.equitised",
      "count",
      "Số lượng ĐVSN đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
      units
    ),
  ],
};
