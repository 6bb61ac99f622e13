import { round } from "../support/round";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { CheckJsonSchema } from "../../src/cli/report-schema";

import { packFigures } from "../../src/core/catalogue/packed";
import { mergeUnits } from "../../src/core/merge/merge";
import { visibleText } from "../../src/core/read/clean";
import { captureIO, tempDir, writeUnitFile } from "../support/files";
import { unit, y } from "../support/units";
import { checkFigures, checkTyped } from "../support/workbook";

describe("values a file should never hold", () => {
  it("refuses NaN and infinities as figures, with the cell to fix", () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const r = checkTyped({ "Phụ lục 1": { E12: bad } });
      expect(r.figures.PL1?.["pl1.plan.tasks"]?.y2021 ?? null).toBeNull();
      expect(r.problems.find((p) => p.ruleId === "read.notFinite")).toMatchObject({
        severity: "error",
        rows: ["pl1.plan.tasks"],
      });
    }
  });

  it("never merges a non-finite number: the totals stay the good units' exact figures", () => {
    const good = unit("a.xlsx", "UBND xã An Bình", { PL1: y({ "pl1.plan.tasks": 10 }) });
    const bad = checkTyped({ "Phụ lục 1": { E12: NaN } });
    const other = {
      ...unit("b.xlsx", "UBND xã Bình Minh", {}),
      figures: packFigures(bad.typed, round),
    };
    expect(mergeUnits([good, other], round).merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(10);
  });

  it("shows control characters and text-reordering marks as codes, so that they drive nothing", () => {
    expect(visibleText("UBND\u001b]0;bị chiếm\u0007 xã\u202Eạ\u0085")).toBe(
      "UBND\\x1B]0;bị chiếm\\x07 xã\\u202Eạ\\x85"
    );
    expect(visibleText("Dòng 1\nDòng 2\tcột")).toBe("Dòng 1\nDòng 2\tcột");
  });

  it("reads a unit name with terminal escapes as visible codes, for the pane, the terminal and the workbook", () => {
    const r = checkFigures(
      { PL1: y({ "pl1.plan.tasks": 10 }) },
      { unit: "UBND xã \u001b[2J\u001b]0;Tân Hòa\u0007", level: "xa" }
    );
    expect(r.cover.unit).toBe("UBND xã \\x1B[2J\\x1B]0;Tân Hòa\\x07");
  });

  it("prints nothing that can drive a terminal in cchc check", async () => {
    const file = await writeUnitFile(
      tempDir(),
      "ten-doc.xlsx",
      { PL1: y({ "pl1.plan.tasks": 10 }) },
      { unit: "UBND xã \u001b[2J\u001b]0;Tân Hòa\u0007", level: "xa" }
    );
    const c = captureIO();
    await main(["check", file], c.io);
    const controls = [...c.out.join("\n")].filter(
      (ch) =>
        ch !== "\n" &&
        ch !== "\t" &&
        (ch.charCodeAt(0) < 32 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) < 0xa0))
    );
    expect(controls).toEqual([]);
  });

  it("reads a formula saved without its result as a problem, not as a blank", async () => {
    const file = await writeUnitFile(
      tempDir(),
      "cong-thuc.xlsx",
      { PL1: y({ "pl1.plan.done": 3 }) },
      { unit: "UBND xã An Bình", level: "xa" }
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Phụ lục 1")!.getCell("E12").value = {
      formula: "2+3",
    } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const c = captureIO();
    expect(await main(["check", file, "--json"], c.io)).toBe(1);
    const json = CheckJsonSchema.parse(JSON.parse(c.out.join("\n")));
    expect(json.problems.find((p) => p.ruleId === "read.noValue")?.cells[0]).toMatchObject({
      row: "pl1.plan.tasks",
      address: "E12",
    });
  });
});
