import { formById, type Catalogue } from "../catalogue";
import { computeAll } from "../compute";
import { text } from "../messages";
import { periodName } from "../rules/names";
import { setFigure, type Figures } from "../values";
import type { Accumulated, CellAcc } from "./accumulate";

/** Excel holds at most 32 767 characters in a cell; the per-unit sheet keeps every text whole. */
const MAX_TEXT = 32000;

/** The merged figures, and a note per row saying how they were merged where it was not a sum. */
export interface Merged {
  figures: Figures;
  /** `${form}|${row}` → the note shown beside the row */
  notes: Record<string, string>;
}

function joinTexts(texts: Record<string, string>): string {
  const lines = Object.keys(texts)
    .sort((a, b) => a.localeCompare(b, "vi"))
    .map((unit) => `${unit}: ${texts[unit]}`);
  const all = lines.join("\n");
  return all.length <= MAX_TEXT ? all : `${all.slice(0, MAX_TEXT)}\n${text("merge.textCut")}`;
}

const codeLabel = (form: string, row: string, code: string) => formById(form).rows.find((r) => r.key === row)?.codes?.find((c) => String(c.code) === code)?.label ?? code;

/** One figure from a cell's accumulator, by the row's declared aggregation. */
function valueOf(agg: string, kind: "text" | "answers" | "number", a: CellAcc): number | string | null {
  if (kind === "text") return Object.keys(a.texts).length > 0 ? joinTexts(a.texts) : null;
  const codes = Object.keys(a.answers).filter((k) => (a.answers[k] ?? 0) > 0);
  if (kind === "answers") {
    if (codes.length === 0) return null;
    if (agg === "verdict") return codes.includes(text("verdict.khongDat")) ? text("verdict.khongDat") : text("verdict.dat");
    if (agg === "anyYes") return codes.includes("1") ? 1 : 0;
    return Math.min(...codes.map(Number));
  }
  if (a.n === 0) return null;
  if (agg === "mean") return a.sum / a.n;
  if (agg === "weightedMean") return a.w > 0 ? a.wsum / a.w : null;
  return a.sum;
}

/** The merged workbook's figures: cells merged by their rows' rules, then computed rows recomputed. */
export function finalize(acc: Accumulated, cat: Catalogue): Merged {
  const figures: Figures = {};
  const notes: Record<string, string[]> = {};
  const note = (form: string, row: string, line: string) => (notes[`${form}|${row}`] ??= []).push(line);
  for (const [key, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const [form, rowKey, period] = key.split("|") as [string, string, string];
    const row = formById(form).rows.find((r) => r.key === rowKey)!;
    const isText = Object.keys(a.texts).length > 0;
    const isAnswers = Object.keys(a.answers).length > 0;
    const value = valueOf(row.aggregate, isText ? "text" : isAnswers ? "answers" : "number", a);
    if (value !== null) setFigure(figures, form, rowKey, period, value);
    const when = periodName(form, period);
    if (isAnswers) {
      const counts = Object.entries(a.answers)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([code, n]) => `${codeLabel(form, rowKey, code)} ${n}`)
        .join(", ");
      note(form, rowKey, `${when}: ${counts}`);
    } else if (!isText && row.aggregate === "mean") note(form, rowKey, text("merge.note.mean", { period: when, n: a.n }));
    else if (!isText && row.aggregate === "weightedMean") {
      const weight = formById(form).rows.find((r) => r.key === row.weight)!;
      const params = { period: when, n: a.n - a.unweighted, weight: `${weight.stt} ${weight.label}`, skipped: a.unweighted };
      note(form, rowKey, text(a.unweighted > 0 ? "merge.note.weightedSkipped" : "merge.note.weighted", params));
    }
  }
  const merged: Merged = { figures: computeAll(figures, cat), notes: {} };
  for (const [k, lines] of Object.entries(notes)) {
    const [form, rowKey] = k.split("|") as [string, string];
    const head = formById(form).rows.find((r) => r.key === rowKey)!.aggregate;
    const rule = head === "anyYes" ? text("merge.rule.anyYes") : head === "lowestCode" ? text("merge.rule.lowestCode") : head === "verdict" ? text("merge.rule.verdict") : "";
    merged.notes[k] = [rule, ...lines].filter(Boolean).join("; ");
  }
  return merged;
}
