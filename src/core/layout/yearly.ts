import { figureRef } from "../figure";
import { NOTES } from "../catalogue/columns";
import type { Form, Row } from "../catalogue/schema";
import type { BuildEnv } from "./cover";
import { toFormula } from "../expr/formula";
import { text } from "../messages";
import { SheetBuilder, one, span } from "./builder";
import { attachedLine, signatureBlock, titleRows } from "./titles";
import { computedStyleOf, inputOf, textValidation, unitText } from "./inputs";
import type { StyleId } from "./types";
import { summaryFormula } from "./summary";

export const KEY_COL = 0;
export const STT = 1;
const LABEL = 2;
const UNIT = 3;
const FIRST_PERIOD = 4;
const HEADER = 5;
export const FIRST_DATA_ROW = 7;

export const labelStyle = (r: Row): StyleId =>
  r.kind === "group" ? "labelGroup" : (`label${Math.min(r.depth, 3)}` as StyleId);

/** A form whose periods are columns (Phụ lục 1–4, 6–8, Bảng tổng hợp). */
export function buildYearly(form: Form, env: BuildEnv, targetForm: Form | undefined): SheetBuilder {
  const level = env.level;
  const periods = form.periods;
  const hasNotes = form.notes === true || env.merged;
  const notesCol = hasNotes ? FIRST_PERIOD + periods.length : undefined;
  const lastCol = FIRST_PERIOD + periods.length - 1 + (hasNotes ? 1 : 0);
  const b = new SheetBuilder(form.id, `${env.prefix}${form.sheet}`, [
    4,
    7,
    62,
    13,
    ...periods.map(() => 13),
    ...(hasNotes ? [env.merged ? 40 : 24] : []),
  ]);

  b.hideColumn(KEY_COL).hideRow(0).set(0, KEY_COL, form.id, "key");
  periods.forEach((p, i) => b.set(0, FIRST_PERIOD + i, p.id, "key"));
  if (notesCol !== undefined) b.set(0, notesCol, NOTES, "key");

  titleRows(b, form, STT, lastCol, env);
  attachedLine(b, 3, STT, lastCol, env);

  // Header: STT | indicator | unit | figures over the periods | notes
  b.merge(span(HEADER, STT, 2, 1), text("layout.stt"), "header");
  b.merge(span(HEADER, LABEL, 2, 1), form.indicatorHeader, "header");
  b.merge(span(HEADER, UNIT, 2, 1), text("layout.unit"), "header");
  b.merge(
    span(HEADER, FIRST_PERIOD, 1, periods.length),
    form.figuresHeader ?? text(form.notes ? "layout.resultsHeader" : "layout.figuresHeader"),
    "header"
  );
  periods.forEach((p, i) =>
    b.set(HEADER + 1, FIRST_PERIOD + i, p.note ? `${p.label}\n${p.note}` : p.label, "header")
  );
  if (notesCol !== undefined)
    b.merge(
      span(HEADER, notesCol, 2, 1),
      text(env.merged ? "layout.mergeNotes" : "layout.notes"),
      "header"
    );

  form.rows.forEach((r, i) => {
    const at = FIRST_DATA_ROW + i;
    b.set(at, KEY_COL, r.key, "key");
    b.set(at, STT, r.stt, r.kind === "group" ? "sttGroup" : "stt");
    b.set(at, LABEL, r.label, labelStyle(r));
    b.set(
      at,
      UNIT,
      env.merged && (r.aggregate === "mean" || r.aggregate === "weightedMean")
        ? text("layout.averageUnit", { unit: unitText(r) })
        : unitText(r),
      "unit"
    );
    if (notesCol !== undefined) {
      b.style(one(at, notesCol), "textInput")
        .validate(one(at, notesCol), textValidation(r.noteAsk))
        .place(r.key, NOTES, at, notesCol);
      // a unit types its remarks there; a merge writes its own note and the units' remarks
      if (!env.merged) b.input(r.key, NOTES, "text");
    }
    const cells = span(at, FIRST_PERIOD, 1, periods.length);
    periods.forEach((p, j) => b.place(r.key, p.id, at, FIRST_PERIOD + j));

    if (r.kind === "group") return void b.style(cells, "groupCell");
    if (level !== undefined && r.notFor?.includes(level))
      return void b.style(cells, "notApplicable");
    if (r.kind === "assessmentSummary") {
      b.merge(cells, undefined, "computedText");
      const manual = () =>
        b
          .style(cells, "textInput")
          .validate(one(at, FIRST_PERIOD), textValidation())
          .input(r.key, periods[0]!.id, "text");
      if (targetForm)
        b.laterFormula(
          at,
          FIRST_PERIOD,
          (resolve) => summaryFormula(targetForm, resolve, level),
          manual
        );
      else manual();
      return;
    }
    const expr = r.expr;
    if (expr) {
      b.style(cells, r.kind === "rate" ? "computedRate" : "computedCount");
      periods.forEach((p, j) =>
        b.laterFormula(at, FIRST_PERIOD + j, (resolve) => toFormula(expr, resolve, p.id))
      );
      return;
    }
    const input = inputOf(r);
    const typed = () => {
      if (!input) return;
      b.style(cells, input.style).validate(cells, input.validation);
      periods.forEach((p) => b.input(r.key, p.id, r.kind));
    };
    const source = r.repeats;
    // one figure, one entry: taken from the Phụ lục when the workbook has it; a merge writes its own total
    if (source && !env.merged) {
      b.style(cells, computedStyleOf(r));
      b.later((resolve) => {
        const refs = periods.map((p) => resolve(figureRef(source.form, source.row, p.id)));
        if (refs.some((ref) => ref === undefined)) return void typed();
        refs.forEach((ref, j) => b.formula(at, FIRST_PERIOD + j, `IF(${ref}="","",${ref})`));
      });
      return;
    }
    typed();
  });

  const lastRow = FIRST_DATA_ROW + form.rows.length - 1;
  b.layout.freeze = { rows: FIRST_DATA_ROW, columns: UNIT + 1 };
  const end = signatureBlock(b, lastRow, STT, lastCol, env);
  b.layout.print = { titleRows: [HEADER, HEADER + 1], area: span(1, STT, end, lastCol) };
  return b;
}
