import { round } from "../support/round";
import fc from "fast-check";
import { mergeUnits } from "../../src/core/merge/merge";
import { figureKey, figureRef } from "../../src/core/figure";
import { unit } from "../support/units";

const METHOD = figureRef("PL1", "pl1.survey.method", "y2024");
const surveyed = (codes: number[]) =>
  mergeUnits(
    codes.map((code, i) =>
      unit(`u${i}.xlsx`, `UBND xã Số ${i}`, { PL1: { "pl1.survey.method": { y2024: code } } })
    ),
    round
  ).merged;

describe("a choice of ways, merged (Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2)", () => {
  it("keeps the way every unit chose", () => {
    expect(surveyed([1, 1, 1]).figures.PL1?.["pl1.survey.method"]?.y2024).toBe(1);
  });

  it("is Kết hợp where units surveyed differently, never the lowest code", () => {
    const merged = surveyed([0, 1]);
    expect(merged.figures.PL1?.["pl1.survey.method"]?.y2024).toBe(2);
    expect(merged.notes.get(figureKey({ ...METHOD, period: "notes" }))).toBe(
      "các đơn vị cùng một hình thức thì giữ hình thức đó, khác nhau thì là kết hợp; năm 2024: Trực tuyến 1, Phát phiếu 1"
    );
  });

  it("is, for all answers, the one answer given or Kết hợp, in any order of units", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 5 }), (codes) => {
        const merged = surveyed(codes).figures.PL1?.["pl1.survey.method"]?.y2024;
        expect(merged).toBe(new Set(codes).size === 1 ? codes[0] : 2);
        expect(surveyed([...codes].reverse()).figures.PL1?.["pl1.survey.method"]?.y2024).toBe(
          merged
        );
      }),
      // each run merges whole workbooks twice
      { numRuns: 25 }
    );
  });
});
