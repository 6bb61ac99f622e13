import { round } from "../support/round";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRepeatsDoc } from "../../scripts/repeats-doc";
import fc from "fast-check";

import { withRepeats } from "../../src/core/catalogue/repeats";
import { catalogueIssues } from "../../src/core/catalogue/validate";
import { readUnit } from "../../src/core/merge/units";
import { mergeUnits } from "../../src/core/merge/merge";
import { buildWorkbookLayout } from "../../src/core/layout";
import { figureKey, figureRef } from "../../src/core/figure";
import { figureAt } from "../../src/core/values";
import { consistentFigures } from "../support/consistent";
import { y } from "../support/units";
import { checkFigures, filledSheets } from "../support/workbook";

const rows = round.forms.flatMap((f) => f.rows.map((r) => ({ form: f.id, ...r })));
const rowAt = (key: string) => rows.find((r) => r.key === key);
const tail = (key: string) =>
  key
    .split(".")
    .slice(key.startsWith("thkq.") ? 2 : 1)
    .join(".");
const SO = { unit: "Sở Nội vụ", level: "so" } as const;

describe("one figure, one entry: the Bảng tổng hợp and the Phụ lục", () => {
  it("decides, with a reason, every Bảng tổng hợp row that has a Phụ lục row of the same name", () => {
    const decided = new Set(round.repeats.map((r) => r.row));
    const twins = rows.filter(
      (r) =>
        r.form === "THKQ" &&
        r.kind !== "group" &&
        !r.expr &&
        rows.some((p) => p.form.startsWith("PL") && tail(p.key) === tail(r.key))
    );
    expect(twins.filter((r) => !decided.has(r.key)).map((r) => r.key)).toEqual([]);
    for (const r of round.repeats) {
      expect({ row: r.row, known: rowAt(r.row) !== undefined, why: r.why !== "" }).toEqual({
        row: r.row,
        known: true,
        why: true,
      });
      expect(rowAt(r.of.row)?.form).toBe(r.of.form);
    }
  });

  it("is documented in docs/repeats.md, generated from the catalogue", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "repeats.md"), "utf8")).toBe(
      renderRepeatsDoc(round)
    );
  });

  it("repeats only a row like its source in kind, codes, merge and levels", () => {
    expect(catalogueIssues(round)).toEqual([]);
    const wrong = {
      ...round,
      forms: round.forms.map((f) =>
        withRepeats(f, [
          {
            row: "thkq.i.docs",
            of: { form: "PL1", row: "pl1.outreach.contest" },
            link: "same",
            why: "x",
          },
        ])
      ),
    };
    expect(catalogueIssues(wrong).map((i) => i.message)).toContain(
      "thkq.i.docs repeats pl1.outreach.contest but differs in kind, codes, aggregate"
    );
  });

  it("takes the figure by formula from the Phụ lục, locked, where the workbook has it", () => {
    const thkq = buildWorkbookLayout(round, SO).sheets.find((s) => s.id === "THKQ")!;
    const slot = thkq.slots.get(figureKey(figureRef("THKQ", "thkq.i.docs", "y2021")))!;
    expect(slot.input).toBeUndefined();
    expect(thkq.cells.find((c) => c.row === slot.row && c.col === slot.col)?.formula).toBe(
      `IF('Phụ lục 1'!E8="","",'Phụ lục 1'!E8)`
    );
  });

  it("lets the unit type it where the workbook holds the Bảng tổng hợp alone", () => {
    const alone = buildWorkbookLayout(round, { ...SO, forms: ["THKQ"] }).sheets[1]!;
    const slot = alone.slots.get(figureKey(figureRef("THKQ", "thkq.i.docs", "y2021")))!;
    expect(slot.input).toBe("count");
    const report = checkFigures({ THKQ: y({ "thkq.i.docs": 12 }) }, { ...SO, forms: ["THKQ"] });
    expect(figureAt(report.figures, figureRef("THKQ", "thkq.i.docs", "y2021"))).toBe(12);
  });

  it("checks what the unit typed once: a part over its whole is one problem, in the Phụ lục", () => {
    const report = checkFigures({
      PL1: y({ "pl1.plan.tasks": 10, "pl1.plan.done": 12 }),
    });
    expect(figureAt(report.figures, figureRef("THKQ", "thkq.i.plan.done", "y2021"))).toBe(12);
    expect(report.problems.map((p) => p.ruleId)).toEqual(["PL1.part_le_whole"]);
  });

  it("compares a Bảng tổng hợp row that counts part of a Phụ lục row, naming both cells", () => {
    const report = checkFigures({
      PL1: y({ "pl1.assigned.total": 10 }),
      THKQ: y({ "thkq.i.assigned.total": 12 }),
    });
    const [p] = report.problems.filter((x) => x.ruleId === "THKQ.repeat_bounds");
    expect(p!.cells.map((c) => `${c.form} ${c.row}`)).toEqual([
      "THKQ thkq.i.assigned.total",
      "PL1 pl1.assigned.total",
    ]);
    expect(p!.message).toBe(
      "Bảng tổng hợp, dòng I.8.1 (Tổng số nhiệm vụ được giao), năm 2021: 12, lớn hơn số của Phụ lục 1, năm 2021 (10), trong khi Bảng tổng hợp chỉ tính nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao; Phụ lục 1 tính cả nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao. Hãy kiểm tra lại một trong hai ô."
    );
  });
});

describe("a merge of repeated rows", () => {
  it("gives the Bảng tổng hợp the merged Phụ lục's figure, for units of every level", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 4 }),
        (seeds) => {
          const levels = ["so", "huyen", "xa", "nganhdoc"] as const;
          const units = seeds.map((seed, i) => {
            const level = levels[i % 4]!;
            const sheets = filledSheets(consistentFigures(seed, level), {
              unit: `Đơn vị ${i}`,
              level,
            });
            return readUnit({ file: `u${i}.xlsx`, sheets });
          });
          const merged = mergeUnits(units, round).merged.figures;
          for (const r of round.repeats.filter((x) => x.link === "same"))
            for (const p of ["y2021", "y2025"])
              expect({ row: r.row, p, v: figureAt(merged, figureRef("THKQ", r.row, p)) }).toEqual({
                row: r.row,
                p,
                v: figureAt(merged, figureRef(r.of.form, r.of.row, p)),
              });
        }
      ),
      { numRuns: 10 }
    );
  });

  it("adds in what a unit sending the Bảng tổng hợp alone typed", () => {
    const full = readUnit({
      file: "a.xlsx",
      sheets: filledSheets({ PL1: y({ "pl1.docs": 4 }) }, { unit: "Sở A", level: "so" }),
    });
    const alone = readUnit({
      file: "b.xlsx",
      sheets: filledSheets(
        { THKQ: y({ "thkq.i.docs": 6 }) },
        { unit: "Sở B", level: "so", forms: ["THKQ"] }
      ),
    });
    const merged = mergeUnits([full, alone], round).merged.figures;
    expect(figureAt(merged, figureRef("THKQ", "thkq.i.docs", "y2021"))).toBe(10);
    expect(figureAt(merged, figureRef("PL1", "pl1.docs", "y2021"))).toBe(4);
  });
});
