import { round } from "../support/round";
import { unit, y } from "../support/units";
import type { SheetLayout } from "../../src/core/layout/types";
import { workbookOf } from "../../src/core/layout/workbook";
import { sheetsOf } from "../support/workbook";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeLayout } from "../../src/core/merge/output";
import { overviewSheet } from "../../src/core/merge/overview";
import { writeLayout } from "../../src/xlsx/write";
import ExcelJS from "exceljs";

/** A sheet as a spreadsheet program hands it over, by row number. */
const grid = (sheet: SheetLayout) => sheetsOf(workbookOf([sheet]))[0]!.rows;

/** The row whose column B holds `name`, from column B on. */
const rowOf = (sheet: SheetLayout, name: string) =>
  grid(sheet)
    .find((r) => r[1] === name)
    ?.slice(1);

// target 4 (PL3 6.1) in 2021: 30 % for the province's offices, 20 % for a huyện, 15 % for a xã
const figures = (digitised: number, tasks: number, done: number) => ({
  PL3: y({ "pl3.digitised.results": digitised }),
  PL1: y({ "pl1.plan.tasks": tasks, "pl1.plan.done": done }),
});
const A = unit("a.xlsx", "UBND xã An Bình", figures(18, 10, 9), "xa");
const B = unit("b.xlsx", "UBND xã Bình Minh", figures(18, 10, 10), "xa");
const C = unit("c.xlsx", "UBND huyện Vũ Thư", figures(18, 10, 9), "huyen");
const D = unit("d.xlsx", "Sở Nội vụ", figures(35, 10, 11), "so");
const roster = [
  { name: "UBND xã An Bình", level: "xa" as const },
  { name: "UBND xã Bình Minh", level: "xa" as const },
  { name: "UBND xã Cẩm Phả", level: "xa" as const },
  { name: "UBND huyện Vũ Thư", level: "huyen" as const },
];
const result = mergeUnits([A, B, C, D], round, { roster });
const sheet = overviewSheet(result, { unit: "UBND tỉnh Thái Bình" }, round);
// from column B: the unit, its level, then a column a target
const target4 = 2 + round.targets!.targets.findIndex((t) => t.no === 4);

describe("the consolidation's overview", () => {
  it("comes first, and the workbook opens on it", () => {
    const layout = mergeLayout(result, { unit: "UBND tỉnh Thái Bình" }, round);
    expect(layout.sheets[0]!.name).toBe("TH Tổng quan");
    expect(layout.opensOn).toBe(layout.sheets[0]!.id);
  });

  it("counts, level by level, the units expected, sent, merged, with errors and missing", () => {
    expect(rowOf(sheet, "UBND cấp xã")).toEqual(["UBND cấp xã", 3, 2, 2, 0, 1]);
    expect(rowOf(sheet, "UBND cấp huyện")).toEqual(["UBND cấp huyện", 1, 1, 1, 0, 0]);
    expect(rowOf(sheet, "Sở, ban, ngành")).toEqual(["Sở, ban, ngành", 0, 1, 1, 1, 0]);
    expect(rowOf(sheet, "Tổng cộng")).toEqual(["Tổng cộng", 4, 4, 4, 1, 1]);
  });

  it("counts, form by form and level by level, the units that typed figures of it", () => {
    expect(rowOf(sheet, "Biểu mẫu")).toEqual([
      "Biểu mẫu",
      "Sở, ban, ngành (1 đơn vị)",
      "UBND cấp huyện (1 đơn vị)",
      "UBND cấp xã (2 đơn vị)",
      "Tổng cộng (4 đơn vị)",
    ]);
    expect(rowOf(sheet, "Phụ lục 1")).toEqual(["Phụ lục 1", 1, 1, 2, 4]);
    // no unit typed Phụ lục 2; the Bảng tổng hợp's rows taken from Phụ lục 1 are not typed there
    expect(rowOf(sheet, "Phụ lục 2")).toEqual(["Phụ lục 2", 0, 0, 0, 0]);
    expect(rowOf(sheet, "Bảng tổng hợp")).toEqual(["Bảng tổng hợp", 0, 0, 0, 0]);
  });

  it("judges target 4 on each level's subtotal by that level's tier", () => {
    const verdict = (name: string) => rowOf(sheet, name)![target4];
    expect(verdict("Cộng UBND cấp xã (2 đơn vị)")).toBe("Đạt");
    expect(verdict("Cộng UBND cấp huyện (1 đơn vị)")).toBe("Không đạt");
    expect(verdict("Cộng Sở, ban, ngành (1 đơn vị)")).toBe("Đạt");
    expect(verdict("UBND xã An Bình")).toBe("Đạt");
    expect(verdict("UBND huyện Vũ Thư")).toBe("Không đạt");
  });

  it("ranks units by each rate, ties sharing a rank, an impossible rate and a missing one unranked", () => {
    const metCol = 1 + round.targets!.targets.length + 1;
    const plan = (name: string) => rowOf(sheet, name)!.slice(metCol + 1, metCol + 3);
    expect(plan("UBND xã Bình Minh")).toEqual([100, 1]);
    expect(plan("UBND xã An Bình")).toEqual([90, 2]);
    expect(plan("UBND huyện Vũ Thư")).toEqual([90, 2]);
    expect(plan("Sở Nội vụ")).toEqual([null, null]);
  });

  it("draws each ranked rate as a bar from 0 to 100 %, over the levels' and units' rows", () => {
    const metCol = 3 + round.targets!.targets.length;
    expect(sheet.bars?.map((b) => [b.rect.col, b.rect.rows, b.max])).toEqual(
      round.targets!.rankings!.map((_, k) => [metCol + 1 + 2 * k, 3 + 4, 100])
    );
  });

  it("charts the rates of each level, from a table of them, where the writer can draw one", () => {
    const [chart] = sheet.charts!;
    const rows = grid(sheet).slice(chart!.source.row, chart!.source.row + chart!.source.rows);
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ["Cấp", "Hoàn thành kế hoạch CCHC (PL1 2)"],
      ["Sở, ban, ngành"], // its rate impossible (110 %): blank
      ["UBND cấp huyện", 90],
      ["UBND cấp xã", 95],
    ]);
    expect(sheet.charts).toHaveLength(1);
    // at the top, beside the narrow first sections: where no chart is drawn, no rows stand empty for it
    expect(chart!.at).toMatchObject({ row: 4, col: 9 });
    const heading = grid(sheet).findIndex((r) => /^4\. Mục tiêu/.test(String(r[1] ?? "")));
    expect(heading).toBe(chart!.source.row + chart!.source.rows + 1);
  });

  it("colours the levels' rates from red at 0 to green at 100 %, chart or none", () => {
    const [chart] = sheet.charts!;
    expect(sheet.scales).toEqual([
      {
        rect: {
          ...chart!.source,
          row: chart!.source.row + 1,
          col: 2,
          rows: 3,
          cols: chart!.source.cols - 1,
        },
        max: 100,
        colors: ["#F8696B", "#FFEB84", "#63BE7B"],
      },
    ]);
  });

  it("colours the verdicts Đạt and Không đạt, over the verdicts only", () => {
    expect(sheet.highlights?.map((h) => [h.equals, h.rect.cols])).toEqual([
      ["Đạt", round.targets!.targets.length],
      ["Không đạt", round.targets!.targets.length],
    ]);
  });

  it("is written to a file with its colours: verdicts, data bars, the levels' colour scale", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeLayout(workbookOf([sheet]))) as unknown as ArrayBuffer);
    const formats = (
      wb.worksheets[0] as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string }[] }[];
      }
    ).conditionalFormattings;
    const types = formats.flatMap((f) => f.rules.map((r) => r.type));
    expect(types.filter((t) => t === "expression")).toHaveLength(2);
    expect(types.filter((t) => t === "dataBar")).toHaveLength(round.targets!.rankings!.length);
    expect(types.filter((t) => t === "colorScale")).toHaveLength(1);
  });
});
