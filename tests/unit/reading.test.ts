import { numberReadings } from "../../src/core/read/parse";
import { cellsText, type CheckReport } from "../../src/core/check";
import { checkTyped } from "../support/workbook";

// Phụ lục 1: E = Năm 2021; row 12 = 2.1 Số nhiệm vụ đề ra (Nhiệm vụ), 34 = 7.3 Mức độ hài lòng (%), 20 = 4.1 cuộc thi (0/1)
const PL1 = "Phụ lục 1";
const typed = (address: string, value: string | number | boolean | { error: string }) =>
  checkTyped({ [PL1]: { [address]: value } });
const figure = (r: CheckReport, row: string) => r.figures.PL1?.[row]?.y2021 ?? null;
const codes = (r: CheckReport) =>
  r.problems
    .filter((p) => p.form === "PL1")
    .map((p) => `${p.ruleId}@${cellsText(p.cells).replace(/, /g, ",")}`);

describe("reading what people type", () => {
  it("reads a plain number", () => {
    const r = typed("E12", 40);
    expect(figure(r, "pl1.plan.tasks")).toBe(40);
    expect(codes(r)).toEqual([]);
  });

  it("keeps a blank cell blank, never zero", () => {
    const r = typed("E12", "   ");
    expect(figure(r, "pl1.plan.tasks")).toBeNull();
    expect(codes(r)).toEqual([]);
  });

  it.each([
    ["1.234", 1234],
    [" 7 ", 7],
    ["15 nhiệm vụ", 15],
    ["1.234.567", 1234567],
  ])("reads %p typed as text in a count as %p, and asks to retype it as a number", (raw, value) => {
    const r = typed("E12", raw);
    expect(figure(r, "pl1.plan.tasks")).toBe(value);
    expect(codes(r)).toEqual(["read.converted@E12"]);
    expect(r.problems[r.problems.length - 1]!.severity).toBe("warning");
  });

  it.each([
    ["12,5", 12.5],
    ["50%", 50],
    ["85,25 %", 85.25],
  ])("reads %p in a rate as %p", (raw, value) => {
    expect(figure(typed("E34", raw), "pl1.survey.satisfaction")).toBe(value);
  });

  it("refuses a unit that is not the row's own", () => {
    const r = typed("E12", "15 người");
    expect(figure(r, "pl1.plan.tasks")).toBeNull();
    expect(codes(r)).toEqual(["read.notNumber@E12"]);
    expect(r.problems.find((p) => p.ruleId === "read.notNumber")!.message).toMatch(
      /^Phụ lục 1, dòng 2\.1 \(Số nhiệm vụ đề ra trong kế hoạch\), năm 2021 chứa "15 người"/
    );
  });

  it("refuses a percentage in a count", () =>
    expect(codes(typed("E12", "50%"))).toEqual(["read.notNumber@E12"]));

  it("asks when a number can be read two ways", () => {
    const r = checkTyped({ "Phụ lục 7": { E10: "1.234" } });
    expect(r.problems.map((p) => p.ruleId)).toContain("read.ambiguous");
    expect(r.problems.find((p) => p.ruleId === "read.ambiguous")!.message).toMatch(
      /1\.234 hoặc 1,234/
    );
  });

  it("reports an Excel error value with its cell", () => {
    expect(codes(typed("E12", { error: "#DIV/0!" }))).toEqual(["read.error@E12"]);
  });

  it("reports a negative count", () =>
    expect(codes(typed("E12", -3))).toEqual(["domain.count@E12"]));

  it("reports a decimal in a count", () =>
    expect(codes(typed("E12", 2.5))).toEqual(["domain.count@E12"]));

  it("reads Có in a yes/no cell as 1", () => {
    const r = typed("E20", "Có");
    expect(figure(r, "pl1.outreach.contest")).toBe(1);
    expect(codes(r)).toEqual(["read.converted@E20"]);
  });

  it("reads a code's own label in a yes/no cell", () =>
    expect(figure(typed("E20", "Không tổ chức"), "pl1.outreach.contest")).toBe(0));

  it("refuses a word that is no code", () =>
    expect(codes(typed("E20", "tốt"))).toEqual(["read.notCode@E20"]));

  it("knows which conventions a number text can follow", () => {
    expect(numberReadings("1.234,5")).toEqual([1234.5]);
    expect(numberReadings("1,234.5")).toEqual([1234.5]);
    expect(numberReadings("12,5")).toEqual([12.5]);
    expect(numberReadings("1.234")).toEqual([1234, 1.234]);
    expect(numberReadings("1.23.4")).toEqual([]);
    expect(numberReadings("abc")).toEqual([]);
  });
});
