import { formIn, levelLabelIn, rowOf, type Catalogue } from "../catalogue";
import { figureIndex, packedAt } from "../catalogue/packed";
import { NOTES } from "../catalogue/columns";
import type { RowKind } from "../catalogue/schema";
import { figureKey } from "../figure";
import { SheetBuilder, span } from "../layout/builder";
import type { SheetLayout, StyleId } from "../layout/types";
import { text } from "../messages";
import { fullStt, periodName } from "../rules/names";
import {
  MERGED_MARK,
  MERGED_PREFIX,
  UNIT_MARK,
  UNIT_ROWS,
  UNIT_TOP,
  UNITS_ID,
} from "../sheet-keys";
import { figureAt } from "../values";
import type { MergeResult } from "./merge";
import { subtotalName } from "./overview";

/** The per-unit sheet's columns: key (hidden), form, STT, indicator, period; then the totals. */
export const LEAD = { form: 1, stt: 2, label: 3, period: 4, totals: 5 } as const;

/** A name as a table's cell starts it ("năm 2021" → "Năm 2021"). */
const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/**
 * The per-unit sheet printed readable, its indicators and units' names repeated on every page: at 70 %, or
 * less, down to 50 %, so that the first page holds the totals of every level and two units beside the
 * indicators. A landscape A4 page within the forms' margins holds about 98 characters of column width at
 * 100 %, as LibreOffice prints it.
 */
const PRINT = { scale: 70, least: 50, pageChars: 98, firstUnits: 2 } as const;

/** The scale at which the columns before the first unit, and `PRINT.firstUnits` units, fit a page wide. */
function printScale(widths: number[], first: number): number {
  const needed = widths.slice(1, first + PRINT.firstUnits).reduce((sum, w) => sum + w, 0);
  return Math.max(PRINT.least, Math.min(PRINT.scale, Math.floor((PRINT.pageChars * 100) / needed)));
}

/** The style of a figure's row in the per-unit sheet, by its kind: its number format. */
const BODY_STYLES: Partial<Record<RowKind, StyleId>> = {
  count: "bodyCount",
  total: "bodyCount",
  rate: "bodyRate",
  enteredRate: "bodyRate",
  amount: "bodyAmount",
  text: "bodyWrap",
  assessment: "body",
  assessmentSummary: "body",
};

/**
 * Every figure beside the units that made it: a row a figure, named by its form, STT, indicator and
 * period; a column the total, each level's subtotal (for units of more than one level), the number of
 * units that gave it, then a column a unit. Read down, as the forms are, and printed so: a page holds
 * figures of a few units, its indicators and the units' names repeated. Only the figures some unit (or
 * the total) holds get a row; the units' figures are made as the rows are written, from their packed
 * figures, so thousands of units are never laid out at once. A later merge reads the units back from it
 * (`readConsolidation`): a consolidation merges again as the files it was made of.
 */
export function unitsSheet(result: MergeResult, cat: Catalogue): SheetLayout {
  const { refs } = figureIndex(cat);
  const units = result.units;
  const shownAt = refs.flatMap((ref, i) =>
    figureAt(result.merged.figures, ref) !== null ||
    units.some((u) => packedAt(u.figures, i) !== null)
      ? [i]
      : []
  );
  const totals = [
    { label: text("merge.units.total"), merged: result.merged },
    ...result.byLevel.map((l) => ({
      label: subtotalName(cat, l),
      merged: l.merged,
    })),
  ];
  // how many units gave each figure, beside the totals: a total of few units is read with care
  const counted = LEAD.totals + totals.length;
  const first = counted + 1;
  const last = first + units.length - 1;
  const at = UNIT_TOP;
  const widths = [4, 11, 7, 60, 12, ...totals.map(() => 12), 11, ...units.map(() => 12)];
  const b = new SheetBuilder(UNITS_ID, `${MERGED_PREFIX}${text("merge.sheet.units")}`, widths);
  b.hideColumn(0).hideRow(0).set(0, 0, UNITS_ID, "key").set(0, 1, MERGED_MARK, "key");
  b.merge(span(1, LEAD.form, 1, LEAD.period), text("merge.units.title"), "heading");
  // each unit's level, code, path and file above its name; the labels of those rows on the left
  (
    [
      [UNIT_ROWS.level, text("merge.units.row.level")],
      [UNIT_ROWS.code, text("merge.units.row.code")],
      [UNIT_ROWS.via, text("merge.units.row.via")],
      [UNIT_ROWS.file, text("merge.units.row.file")],
    ] as const
  ).forEach(([row, label]) => b.merge(span(row, LEAD.form, 1, LEAD.period), label, "header"));
  const name = UNIT_ROWS.name;
  text("merge.units.head")
    .split("|")
    .forEach((h, i) => b.set(name, LEAD.form + i, h, "header"));
  totals.forEach((t, k) => b.set(name, LEAD.totals + k, t.label, "header"));
  b.set(name, counted, text("merge.units.reported"), "header");
  b.style(
    span(UNIT_ROWS.level, LEAD.totals, name - UNIT_ROWS.level, first - LEAD.totals),
    "header"
  );
  units.forEach((u, j) => {
    const col = first + j;
    b.set(0, col, UNIT_MARK, "key").set(name, col, u.name);
    if (u.level) b.set(UNIT_ROWS.level, col, levelLabelIn(cat, u.level));
    if (u.code) b.set(UNIT_ROWS.code, col, u.code);
    if (u.via) b.set(UNIT_ROWS.via, col, u.via);
    b.set(UNIT_ROWS.file, col, u.file);
  });
  if (units.length > 0)
    b.style(span(UNIT_ROWS.level, first, name - UNIT_ROWS.level, units.length), "bodyWrap").style(
      span(name, first, 1, units.length),
      "header"
    );
  // a row's kind, but a note is a text whatever its row counts
  const kindOf = (i: number): RowKind => {
    const ref = refs[shownAt[i]!]!;
    return ref.period === NOTES ? "text" : rowOf(formIn(cat, ref.form), ref.row)!.kind;
  };
  const leads = shownAt.map((figure, i) => {
    const ref = refs[figure]!;
    const f = formIn(cat, ref.form);
    const label = rowOf(f, ref.row)!.label;
    const period = capitalised(periodName(cat, ref.form, ref.period));
    b.room(at + i, LEAD.label, label).room(at + i, LEAD.period, period);
    // a text row is as tall as its longest unit's text; its units' texts joined are not repeated as its total
    const isText = kindOf(i) === "text";
    if (isText) {
      const longest = units.reduce((l, u) => {
        const v = packedAt(u.figures, figure);
        return typeof v === "string" && v.length > l.length ? v : l;
      }, "");
      if (longest) b.room(at + i, first, longest);
    }
    return [
      figureKey(ref),
      f.sheet,
      fullStt(f, rowOf(f, ref.row)!),
      label,
      period,
      ...totals.map((t) => (isText ? null : figureAt(t.merged.figures, ref))),
      units.reduce((n, u) => n + (packedAt(u.figures, figure) === null ? 0 : 1), 0),
    ];
  });
  const rows = leads.length;
  if (rows > 0) {
    b.style(span(at, LEAD.form, rows, 1), "body")
      .style(span(at, LEAD.stt, rows, 1), "bodyCenter")
      .style(span(at, LEAD.label, rows, 1), "bodyWrap")
      .style(span(at, LEAD.period, rows, 1), "bodyCenterWrap");
    // a row's number format by its kind, over runs of rows alike, each from the totals to the last unit
    const styleOf = (i: number) => BODY_STYLES[kindOf(i)] ?? "bodyNumber";
    for (let i = 0; i < rows;) {
      let j = i + 1;
      while (j < rows && styleOf(j) === styleOf(i)) j++;
      b.style(
        span(at + i, LEAD.totals, j - i, Math.max(last, counted) - LEAD.totals + 1),
        styleOf(i)
      );
      i = j;
    }
    b.style(span(at, counted, rows, 1), "bodyTotalCount");
  }
  b.layout.body = {
    at,
    leads,
    figures: units.map((u) => u.figures),
    shown: Uint32Array.from(shownAt),
    across: true,
  };
  b.layout.freeze = { rows: at, columns: LEAD.totals };
  b.layout.print = {
    titleRows: [name, name],
    titleColumns: [LEAD.form, LEAD.period],
    area: span(1, 1, at - 1 + rows, Math.max(last, counted)),
    scale: printScale(widths, first),
  };
  return b.layout;
}
