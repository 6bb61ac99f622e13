import { round } from "../support/round";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellsText, checkSheets } from "../../src/core/check";
import { mergeUnits } from "../../src/core/merge/merge";
import { readUnit } from "../../src/core/merge/units";
import { openWorkbook } from "../../src/xlsx/open";

/** A unit's workbook typed with text figures, then saved by LibreOffice Calc: a file as units send them. */
const fixture = join(__dirname, "..", "fixtures", "don-vi-tan-hoa-libreoffice.xlsx");

describe("a unit workbook saved by LibreOffice Calc", () => {
  let sheets: Awaited<ReturnType<typeof openWorkbook>>;
  beforeAll(async () => {
    sheets = openWorkbook(readFileSync(fixture));
  });

  it("is found by its keys, cover and all", () => {
    if (!sheets.ok) throw new Error("fixture unreadable");
    const report = checkSheets(sheets.sheets, round);
    expect(report.cover).toMatchObject({ unit: "UBND xã Tân Hòa", level: "UBND cấp xã" });
    expect(report.forms).toHaveLength(10);
  });

  it("is checked like any other: what was typed as text, and a part over its whole", () => {
    if (!sheets.ok) throw new Error("fixture unreadable");
    const report = checkSheets(sheets.sheets, round);
    expect(
      report.problems.map((p) => `${p.ruleId}@${cellsText(p.cells).replace(/, /g, ",")}`)
    ).toEqual([
      "read.converted@F12",
      "read.converted@E20",
      "read.converted@H34",
      "plausible.tenfold@E12,F12", // 40 tasks in 2021, 1 234 in 2022
      "PL1.part_le_whole@E13,E12",
    ]);
    expect(report.figures.PL1?.["pl1.plan.tasks"]?.y2022).toBe(1234);
    expect(report.assessments.find((a) => a.target === 3)?.evidence).toBe(
      "PL8 6.5 = 90,0 % ≥ 80 % (năm 2024)"
    );
  });

  it("merges", () => {
    if (!sheets.ok) throw new Error("fixture unreadable");
    const r = mergeUnits(
      [readUnit({ file: "don-vi-tan-hoa-libreoffice.xlsx", sheets: sheets.sheets })],
      round
    );
    expect(r.lines[0]).toMatchObject({
      unit: "UBND xã Tân Hòa",
      status: "problems",
      errors: 1,
      warnings: 4,
      included: true,
    });
    expect(r.merged.figures.PL1?.["pl1.survey.satisfaction"]?.y2024).toBe(85.5);
  });
});
