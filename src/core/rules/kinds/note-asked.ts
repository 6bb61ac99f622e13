import { rowOf } from "../../catalogue";
import { NOTES } from "../../catalogue/columns";
import { figureRef } from "../../figure";
import { text } from "../../messages";
import { figureAt, numberAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import { periodName, rowName, sttOf } from "../names";
import { formOf } from "./shared";

/**
 * An answer that asks for more in the row's Ghi chú (seed 002: "Có = 1 … Ghi rõ bao nhiêu cuộc"): answered
 * so in some period while the Ghi chú is blank.
 */
export const noteAsked: KindSpec<"noteAsked"> = {
  readsNotes: true,
  title: "rule.title.noteAsked",
  blanks: "when",
  rows: (rule) => [rule.row],
  message: () => "rule.noteAsked",
  relation: (rule, cat) =>
    text("rule.doc.noteAsked", {
      row: sttOf(cat, rule.form, rule.row),
      when: rule.when,
      ask: rowOf(formOf(cat, rule.form), rule.row)?.noteAsk ?? "",
    }),
  evaluate: (rule, input, cat): Outcome[] => {
    const form = formOf(cat, rule.form);
    const answered = form.periods.filter(
      (p) => numberAt(input.figures, figureRef(rule.form, rule.row, p.id)) === rule.when
    );
    if (answered.length === 0) return ["skip"];
    const note = figureRef(rule.form, rule.row, NOTES);
    if (figureAt(input.figures, note) !== null) return ["pass"];
    const row = rowOf(form, rule.row);
    return [
      {
        form: rule.form,
        rows: [rule.row],
        period: null,
        cells: [...answered.map((p) => figureRef(rule.form, rule.row, p.id)), note],
        message: text("rule.noteAsked", {
          row: `${form.sheet}, ${rowName(cat, rule.form, rule.row)}`,
          answer: row?.codes?.find((c) => c.code === rule.when)?.label ?? String(rule.when),
          periods: answered.map((p) => periodName(cat, rule.form, p.id)).join(", "),
          ask: row?.noteAsk ?? "",
        }),
      },
    ];
  },
};
