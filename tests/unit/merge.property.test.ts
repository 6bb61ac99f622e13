import { round } from "../support/round";
import { UNIT_ROWS } from "../../src/core/sheet-keys";
import { bodyRow, bodyRows } from "../../src/core/layout/body";
import fc from "fast-check";

import { figureIndex, packedSource, packFigures } from "../../src/core/catalogue/packed";
import { figureKey, figureRef } from "../../src/core/figure";
import { accumulate, combine, mergeUnits } from "../../src/core/merge/merge";
import { finalize } from "../../src/core/merge/finalize";
import { unitsSheet } from "../../src/core/merge/units-sheet";
import { addText, combineTexts, joinTexts, MAX_TEXT, noTexts } from "../../src/core/merge/texts";
import { figureAt, type Figures } from "../../src/core/values";
import { consistentFigures } from "../support/consistent";

const FORMS = ["PL1", "PL3", "PL7", "PL8"];
const unitsOf = (seeds: number[]) =>
  seeds.map((seed, i) => ({
    name: `Đơn vị ${String(i).padStart(3, "0")}`,
    figures: consistentFigures(seed, "xa", FORMS),
  }));

/** Figures compared with a tolerance: sums of decimals may differ in their last bits by grouping. */
function expectSameFigures(a: Figures, b: Figures): void {
  const flat = (f: Figures) =>
    Object.entries(f).flatMap(([form, rows]) =>
      Object.entries(rows).flatMap(([row, ps]) =>
        Object.entries(ps).map(([p, v]) => [figureKey(figureRef(form, row, p)), v] as const)
      )
    );
  const right = new Map(flat(b));
  const left = flat(a);
  expect(left.map(([k]) => k).sort()).toEqual([...right.keys()].sort());
  for (const [k, v] of left) {
    const w = right.get(k);
    if (typeof v === "number" && typeof w === "number")
      expect([k, Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))]).toEqual([k, true]);
    else expect([k, v]).toEqual([k, w]);
  }
}

const seeds = fc.array(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { minLength: 3, maxLength: 6 });

describe("merging, for all units", () => {
  it("is associative: any grouping of partial merges gives the same result", () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (s, cut) => {
        const units = unitsOf(s);
        const k = 1 + (cut % (units.length - 1));
        const whole = finalize(accumulate(units, round), round);
        const grouped = finalize(
          combine(accumulate(units.slice(0, k), round), accumulate(units.slice(k), round)),
          round
        );
        const nested = finalize(
          combine(
            accumulate(units.slice(0, 1), round),
            combine(accumulate(units.slice(1, k), round), accumulate(units.slice(k), round))
          ),
          round
        );
        expectSameFigures(grouped.figures, whole.figures);
        expectSameFigures(nested.figures, whole.figures);
        expect(grouped.notes).toEqual(whole.notes);
      }),
      { numRuns: 15 }
    );
  });

  it("does not depend on the order of the files", () => {
    fc.assert(
      fc.property(
        seeds.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(
              s.map((_, i) => i),
              { minLength: s.length, maxLength: s.length }
            )
          )
        ),
        ([s, order]) => {
          const units = unitsOf(s);
          const shuffled = order.map((i) => units[i]!);
          expectSameFigures(
            finalize(accumulate(shuffled, round), round).figures,
            finalize(accumulate(units, round), round).figures
          );
        }
      ),
      { numRuns: 15 }
    );
  });

  it("reads packed figures back exactly as given, and refuses a figure outside the catalogue", () => {
    fc.assert(
      fc.property(seeds, (s) => {
        for (const u of unitsOf(s)) {
          const at = packedSource(packFigures(u.figures, round), round);
          for (const ref of figureIndex(round).refs)
            expect(at(ref)).toEqual(figureAt(u.figures, ref));
        }
      }),
      { numRuns: 10 }
    );
    expect(() => packFigures({ PL1: { "không có": { y2021: 1 } } }, round)).toThrow(
      /outside the catalogue/
    );
  });

  it("joins units' texts the same in any order and grouping, cut where a cell stops showing them", () => {
    const entry = fc.tuple(
      fc.stringMatching(/^UBND xã [A-ZĐÂƠƯ][a-zàáạảãăâđêôơư]{0,8}$/),
      fc.string({ minLength: 1, maxLength: 120 })
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: ([u]) => u, maxLength: 60 }),
        fc.nat(),
        (entries, cut) => {
          const naive = [...entries]
            .sort(([a], [b]) => a.localeCompare(b, "vi"))
            .map(([u, t]) => `${u}: ${t}`)
            .join("\n");
          const expected =
            entries.length === 0
              ? null
              : naive.length > MAX_TEXT
                ? `${naive.slice(0, MAX_TEXT)}\n… (xem đầy đủ ở trang Chi tiết đơn vị)`
                : naive;
          const add = (list: [string, string][]) =>
            list.reduce((t, [u, v]) => addText(t, u, v), noTexts());
          const k = entries.length === 0 ? 0 : cut % (entries.length + 1);
          expect(joinTexts(add(entries))).toEqual(expected);
          expect(joinTexts(combineTexts(add(entries.slice(k)), add(entries.slice(0, k))))).toEqual(
            expected
          );
        }
      ),
      { numRuns: 200 }
    );
  });

  it("keeps each unit's figures findable in the per-unit sheet", () => {
    fc.assert(
      fc.property(seeds, (s) => {
        const units = unitsOf(s);
        const entries = units.map((u, i) => ({
          file: `f${i}.xlsx`,
          unit: u.name,
          unitKey: u.name.toLowerCase(),
          round: round.id,
          level: "xa" as const,
          version: "x",
          status: "ok" as const,
          detail: "",
          errors: 0,
          warnings: 0,
          forms: FORMS,
          missingForms: [],
          problems: [],
          errorRows: new Uint16Array(0),
          preparer: null,
          modified: null,
          filled: 0,
          figures: packFigures(u.figures, round),
        }));
        const sheet = unitsSheet(mergeUnits(entries, round), round);
        // a row a figure, by its key in hidden column A, made as it is written; a column a unit, by its name
        const body = sheet.body!;
        const rows = new Map(
          Array.from({ length: bodyRows(body) }, (_, i) => bodyRow(body, i)).map((r) => [r[0], r])
        );
        const names = sheet.cells.filter((c) => c.row === UNIT_ROWS.name);
        const columnOf = (name: string) => names.find((c) => c.value === name)!.col;
        expect(names.slice(-units.length).map((c) => c.value)).toEqual(units.map((u) => u.name));
        units.forEach((u) => {
          for (const [form, rs] of Object.entries(u.figures))
            for (const [row, ps] of Object.entries(rs))
              for (const [p, v] of Object.entries(ps))
                expect(rows.get(figureKey(figureRef(form, row, p)))![columnOf(u.name)]).toEqual(v);
        });
      }),
      { numRuns: 10 }
    );
  });
});
