import { row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const people = { unit: "Người" };
const pct = { unit: "%" };

export const pl4: Form = {
  id: "PL4",
  sheet: sheetIn(outline, "PL4"),
  heading: "Phụ lục 4",
  title: "Thống kê các chỉ tiêu tại lĩnh vực cải cách tổ chức bộ máy",
  indicatorHeader: "Chỉ tiêu thống kê",
  orientation: "periodsAsColumns",
  periods: YEARS,
  rows: [
    row("1", "pl4.structure", "group", "Sắp xếp, kiện toàn tổ chức bộ máy"),
    row(
      "1.1",
      "pl4.structure.departments",
      "count",
      "Số sở, ngành đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ",
      { unit: "Cơ quan" }
    ),
    row(
      "1.2",
      "pl4.structure.departments_rate",
      "enteredRate",
      "Tỷ lệ sở, ngành đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ",
      pct
    ),
    row(
      "1.3",
      "pl4.structure.districts",
      "count",
      "Số UBND cấp huyện đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ",
      { unit: "Đơn vị" }
    ),
    row(
      "1.4",
      "pl4.structure.districts_rate",
      "enteredRate",
      "Tỷ lệ UBND cấp huyện đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ",
      pct
    ),
    row(
      "1.5",
      "pl4.structure.boards",
      "count",
      "Số lượng các ban quản lý trực thuộc UBND cấp tỉnh",
      { unit: "Ban" }
    ),
    row(
      "1.6",
      "pl4.structure.interagency",
      "count",
      "Số tổ chức liên ngành do cấp tỉnh thành lập",
      { unit: "Tổ chức" }
    ),
    row("2", "pl4.civil", "group", "Số liệu về biên chế công chức"),
    row("2.1", "pl4.civil.quota", "count", "Tổng số biên chế được giao trong năm", people),
    row(
      "2.2",
      "pl4.civil.present",
      "count",
      "Tổng số biên chế có mặt tại thời điểm báo cáo",
      people
    ),
    row(
      "2.3",
      "pl4.civil.contracts",
      "count",
      "Số hợp đồng lao động làm việc tại các cơ quan, tổ chức hành chính",
      people
    ),
    row("2.4", "pl4.civil.reduced", "count", "Số biên chế đã tinh giản trong năm", people),
    row(
      "2.5",
      "pl4.civil.reduced_rate",
      "enteredRate",
      "Tỷ lệ % biên chế công chức đã tinh giản so với 2015",
      pct
    ),
    row(
      "3",
      "pl4.service",
      "group",
      "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập"
    ),
    row("3.1", "pl4.service.quota", "count", "Tổng số người làm việc được giao", people),
    row(
      "3.2",
      "pl4.service.present",
      "count",
      "Tổng số người làm việc có mặt tại thời điểm báo cáo",
      people
    ),
    row("3.3", "pl4.service.reduced", "count", "Số người đã tinh giản trong năm", people),
    row("3.4", "pl4.service.reduced_rate", "enteredRate", "Tỷ lệ % đã tinh giản so với 2015", pct),
  ],
};
