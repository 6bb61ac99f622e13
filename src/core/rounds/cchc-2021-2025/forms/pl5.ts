import { row, totalOf } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import type { Form, Row } from "../../../catalogue/schema";

const F = "PL5";
const unit = { unit: "Đơn vị", depth: 1 };

const sectors = [
  ["gd", "Sự nghiệp GD-ĐT"],
  ["yt", "Sự nghiệp y tế"],
  ["vh", "Sự nghiệp VH,TDTT"],
  ["khac", "Sự nghiệp khác"],
] as const;
const owners = [
  ["tinh", "Thuộc UBND cấp tỉnh"],
  ["cqcm", "Thuộc CQ chuyên môn cấp tỉnh"],
  ["huyen", "Thuộc UBND cấp huyện"],
] as const;

/**
 * Section III: each sector split by owner, then one "Tổng số" of them all, as the seed's header row has it
 * (GD-ĐT, y tế, VH-TDTT, khác, Tổng số; the owners under the sectors only).
 */
const sectionThree: Row[] = [
  ...sectors.flatMap(([id, label]) => [
    row("", `pl5.iii.${id}`, "group", label, { depth: 1 }),
    ...owners.map(([o, ol]) =>
      row("", `pl5.iii.${id}.${o}`, "count", ol, { unit: "Đơn vị", depth: 2 })
    ),
  ]),
  row("", "pl5.iii.total", "total", "Tổng số", {
    unit: "Đơn vị",
    depth: 1,
    expr: totalOf(F, ...sectors.flatMap(([id]) => owners.map(([o]) => `pl5.iii.${id}.${o}`))),
  }),
];

export const pl5: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 5",
  title:
    "Thống kê và so sánh số lượng tổ chức hành chính, sự nghiệp công lập sở, ban, ngành, UBND các huyện thành phố",
  subtitle: "(Tính đến ngày 31 tháng 3 năm 2025)",
  indicatorHeader: "Giai đoạn",
  orientation: "periodsAsRows",
  periods: [
    { id: "p2011_2020", label: "2011-2020", note: "(Thời điểm 31/12/2020)", year: 2020 },
    { id: "p2021_2025", label: "2021-2025", note: "(Thời điểm 31/3/2025)", year: 2025 },
  ],
  rows: [
    row("I", "pl5.i", "group", "Số lượng, cơ cấu tổ chức cơ quan chuyên môn thuộc và trực thuộc"),
    row("", "pl5.i.agencies", "count", "Số cơ quan chuyên môn thuộc UBND cấp tỉnh", unit),
    row("", "pl5.i.branches", "count", "Số Chi cục thuộc Sở", unit),
    row(
      "",
      "pl5.i.divisions",
      "count",
      "Số tổ chức cấp phòng thuộc sở (phòng, văn phòng, thanh tra thuộc Sở)",
      unit
    ),
    row("", "pl5.i.service_units", "count", "Số đơn vị sự nghiệp thuộc UBND cấp tỉnh", unit),
    row("", "pl5.i.note", "text", "Ghi chú", { depth: 1 }),
    row(
      "II",
      "pl5.ii",
      "group",
      "Số lượng, cơ cấu tổ chức cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện"
    ),
    row("", "pl5.ii.districts", "count", "Số UBND cấp huyện", unit),
    row("", "pl5.ii.agencies", "count", "Số CQCM thuộc UBND cấp huyện", unit),
    row("", "pl5.ii.offices", "count", "Số văn phòng, thanh tra thuộc UBND cấp huyện", unit),
    row("", "pl5.ii.service_units", "count", "Số đơn vị sự nghiệp thuộc UBND cấp huyện", unit),
    row("", "pl5.ii.note", "text", "Ghi chú", { depth: 1 }),
    row("III", "pl5.iii", "group", "Số lượng đơn vị sự nghiệp công lập theo ngành, lĩnh vực"),
    ...sectionThree,
  ],
};
