import { round } from "../support/round";
import { checkSheets } from "../../src/core/check";
import { mergeUnits } from "../../src/core/merge/merge";
import { readUnit } from "../../src/core/merge/units";
import type { RawSheet } from "../../src/core/read/grid";
import { unitSheets, y } from "../support/units";

// Phụ lục 1: row 12 (index 11) = 2.1 Số nhiệm vụ đề ra, row 13 (index 12) = 2.2 đã hoàn thành; E = 2021
const filled = () =>
  unitSheets("UBND xã An Bình", { PL1: y({ "pl1.plan.tasks": 40, "pl1.plan.done": 30 }) });
const edit = (
  sheets: RawSheet[],
  name: string,
  change: (rows: RawSheet["rows"]) => void
): RawSheet[] =>
  sheets.map((s) => {
    if (s.name !== name) return s;
    const rows = s.rows.map((r) => [...r]);
    change(rows);
    return { ...s, rows };
  });
const ruleIds = (sheets: RawSheet[]) => checkSheets(sheets, round).problems.map((p) => p.ruleId);

describe("a workbook reconciled with its template: no figure is dropped without a word", () => {
  it("is clean as the template wrote it", () => {
    expect(ruleIds(filled())).toEqual([]);
    expect(readUnit({ file: "a.xlsx", sheets: filled() }).status).toBe("ok");
  });

  it("names the rows whose hidden keys were cleared, and is never called clean", () => {
    const sheets = edit(filled(), "Phụ lục 1", (rows) => {
      rows[11]![0] = null;
      rows[12]![0] = null;
    });
    const problem = checkSheets(sheets, round).problems.find(
      (p) => p.ruleId === "read.missingCells"
    )!;
    expect(problem).toMatchObject({
      severity: "error",
      form: "PL1",
      rows: ["pl1.plan.tasks", "pl1.plan.done"],
    });
    expect(problem.message).toMatch(/^Phụ lục 1: không tìm thấy 10 ô số liệu \(dòng 2\.1, 2\.2\)/);
    const unit = readUnit({ file: "a.xlsx", sheets });
    expect([unit.status, unit.errors]).toEqual(["problems", 1]);
  });

  it("tells a whole key column cleared", () => {
    const sheets = edit(filled(), "Phụ lục 1", (rows) =>
      rows.slice(1).forEach((r) => (r[0] = null))
    );
    expect(ruleIds(sheets)).toContain("read.missingCells");
  });

  it("tells a deleted row", () => {
    expect(ruleIds(edit(filled(), "Phụ lục 1", (rows) => rows.splice(12, 1)))).toContain(
      "read.missingCells"
    );
  });

  it("tells a copied form sheet, and does not read the copy", () => {
    const sheets = filled();
    const pl1 = sheets.find((s) => s.name === "Phụ lục 1")!;
    const copy = { name: "Phụ lục 1 (2)", rows: pl1.rows.map((r) => [...r]) };
    copy.rows[11]![4] = 999;
    const report = checkSheets([...sheets, copy], round);
    expect(report.problems.find((p) => p.ruleId === "read.formCopy")?.message).toBe(
      "Trang Phụ lục 1 (2) là bản sao của Phụ lục 1: số liệu trong trang sao không được đọc. Hãy chép số liệu sang trang Phụ lục 1 rồi xóa trang Phụ lục 1 (2)."
    );
    const merged = mergeUnits([readUnit({ file: "a.xlsx", sheets: [...sheets, copy] })], round);
    expect(merged.merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(40);
  });

  it("tells a formula whose result the file does not hold, instead of reading a blank silently", () => {
    const sheets = edit(
      filled(),
      "Phụ lục 1",
      (rows) => (rows[11]![4] = { formula: "SUM(F12:G12)" })
    );
    const problem = checkSheets(sheets, round).problems.find((p) => p.ruleId === "read.noValue")!;
    expect(problem.severity).toBe("warning");
    expect(problem.message).toMatch(/có công thức =SUM\(F12:G12\) mà tệp không lưu kết quả/);
    expect(readUnit({ file: "a.xlsx", sheets }).status).toBe("problems");
  });
});
