import { round } from "./round";
import type { Round } from "../../src/core/rounds";

import { inputCells } from "../../src/core/check";
import { formIn } from "../../src/core/catalogue";
import { figureRef } from "../../src/core/figure";
import type { Level } from "../../src/core/catalogue/schema";
import {
  figureAt,
  NOT_APPLICABLE,
  numberAt,
  quantityAt,
  setFigure,
  type Figures,
} from "../../src/core/values";

/** A small seeded generator, so fast-check shrinks to a seed that reproduces the workbook. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Figures that satisfy every rule: each row drawn around its own base (so no year jumps tenfold),
 * then wholes and totals raised until every part fits, as a careful unit would have typed them.
 */
export function consistentFigures(
  seed: number,
  level: Level = "so",
  forms = round.forms.map((f) => f.id),
  of: Round = round
): Figures {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const figures: Figures = {};
  const base = new Map<string, number>();
  const notApplicable = new Map<string, boolean>();
  for (const cells of Object.values(inputCells(forms, of))) {
    for (const { ref, kind } of cells.values()) {
      const row = ref.row;
      const r = formIn(of, ref.form).rows.find((x) => x.key === row)!;
      if (r.notFor?.includes(level)) continue;
      const b = base.get(row) ?? base.set(row, int(1, 500)).get(row)!;
      // now and then a row the unit answers "Không áp dụng", every year: 0 in relations, no rate
      const figureKind = kind === "count" || kind === "amount" || kind === "enteredRate";
      const na =
        notApplicable.get(row) ?? notApplicable.set(row, figureKind && rnd() < 0.04).get(row)!;
      const value = na
        ? NOT_APPLICABLE
        : kind === "count"
          ? int(b, 2 * b)
          : kind === "amount"
            ? int(b, 2 * b) + 0.5
            : kind === "enteredRate"
              ? int(0, 1000) / 10
              : kind === "yesNo" || kind === "status"
                ? r.codes![int(0, r.codes!.length - 1)]!.code
                : kind === "assessment"
                  ? ["Đạt", "Không đạt"][int(0, 1)]!
                  : `Ghi chú ${int(1, 99)}`;
      setFigure(figures, ref, value);
    }
  }
  for (let pass = 0, changed = true; changed && pass < 20; pass++) {
    changed = false;
    const raise = (form: string, row: string, period: string, to: number) => {
      const now = numberAt(figures, figureRef(form, row, period));
      if (now === null || now < to) {
        setFigure(figures, figureRef(form, row, period), to);
        changed = true;
      }
    };
    for (const rule of of.rules) {
      if (!("form" in rule) || !(rule.form in figures)) continue;
      for (const p of formIn(of, rule.form).periods) {
        const n = (row: string) => numberAt(figures, figureRef(rule.form, row, p.id));
        if (rule.kind === "atMost")
          for (const [v, l] of rule.pairs) if (n(v) !== null) raise(rule.form, l, p.id, n(v)!);
        if (rule.kind === "sumLe" || rule.kind === "sumEq") {
          const parts = rule.parts
            .map((row) => quantityAt(figures, figureRef(rule.form, row, p.id)))
            .filter((x): x is number => x !== null);
          const sum = parts.reduce((a, b) => a + b, 0);
          if (rule.kind === "sumEq" && n(rule.total) !== sum && parts.length > 0) {
            setFigure(figures, figureRef(rule.form, rule.total, p.id), sum);
            changed = true;
          } else if (parts.length > 0) raise(rule.form, rule.total, p.id, sum);
        }
        if (rule.kind === "requires" && n(rule.when) !== null) raise(rule.form, rule.then, p.id, 1);
      }
    }
  }
  // a Bảng tổng hợp row bounded by its Phụ lục row (a part or a whole of it): typed the same, within both bounds
  for (const r of of.repeats.filter((x) => x.link === "atMost" || x.link === "atLeast"))
    for (const p of formIn(of, "THKQ").periods) {
      const there = figureAt(figures, figureRef(r.of.form, r.of.row, p.id));
      if (there !== null && figureAt(figures, figureRef("THKQ", r.row, p.id)) !== null)
        setFigure(figures, figureRef("THKQ", r.row, p.id), there);
    }
  return figures;
}
