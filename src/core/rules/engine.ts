import { catalogue, formById, LEVELS, type Catalogue } from "../catalogue";
import type { Level, RowKind } from "../catalogue/schema";
import type { CoverKey } from "../layout/cover";
import { text, type MessageCode } from "../messages";
import { numberAt, figureAt, type Figures } from "../values";
import { cellName, formatVi, periodName, rowName, sttOf } from "./names";
import { BLANK_POLICY, type Rule, type RuleKind, type Severity } from "./schema";

export interface CellRef {
  form: string;
  row: string;
  period: string;
}

/** A rule violation, as data: collected, never thrown. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  form: string | null;
  rows: string[];
  period: string | null;
  cells: CellRef[];
  message: string;
}

export interface RuleStat {
  ruleId: string;
  checked: number;
  passed: number;
  failed: number;
  skipped: number;
}

export interface CheckInput {
  figures: Figures;
  cover: Partial<Record<CoverKey, string>>;
  level: Level | null;
  /** the input cells of each form present, with the kind each takes: from the layout */
  inputs: Record<string, Map<string, RowKind>>;
}

type Outcome = "pass" | "skip" | Omit<Problem, "ruleId" | "severity">;
type Evaluator<K extends RuleKind> = (rule: Extract<Rule, { kind: K }>, input: CheckInput, cat: Catalogue) => Outcome[];

const EPSILON = 1e-9;
const fig = (n: number) => formatVi(n);
const periodsOf = (formId: string) => formById(formId).periods.map((p) => p.id);
const present = (input: CheckInput, formId: string) => formId in input.inputs;
const codesOf = (formId: string, rowKey: string) =>
  (formById(formId).rows.find((r) => r.key === rowKey)?.codes ?? []).map((c) => `${c.label} = ${c.code}`).join("; ");

function domainOk(kind: RowKind, value: number | string, formId: string, rowKey: string): boolean {
  const codes = formById(formId).rows.find((r) => r.key === rowKey)?.codes ?? [];
  switch (kind) {
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "amount":
      return typeof value === "number" && value >= 0;
    case "enteredRate":
      return typeof value === "number" && value >= 0 && value <= 100;
    case "yesNo":
    case "status":
      return typeof value === "number" && codes.some((c) => c.code === value);
    case "text":
      return String(value).length <= 1000;
    case "assessment":
      return value === text("verdict.dat") || value === text("verdict.khongDat");
    default:
      return true;
  }
}

const domain: Evaluator<"domain"> = (rule, input) =>
  Object.entries(input.inputs).flatMap(([formId, cells]) =>
    [...cells]
      .filter(([, kind]) => kind === rule.rowKind)
      .map(([key]): Outcome => {
        const [row, period] = key.split("|") as [string, string];
        const value = figureAt(input.figures, formId, row, period);
        // a text in a figure cell was reported when it was read
        if (value === null || (typeof value === "string" && rule.rowKind !== "text" && rule.rowKind !== "assessment")) return "skip";
        if (domainOk(rule.rowKind, value, formId, row)) return "pass";
        const shown = rule.rowKind === "text" ? String(String(value).length) : typeof value === "number" ? fig(value) : String(value);
        const message = text(`rule.domain.${rule.rowKind}` as MessageCode, { cell: cellName(formId, row, period), value: shown, codes: codesOf(formId, row) });
        return { form: formId, rows: [row], period, cells: [{ form: formId, row, period }], message };
      }),
  );

const atMost: Evaluator<"atMost"> = (rule, input) =>
  rule.pairs.flatMap(([valueKey, limitKey]) =>
    periodsOf(rule.form).map((period): Outcome => {
      const value = numberAt(input.figures, rule.form, valueKey, period);
      const limit = numberAt(input.figures, rule.form, limitKey, period);
      if (value === null || limit === null) return "skip";
      if (value <= limit + EPSILON) return "pass";
      const message = text(rule.severity === "error" ? "rule.atMost.error" : "rule.atMost.warning", {
        value: `${formById(rule.form).sheet}, ${rowName(rule.form, valueKey)}`,
        valueFigure: fig(value),
        limit: rowName(rule.form, limitKey),
        limitFigure: fig(limit),
        period: periodName(rule.form, period),
        valueStt: sttOf(rule.form, valueKey),
        limitStt: sttOf(rule.form, limitKey),
      });
      return { form: rule.form, rows: [valueKey, limitKey], period, cells: [valueKey, limitKey].map((row) => ({ form: rule.form, row, period })), message };
    }),
  );

function sumRule(rule: Extract<Rule, { kind: "sumEq" | "sumLe" }>, input: CheckInput): Outcome[] {
  return periodsOf(rule.form).map((period): Outcome => {
    const total = numberAt(input.figures, rule.form, rule.total, period);
    const parts = rule.parts.map((p) => numberAt(input.figures, rule.form, p, period));
    const filled = parts.filter((p): p is number => p !== null);
    if (total === null || filled.length === 0 || (rule.kind === "sumEq" && filled.length < parts.length)) return "skip";
    const sum = filled.reduce((a, b) => a + b, 0);
    const tolerance = (rule.kind === "sumEq" ? (rule.tolerance ?? 0) : 0) + EPSILON * Math.max(1, Math.abs(total));
    const ok = rule.kind === "sumEq" ? Math.abs(total - sum) <= tolerance : sum <= total + tolerance;
    if (ok) return "pass";
    const rows = [rule.total, ...rule.parts];
    const message = text(rule.kind === "sumEq" ? "rule.sumEq" : "rule.sumLe", {
      total: `${formById(rule.form).sheet}, ${rowName(rule.form, rule.total)}`,
      totalFigure: fig(total),
      parts: rule.parts.map((p) => sttOf(rule.form, p)).join(" + "),
      sum: fig(sum),
      period: periodName(rule.form, period),
      totalStt: sttOf(rule.form, rule.total),
    });
    return { form: rule.form, rows, period, cells: rows.map((row) => ({ form: rule.form, row, period })), message };
  });
}

const requires: Evaluator<"requires"> = (rule, input) =>
  periodsOf(rule.form).map((period): Outcome => {
    const when = numberAt(input.figures, rule.form, rule.when, period);
    if (when === null) return "skip";
    const then = numberAt(input.figures, rule.form, rule.then, period);
    if (then !== null && then > 0) return "pass";
    const message = text("rule.requires", {
      when: `${formById(rule.form).sheet}, ${rowName(rule.form, rule.when)}`,
      whenFigure: fig(when),
      then: rowName(rule.form, rule.then),
      period: periodName(rule.form, period),
      thenStt: sttOf(rule.form, rule.then),
      whenStt: sttOf(rule.form, rule.when),
    });
    return { form: rule.form, rows: [rule.when, rule.then], period, cells: [rule.when, rule.then].map((row) => ({ form: rule.form, row, period })), message };
  });

const jump: Evaluator<"jump"> = (rule, input) =>
  Object.entries(input.inputs).flatMap(([formId, cells]) => {
    const form = formById(formId);
    if (form.orientation !== "periodsAsColumns") return [];
    const rows = form.rows.filter((r) => rule.rowKinds.includes(r.kind) && form.periods.some((p) => cells.has(`${r.key}|${p.id}`)));
    return rows.flatMap((r) =>
      form.periods.slice(1).map((p, i): Outcome => {
        const prev = form.periods[i]!;
        const previous = numberAt(input.figures, formId, r.key, prev.id);
        const current = numberAt(input.figures, formId, r.key, p.id);
        if (previous === null || current === null || previous <= 0 || current <= 0) return "skip";
        if (current <= previous * rule.factor && previous <= current * rule.factor) return "pass";
        const message = text("rule.jump", {
          row: `${form.sheet}, ${rowName(formId, r.key)}`,
          factor: rule.factor,
          previousPeriod: periodName(formId, prev.id),
          previous: fig(previous),
          period: periodName(formId, p.id),
          current: fig(current),
        });
        return { form: formId, rows: [r.key], period: p.id, cells: [prev.id, p.id].map((period) => ({ form: formId, row: r.key, period })), message };
      }),
    );
  });

const notApplicable: Evaluator<"notApplicable"> = (_rule, input) => {
  const level = input.level;
  if (level === null) return [];
  return Object.entries(input.inputs).flatMap(([formId, cells]) =>
    formById(formId)
      .rows.filter((r) => r.notFor?.includes(level))
      .flatMap((r) =>
        formById(formId).periods.filter((p) => cells.has(`${r.key}|${p.id}`)).map((p): Outcome => {
          if (figureAt(input.figures, formId, r.key, p.id) === null) return "pass";
          const message = text("rule.notApplicable", { cell: cellName(formId, r.key, p.id), level: LEVELS.find((l) => l.id === level)!.label });
          return { form: formId, rows: [r.key], period: p.id, cells: [{ form: formId, row: r.key, period: p.id }], message };
        }),
      ),
  );
};

const cover: Evaluator<"cover"> = (rule, input) => {
  if ((input.cover[rule.field] ?? "").trim() !== "") return ["pass"];
  return [{ form: null, rows: [], period: null, cells: [], message: text(`rule.cover.${rule.field}` as MessageCode) }];
};

const EVALUATORS: { [K in RuleKind]: Evaluator<K> } = {
  domain,
  atMost,
  sumEq: (rule, input) => sumRule(rule, input),
  sumLe: (rule, input) => sumRule(rule, input),
  requires,
  jump,
  notApplicable,
  cover,
};

const formsOf = (rule: Rule): string[] => ("form" in rule ? [rule.form] : []);

/** Runs every rule whose forms are present; returns the problems and, per rule, what it checked. */
export function runRules(input: CheckInput, rules: Rule[], cat: Catalogue = catalogue): { problems: Problem[]; stats: RuleStat[] } {
  const problems: Problem[] = [];
  const stats: RuleStat[] = [];
  for (const rule of rules) {
    if (!formsOf(rule).every((f) => present(input, f))) continue;
    const outcomes = (EVALUATORS[rule.kind] as Evaluator<RuleKind>)(rule, input, cat);
    const stat: RuleStat = { ruleId: rule.id, checked: outcomes.length, passed: 0, failed: 0, skipped: 0 };
    for (const o of outcomes) {
      if (o === "pass") stat.passed++;
      else if (o === "skip") stat.skipped++;
      else {
        stat.failed++;
        problems.push({ ruleId: rule.id, severity: rule.severity, ...o });
      }
    }
    stats.push(stat);
  }
  return { problems, stats };
}

export { BLANK_POLICY };
