import { round } from "../support/round";
import fc from "fast-check";
import { formIn } from "../../src/core/catalogue";
import { figureRef } from "../../src/core/figure";
import { NOTES } from "../../src/core/catalogue/columns";
import { LevelSchema } from "../../src/core/catalogue/schema";
import type { PlacedProblem } from "../../src/core/check";
import { numberAt, setFigure, type Figures } from "../../src/core/values";
import { consistentFigures } from "../support/consistent";
import { checkFigures } from "../support/workbook";

const involves = (p: PlacedProblem, form: string, row: string, period: string) =>
  p.cells.some((c) => c.form === form && c.row === row && c.period === period);
const isCount = (form: string, row: string) =>
  formIn(round, form).rows.find((r) => r.key === row)?.kind === "count";
const countCells = (f: Figures) =>
  Object.entries(f).flatMap(([form, rows]) =>
    Object.entries(rows)
      .filter(([row]) => isCount(form, row))
      .flatMap(([row, ps]) =>
        Object.keys(ps)
          .filter((period) => period !== NOTES)
          .map((period) => ({ form, row, period }))
      )
  );

describe("the rules, for all figures", () => {
  it("pass every form filled with consistent figures, by a unit of any level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...LevelSchema.options),
        (seed, level) => {
          const options = { unit: "Đơn vị", level };
          expect(checkFigures(consistentFigures(seed, level), options).problems).toEqual([]);
        }
      ),
      { numRuns: 20 }
    );
  });

  it("fail, after one figure is broken, only where the rules involve it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), (seed, pick) => {
        const figures = consistentFigures(seed);
        const cells = countCells(figures);
        const broken = cells[pick % cells.length]!;
        setFigure(figures, broken, -1);
        const problems = checkFigures(figures).problems;
        expect(problems.map((p) => p.ruleId)).toContain("domain.count");
        expect(
          problems.filter((p) => !involves(p, broken.form, broken.row, broken.period))
        ).toEqual([]);
      }),
      { numRuns: 20 }
    );
  });

  it("catch a part pushed over its whole, and nothing else", () => {
    // a repeated row is typed in its Phụ lục, whose own rule catches it
    const typed = (form: string, row: string) =>
      formIn(round, form).rows.find((r) => r.key === row)?.repeats === undefined;
    const pairs = round.rules.flatMap((r) =>
      r.kind === "atMost" && r.severity === "error"
        ? r.pairs
            .filter((pair) => typed(r.form, pair[0]))
            .map((pair) => ({ rule: r.id, form: r.form, pair }))
        : []
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...pairs),
        fc.integer({ min: 1, max: 50 }),
        (seed, { rule, form, pair }, extra) => {
          const figures = consistentFigures(seed);
          const period = "y2023";
          setFigure(
            figures,
            figureRef(form, pair[0], period),
            numberAt(figures, figureRef(form, pair[1], period))! + extra
          );
          const problems = checkFigures(figures).problems;
          expect(problems.map((p) => p.ruleId)).toContain(rule);
          expect(problems.filter((p) => !involves(p, form, pair[0], period))).toEqual([]);
        }
      ),
      { numRuns: 20 }
    );
  });
});
