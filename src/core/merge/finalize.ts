import { formIn, levelLabelIn, rowOf, type Catalogue } from "../catalogue";
import { NOTES } from "../catalogue/columns";
import type { Aggregation, Level, Row } from "../catalogue/schema";
import { computeAll } from "../compute";
import { figureKey, figureRef, type FigureKey } from "../figure";
import { text, type MessageCode } from "../messages";
import { periodName } from "../rules/names";
import { NOT_APPLICABLE, setFigure, type Figures } from "../values";
import type { Accumulated, CellAcc, Given } from "./accumulate";
import { formatVi } from "../rules/names";
import { byVietnamese, joinTexts, someNamed } from "./texts";

/** The merged figures, and a note per row saying how they were merged where it was not a sum. */
export interface Merged {
  figures: Figures;
  /** the note shown beside a row, in its notes column: how its figures were merged */
  notes: Map<FigureKey, string>;
}

const codeLabel = (cat: Catalogue, form: string, row: string, code: string) =>
  rowOf(formIn(cat, form), row)?.codes?.find((c) => String(c.code) === code)?.label ?? code;

/** How a row's answers were merged, said first in its note, for the aggregations that are not a sum. */
const RULE_NOTES: Partial<Record<Aggregation, MessageCode>> = {
  anyYes: "merge.rule.anyYes",
  lowestCode: "merge.rule.lowestCode",
  sameOrMixed: "merge.rule.sameOrMixed",
  verdict: "merge.rule.verdict",
  perLevel: "merge.rule.perLevel",
};

/** The value a level's units gave most (the larger on a tie): the count of the list that level shares. */
function levelValue(values: Record<string, Given>): number {
  const [best] = Object.entries(values).sort(
    ([va, a], [vb, b]) => b.n - a.n || Number(vb) - Number(va)
  );
  return Number(best![0]);
}

/** Each level's count, and who gave another, in the catalogue's order of levels ("" last). */
function levelsNote(cat: Catalogue, a: CellAcc): string {
  const order = (l: string) => {
    const i = cat.levels.findIndex((x) => x.id === l);
    return i < 0 ? cat.levels.length : i;
  };
  return Object.entries(a.levels)
    .sort(([x], [y]) => order(x) - order(y))
    .map(([level, values]) => {
      const chosen = levelValue(values);
      const name = level === "" ? text("merge.note.noLevel") : levelLabelIn(cat, level as Level);
      const others = Object.entries(values).filter(([v]) => Number(v) !== chosen);
      if (others.length === 0) return `${name} ${formatVi(chosen)}`;
      // one unit named a value: the others who gave it are counted
      const named = others.map(([v, g]) => `${g.unit} ${formatVi(Number(v))}`).sort(byVietnamese);
      return text("merge.note.levelDiffers", {
        level: name,
        value: formatVi(chosen),
        others: someNamed(
          named,
          others.reduce((n, [, g]) => n + g.n, 0)
        ),
      });
    })
    .join("; ");
}

/** One figure from a cell's accumulator, by the row's declared aggregation. */
function valueOf(
  row: Row,
  kind: "text" | "answers" | "number",
  a: CellAcc
): number | string | null {
  const agg = row.aggregate;
  if (kind === "text") return joinTexts(a.texts);
  const codes = Object.keys(a.answers).filter((k) => (a.answers[k] ?? 0) > 0);
  if (kind === "answers") {
    if (codes.length === 0) return null;
    if (agg === "verdict")
      return codes.includes(text("verdict.khongDat"))
        ? text("verdict.khongDat")
        : text("verdict.dat");
    if (agg === "anyYes") return codes.includes("1") ? 1 : 0;
    if (agg === "sameOrMixed")
      return codes.length === 1 ? Number(codes[0]) : row.codes!.find((c) => c.mixed)!.code;
    return Math.min(...codes.map(Number));
  }
  // every unit that answered said "Không áp dụng": so does the consolidation
  if (a.n === 0) return a.na > 0 ? NOT_APPLICABLE : null;
  if (agg === "perLevel")
    return Object.values(a.levels).reduce((sum, values) => sum + levelValue(values), 0);
  if (agg === "mean") return a.sum / a.n;
  if (agg === "weightedMean") return a.w > 0 ? a.wsum / a.w : null;
  return a.sum;
}

/** The merged workbook's figures: cells merged by their rows' rules, then computed rows recomputed. */
export function finalize(acc: Accumulated, cat: Catalogue): Merged {
  const figures: Figures = {};
  const notes = new Map<FigureKey, { aggregate: Aggregation; lines: string[] }>();
  const note = (form: string, row: Row, line: string) => {
    const key = figureKey(figureRef(form, row.key, NOTES));
    (
      notes.get(key) ?? notes.set(key, { aggregate: row.aggregate, lines: [] }).get(key)!
    ).lines.push(line);
  };
  for (const [, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) {
    const { form, row: rowKey, period } = a.ref;
    const row = rowOf(formIn(cat, form), rowKey)!;
    const isText = a.texts.first.length > 0;
    const isAnswers = Object.keys(a.answers).length > 0;
    const value = valueOf(row, isText ? "text" : isAnswers ? "answers" : "number", a);
    if (value !== null) setFigure(figures, a.ref, value);
    const when = periodName(cat, form, period);
    if (isAnswers && row.aggregate === "anyYes") {
      // how many units said yes, of those that answered: what a 1 alone hides
      const answered = Object.values(a.answers).reduce((s, n) => s + n, 0);
      note(
        form,
        row,
        text("merge.note.yesOf", {
          period: when,
          yes: codeLabel(cat, form, rowKey, "1"),
          k: a.answers["1"] ?? 0,
          n: answered,
        })
      );
      continue;
    }
    if (isAnswers) {
      const counts = Object.entries(a.answers)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([code, n]) => `${codeLabel(cat, form, rowKey, code)} ${n}`)
        .join(", ");
      note(form, row, `${when}: ${counts}`);
      continue;
    }
    if (isText) continue;
    if (row.aggregate === "perLevel" && a.n > 0)
      note(form, row, text("merge.note.perLevel", { period: when, levels: levelsNote(cat, a) }));
    else if (row.aggregate === "mean" && a.n > 0)
      note(form, row, text("merge.note.mean", { period: when, n: a.n }));
    else if (row.aggregate === "weightedMean" && a.n > 0) {
      const weight = rowOf(formIn(cat, form), row.weight!)!;
      const params = {
        period: when,
        n: a.n - a.unweighted,
        weight: `${weight.stt} ${weight.label}`,
        skipped: a.unweighted,
      };
      note(
        form,
        row,
        text(a.unweighted > 0 ? "merge.note.weightedSkipped" : "merge.note.weighted", params)
      );
    }
    if (a.na > 0 && a.n > 0)
      note(form, row, text("merge.note.notApplicable", { period: when, n: a.na }));
  }
  const merged: Merged = { figures: computeAll(figures, cat), notes: new Map() };
  for (const [k, { aggregate, lines }] of notes) {
    const rule = RULE_NOTES[aggregate];
    merged.notes.set(k, [rule ? text(rule) : "", ...lines].filter(Boolean).join("; "));
  }
  return merged;
}
