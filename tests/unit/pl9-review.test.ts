import { round } from "../support/round";

import { figureKey, figureRef } from "../../src/core/figure";
import { buildWorkbookLayout } from "../../src/core/layout";
import { linesFor } from "../../src/core/layout/heights";
import { longestResult } from "../../src/core/assess/targets";
import { mergeUnits } from "../../src/core/merge/merge";
import { figureAt, type Figures } from "../../src/core/values";
import { unit } from "../support/units";
import { checkFigures } from "../support/workbook";

const XA = { unit: "UBND xã Tân Hòa", level: "xa" } as const;
const pl9 = (level: "so" | "xa") =>
  buildWorkbookLayout(round, { unit: "Đơn vị", level }).sheets.find((s) => s.id === "PL9")!;
const slot = (level: "so" | "xa", target: number, column: string) =>
  pl9(level).slots.get(figureKey(figureRef("PL9", `pl9.t${target}`, column)))!;
/** PL8 6.5 at 90 % in 2024: target 3's measured part is met, so the figures propose Đạt. */
const payment: Figures = {
  PL8: { "pl8.payment.fees": { y2024: 100 }, "pl8.payment.integrated": { y2024: 90 } },
};
const review = (figures: Figures) =>
  checkFigures(figures, XA).problems.filter((p) => p.ruleId === "PL9.verdict_review");

describe("Phụ lục 9 as an assessment a reviewer accepts", () => {
  it("keeps a target outside the unit's remit out of its assessment, and says so beside it", () => {
    const label = pl9("xa").cells.find(
      (c) => c.row === slot("xa", 9, "verdict").row && c.col === 2
    );
    expect(label?.value).toMatch(/\(Không áp dụng cho UBND cấp xã\)$/);
    expect(slot("xa", 9, "verdict").input).toBeUndefined();
    expect(slot("so", 9, "verdict").input).toBe("assessment");
    const judged = checkFigures({}, XA).assessments.map((a) => a.target);
    expect(judged).not.toContain(10);
    expect(
      checkFigures({}, { unit: "Sở Nội vụ", level: "so" }).assessments.map((a) => a.target)
    ).toContain(10);
  });

  it("refuses a verdict typed for a target outside the unit's remit", () => {
    const report = checkFigures({ PL9: { "pl9.t9": { verdict: "Đạt" } } }, XA);
    expect(report.problems.map((p) => p.ruleId)).toContain("level.not_applicable");
  });

  it("counts in the Bảng tổng hợp only the unit's own targets", () => {
    const thkq = buildWorkbookLayout(round, XA).sheets.find((s) => s.id === "THKQ")!;
    const at = thkq.slots.get(figureKey(figureRef("THKQ", "thkq.vii.targets", "y2021")))!;
    const formula = thkq.cells.find((c) => c.row === at.row && c.col === at.col)?.formula;
    const outside = round.forms
      .find((f) => f.id === "PL9")!
      .rows.filter((r) => r.notFor?.includes("xa")).length;
    expect(formula).toContain(`"/"&${23 - outside}&`);
  });

  it("judges by formula only the targets the forms measure whole; proposes the others", () => {
    expect(slot("so", 4, "verdict").input).toBeUndefined();
    expect(slot("so", 3, "verdict").input).toBe("assessment");
    expect(slot("so", 3, "remark").input).toBe("text");
    const t3 = checkFigures(payment, XA).assessments.find((a) => a.target === 3)!;
    expect(t3).toMatchObject({ verdict: "dat", proposed: true });
  });

  it("asks the unit to choose where the figures propose", () => {
    expect(review(payment).map((p) => p.message)).toEqual([
      "Phụ lục 9, mục tiêu 3: số liệu đo được một phần mục tiêu và đề xuất Đạt. Hãy chọn Đạt hoặc Không đạt ở cột Đánh giá; nếu khác đề xuất, ghi lý do ở cột Ghi chú.",
    ]);
    expect(review({ ...payment, PL9: { "pl9.t3": { verdict: "Đạt" } } })).toEqual([]);
  });

  it("lets the unit differ from the proposal, with a reason it keeps", () => {
    const differs = { ...payment, PL9: { "pl9.t3": { verdict: "Không đạt" } } };
    expect(review(differs).map((p) => p.message)).toEqual([
      "Phụ lục 9, mục tiêu 3: đơn vị đánh giá Không đạt, khác đề xuất Đạt của số liệu. Hãy ghi lý do ở cột Ghi chú.",
    ]);
    const reasoned = {
      ...payment,
      PL9: { "pl9.t3": { verdict: "Không đạt", remark: "Giao dịch trực tuyến mới 12%." } },
    };
    expect(review(reasoned)).toEqual([]);
  });

  it("sizes each judged target's row for the longest Kết quả its formula can show, printed whole", () => {
    const sheet = pl9("so");
    for (const t of round.targets.targets) {
      const at = slot("so", t.no, "result");
      const lines = linesFor(longestResult(t), sheet.columns[at.col]!.width, 12);
      expect({ target: t.no, fits: sheet.rowHeights[at.row]! >= lines * 12 * 1.32 }).toEqual({
        target: t.no,
        fits: true,
      });
    }
  });

  it("shows each unit's verdict and reason in the consolidation", () => {
    const a = unit("a.xlsx", "UBND xã An", {
      ...payment,
      PL9: { "pl9.t3": { verdict: "Không đạt", remark: "Giao dịch trực tuyến mới 12%." } },
    });
    const b = unit("b.xlsx", "UBND xã Bình", { ...payment, PL9: { "pl9.t3": { verdict: "Đạt" } } });
    const merged = mergeUnits([a, b], round).merged.figures;
    expect(figureAt(merged, figureRef("PL9", "pl9.t3", "verdict"))).toBe("Không đạt");
    expect(figureAt(merged, figureRef("PL9", "pl9.t3", "remark"))).toBe(
      "UBND xã An: Giao dịch trực tuyến mới 12%."
    );
  });
});
