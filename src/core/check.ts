import { a1 } from "./a1";
import { assessAll, type Assessment } from "./assess/targets";
import { levelNamed, rowOf, type Catalogue } from "./catalogue";
import type { Form, Level } from "./catalogue/schema";
import { computeAll } from "./compute";
import { figureKey, type FigureRef, type SheetCell } from "./figure";
import { buildWorkbookLayout } from "./layout";
import type { CoverKey } from "./layout/cover";
import { text } from "./messages";
import type { RawSheet, RawValue } from "./read/grid";
import { locateWorkbook, type LocatedWorkbook } from "./read/locate";
import { readCell } from "./read/parse";
import type { InputCell, Inputs } from "./layout/types";
import { runRules, type Problem, type RuleStat } from "./rules/engine";
import { cellName, formatVi, sttOf } from "./rules/names";
import type { Round } from "./rules/round";
import type { Rule } from "./rules/schema";
import { setFigure, type Figures } from "./values";

/** A problem's cell, with where it stands in the workbook that was read. */
export type PlacedCell = FigureRef & { at?: SheetCell };

/** "Không có lỗi" or "3 lỗi, 5 cảnh báo": how a check ended, in the pane and the terminal alike. */
export const checkSummary = (errors: number, warnings: number): string =>
  errors + warnings === 0 ? text("check.clean") : text("check.summary", { errors, warnings });

/** A placed cell for display: "E12", or "Phụ lục 1!E12" with its sheet. */
export const cellAddress = (at: SheetCell, withSheet = false): string =>
  withSheet ? `${at.sheet}!${a1(at.row, at.col)}` : a1(at.row, at.col);

/** A problem's cells for display, those that were found in the workbook: "E12, E13". */
export const cellsText = (cells: PlacedCell[], withSheet = false): string =>
  cells.flatMap((c) => (c.at ? [cellAddress(c.at, withSheet)] : [])).join(", ");
export type PlacedProblem = Omit<Problem, "cells"> & { cells: PlacedCell[] };

export interface CheckReport {
  /** the round the workbook was checked in */
  round: Round;
  cover: Partial<Record<CoverKey, string>>;
  level: Level | null;
  forms: string[];
  /** as typed, after reading; computed rows filled from their definitions */
  figures: Figures;
  /** as typed, after reading, and nothing else */
  typed: Figures;
  problems: PlacedProblem[];
  stats: RuleStat[];
  assessments: Assessment[];
  /** where every form and figure was found, for marking the cells */
  located: LocatedWorkbook;
}

const inputsMemo = new WeakMap<Catalogue, Map<string, Inputs>>();

/** The input cells of each form present, with their kinds, as the template lays them out. */
export function inputCells(forms: string[], cat: Catalogue): Inputs {
  // the same few sets of forms come back for every file of a merge: lay each out once
  const memo = inputsMemo.get(cat) ?? inputsMemo.set(cat, new Map()).get(cat)!;
  const key = [...forms].sort().join(",");
  const known = memo.get(key);
  if (known) return known;
  const layout = buildWorkbookLayout(cat, { forms });
  const inputs = Object.fromEntries(
    layout.sheets
      .filter((s) => forms.includes(s.id))
      .map((s) => [
        s.id,
        new Map(
          [...s.slots].flatMap(([k, { ref, input }]) =>
            input ? [[k, { ref, kind: input } satisfies InputCell] as const] : []
          )
        ),
      ])
  );
  memo.set(key, inputs);
  return inputs;
}

/** One input cell read as its kind asks, into the figures; what cannot be read for certain, into the problems. */
export function readInput(
  form: Form,
  ref: FigureRef,
  kind: InputCell["kind"],
  raw: RawValue,
  figures: Figures,
  problems: Problem[],
  cat: Catalogue
): void {
  const row = rowOf(form, ref.row)!;
  // read as the cell's kind, which a notes column sets apart from its row's
  const reading = readCell(kind === row.kind ? row : { ...row, kind }, raw);
  if (reading.value !== null) setFigure(figures, ref, reading.value);
  const issue = reading.issue;
  if (!issue) return;
  const message = text(issue.code, {
    cell: cellName(cat, ref),
    raw: issue.raw,
    value: typeof reading.value === "number" ? formatVi(reading.value) : String(reading.value),
    unit: row.unit ?? "",
    codes: (row.codes ?? []).map((c) => `${c.label} = ${c.code}`).join("; "),
    alternatives: (issue.alternatives ?? []).map(formatVi).join(" hoặc "),
  });
  problems.push({
    ruleId: issue.code,
    // a formula with no stored result may be an empty text: read as blank, and said
    severity:
      issue.code === "read.converted" || issue.code === "read.noValue" ? "warning" : "error",
    form: ref.form,
    rows: [ref.row],
    period: ref.period,
    cells: [ref],
    message,
  });
}

/** Reads every input cell as its row expects; what cannot be read for certain becomes a problem. */
export function readFigures(
  located: LocatedWorkbook,
  inputs: Inputs,
  cat: Catalogue
): { figures: Figures; problems: Problem[] } {
  const figures: Figures = {};
  const problems: Problem[] = [];
  for (const lf of located.forms) {
    // every input cell the template lays out must be found by its keys: none is dropped without a word
    const missing: FigureRef[] = [];
    const unread: Problem[] = [];
    for (const [key, { ref, kind }] of inputs[lf.form.id] ?? []) {
      const cell = lf.cells.get(key);
      if (cell) readInput(lf.form, ref, kind, cell.raw, figures, unread, cat);
      else missing.push(ref);
    }
    if (missing.length > 0) {
      const rows = [...new Set(missing.map((m) => m.row))];
      const shown = rows.slice(0, 5).map((r) => sttOf(cat, lf.form.id, r));
      problems.push({
        ruleId: "read.missingCells",
        severity: "error",
        form: lf.form.id,
        rows,
        period: null,
        cells: missing,
        message: text("read.missingCells", {
          sheet: lf.sheet,
          count: missing.length,
          rows: `${text("read.rowsPrefix")} ${shown.join(", ")}${rows.length > 5 ? "…" : ""}`,
        }),
      });
    }
    problems.push(...unread);
  }
  for (const copy of located.copies)
    problems.push({
      ruleId: "read.formCopy",
      severity: "error",
      form: copy.form,
      rows: [],
      period: null,
      cells: [],
      message: text("read.formCopy", { sheet: copy.sheet, original: copy.of }),
    });
  return { figures, problems };
}

/** Kiểm tra: the same steps for the open workbook and for a file. */
export function checkSheets(
  sheets: RawSheet[],
  round: Round,
  rules: Rule[] = round.rules
): CheckReport {
  const located = locateWorkbook(sheets, round);
  const inputs = inputCells(
    located.forms.map((f) => f.form.id),
    round
  );
  return checkRead(located, readFigures(located, inputs, round), round, rules);
}

/** The checks of figures once read, wherever they were read from: a unit's forms, or a consolidation's row. */
export function checkRead(
  located: LocatedWorkbook,
  read: { figures: Figures; problems: Problem[] },
  round: Round,
  rules: Rule[] = round.rules
): CheckReport {
  const cat: Catalogue = round;
  const forms = located.forms.map((f) => f.form.id);
  const inputs = inputCells(forms, cat);
  const cover = located.cover ?? {};
  const level = levelNamed(cat, cover.level);
  const figures = computeAll(read.figures, cat, forms);
  const checked = runRules({ figures, cover, level, inputs }, rules, cat);
  const place = (ref: FigureRef): PlacedCell => {
    const lf = located.forms.find((f) => f.form.id === ref.form);
    const cell = lf?.cells.get(figureKey(ref));
    return lf && cell ? { ...ref, at: { sheet: lf.sheet, row: cell.row, col: cell.col } } : ref;
  };
  const problems = [...read.problems, ...checked.problems].map((p) => ({
    ...p,
    cells: p.cells.map(place),
  }));
  const assessments =
    cat.targets && forms.includes(cat.targets.form)
      ? assessAll(cat.targets, figures, level, cat)
      : [];
  return {
    round,
    cover,
    level,
    forms,
    figures,
    typed: read.figures,
    problems,
    stats: checked.stats,
    assessments,
    located,
  };
}
