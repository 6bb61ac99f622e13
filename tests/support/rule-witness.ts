import { round } from "./round";
import { inputCells } from "../../src/core/check";

import type { TemplateOptions } from "../../src/core/layout";
import type { DomainKind, Rule } from "../../src/core/rules/schema";
import { figureRef } from "../../src/core/figure";
import { setFigure, type Figures } from "../../src/core/values";

/** Figures a rule passes on and figures it fails on, built from the rule's own data. */
export interface Witness {
  pass: Figures;
  fail: Figures;
  options?: TemplateOptions;
}

const Y = "y2021";
const figures = (form: string, values: Record<string, number | string>, period = Y): Figures => {
  const f: Figures = {};
  for (const [row, v] of Object.entries(values)) setFigure(f, figureRef(form, row, period), v);
  return f;
};

const DOMAIN: Record<DomainKind, [number | string, number | string]> = {
  count: [3, 2.5],
  amount: [1.5, -1],
  enteredRate: [50, 120],
  yesNo: [1, 2],
  status: [0, 9],
  text: ["Có", "x".repeat(1001)],
  assessment: ["Đạt", "Tốt"],
};

/**
 * A Bảng tổng hợp rule is witnessed on the Bảng tổng hợp alone, as a unit sending only it types every row:
 * beside its Phụ lục, a repeated row is the Phụ lục's figure and the Phụ lục's rule checks it.
 */
export function witness(rule: Rule): Witness {
  const w = witnessIn(rule);
  return "form" in rule && rule.form === "THKQ"
    ? { ...w, options: { unit: "Sở Nội vụ", level: "so", ...w.options, forms: ["THKQ"] } }
    : w;
}

function witnessIn(rule: Rule): Witness {
  switch (rule.kind) {
    case "domain": {
      const inputs = inputCells(
        round.forms.map((f) => f.id),
        round
      );
      const { ref } = Object.values(inputs)
        .flatMap((cells) => [...cells.values()])
        .find((c) => c.kind === rule.rowKind)!;
      const [good, bad] = DOMAIN[rule.rowKind];
      return {
        pass: figures(ref.form, { [ref.row]: good }, ref.period),
        fail: figures(ref.form, { [ref.row]: bad }, ref.period),
      };
    }
    case "atMost": {
      const [value, limit] = rule.pairs[0]!;
      return {
        pass: figures(rule.form, { [value]: 5, [limit]: 10 }),
        fail: figures(rule.form, { [value]: 10, [limit]: 5 }),
      };
    }
    case "sumEq":
    case "sumLe": {
      const parts = Object.fromEntries(rule.parts.map((p) => [p, 1]));
      const n = rule.parts.length;
      return {
        pass: figures(rule.form, { ...parts, [rule.total]: n }),
        fail: figures(rule.form, { ...parts, [rule.total]: rule.kind === "sumEq" ? n + 1 : n - 1 }),
      };
    }
    case "blankParts": {
      const parts = Object.fromEntries(rule.parts.map((p) => [p, 1]));
      const [, ...rest] = rule.parts;
      return {
        pass: figures(rule.form, { ...parts, [rule.total]: rule.parts.length }),
        fail: figures(rule.form, {
          ...Object.fromEntries(rest.map((p) => [p, 1])),
          [rule.total]: rule.parts.length,
        }),
      };
    }
    case "noteAsked":
      return {
        pass: {
          [rule.form]: { [rule.row]: { [Y]: rule.when, notes: "3 cuộc" } },
        },
        fail: figures(rule.form, { [rule.row]: rule.when }),
      };
    case "requires":
      return {
        pass: figures(rule.form, { [rule.when]: 90, [rule.then]: 10 }),
        fail: figures(rule.form, { [rule.when]: 90, [rule.then]: 0 }),
      };
    case "jump":
      return {
        pass: { PL1: { "pl1.plan.tasks": { y2021: 10, y2022: 20 } } },
        fail: { PL1: { "pl1.plan.tasks": { y2021: 10, y2022: 200 } } },
      };
    case "notApplicable":
      return {
        pass: figures("PL2", { "pl2.issued.hdnd_xa": 1 }),
        fail: figures("PL2", { "pl2.issued.hdnd_tinh": 1 }),
        options: { unit: "UBND xã Tân Hòa", level: "xa" },
      };
    case "repeatBound":
      return {
        pass: {
          ...figures("THKQ", { "thkq.i.assigned.total": 8 }),
          ...figures("PL1", { "pl1.assigned.total": 10 }),
        },
        fail: {
          ...figures("THKQ", { "thkq.i.assigned.total": 12 }),
          ...figures("PL1", { "pl1.assigned.total": 10 }),
        },
      };
    case "verdictReview": {
      // target 3's figures (PL8 6.5) propose Đạt; the unit confirms, or leaves the verdict blank
      const payment = figures(
        "PL8",
        { "pl8.payment.fees": 100, "pl8.payment.integrated": 90 },
        "y2024"
      );
      return {
        pass: { ...payment, PL9: { "pl9.t3": { verdict: "Đạt" } } },
        fail: payment,
      };
    }
    case "cover":
      return {
        pass: {},
        fail: {},
        options: rule.field === "unit" ? { level: "so" } : { unit: "Sở Nội vụ" },
      };
  }
}
