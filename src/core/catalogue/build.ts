import type { Aggregation, Code, Expr, Fix, Row, RowKind } from "./schema";

type RowOptions = {
  unit?: string;
  codes?: Code[];
  expr?: Expr;
  weight?: string;
  fixes?: Fix[];
  target?: number;
  depth?: number;
  aggregate?: Aggregation;
  noteAsk?: string;
};

/** The usual way to merge a row of a kind; a row may say otherwise. */
export function defaultAggregate(kind: RowKind, weighted: boolean): Aggregation {
  const byKind: Record<RowKind, Aggregation> = {
    group: "none",
    count: "sum",
    amount: "sum",
    total: "recompute",
    rate: "recompute",
    enteredRate: weighted ? "weightedMean" : "mean",
    yesNo: "anyYes",
    status: "lowestCode",
    text: "text",
    assessment: "verdict",
    assessmentSummary: "recompute",
  };
  return byKind[kind];
}

/** One catalogue row; its depth follows the STT code (1 → 0, 2.1 → 1) unless given. */
export function row(
  stt: string,
  key: string,
  kind: RowKind,
  label: string,
  options: RowOptions = {}
): Row {
  const { depth, aggregate, ...rest } = options;
  const fromStt = stt === "" ? 0 : stt.split(".").length - 1;
  return {
    stt,
    key,
    kind,
    label,
    depth: depth ?? fromStt,
    aggregate: aggregate ?? defaultAggregate(kind, options.weight !== undefined),
    ...rest,
  };
}

export const cell = (form: string, rowKey: string, period?: string): Expr => ({
  op: "cell",
  form,
  row: rowKey,
  period: period === undefined ? "same" : { fixed: period },
});
export const sum = (...args: Expr[]): Expr => ({ op: "sum", args });
export const pct = (num: Expr, den: Expr): Expr => ({ op: "pct", num, den });
export const drop = (from: Expr, to: Expr): Expr => ({ op: "drop", from, to });

/** A rate computed from two rows of the same form, period by period. */
export const rateOf = (form: string, numKey: string, denKey: string): Expr =>
  pct(cell(form, numKey), cell(form, denKey));
/** A total computed from rows of the same form, period by period. */
export const totalOf = (form: string, ...keys: string[]): Expr =>
  sum(...keys.map((k) => cell(form, k)));

export const yesNo = (yes: string, no: string): Code[] => [
  { code: 1, label: yes },
  { code: 0, label: no },
];
