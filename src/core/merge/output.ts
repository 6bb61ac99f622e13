import { formIn, levelLabelIn, rowOf, type Catalogue } from "../catalogue";
import { figureIndex, packedAt } from "../catalogue/packed";
import { NOTES } from "../catalogue/columns";
import { figureKey, figureRef, type FigureKey } from "../figure";
import { buildWorkbookLayout, type WorkbookLayout } from "../layout";
import { SheetBuilder, one, span } from "../layout/builder";
import { absolute, sheetRef } from "../a1";
import { STT } from "../layout/yearly";
import type { CoverInfo } from "../layout/cover";
import {
  MERGED_MARK,
  MERGED_PREFIX,
  OVERVIEW_ID,
  REPORT_ID,
  UNIT_MARK,
  UNIT_ROWS,
  UNIT_TOP,
  UNITS_ID,
} from "../sheet-keys";
import type { RowKind } from "../catalogue/schema";
import type { StyleId } from "../layout/types";
import { fillLayout } from "../layout/fill";
import { estimateHeights } from "../layout/heights";
import type { SheetLayout } from "../layout/types";
import { text } from "../messages";
import { fullStt, periodName, rowName } from "../rules/names";
import { figureAt } from "../values";
import type { MergeResult } from "./merge";
import { levelName, overviewSheet } from "./overview";
import { problemText, SHOWN_PROBLEMS } from "./problem-line";
import { someNamed } from "./texts";

/** The consolidated forms: the blank forms' layout, filled with the merged figures and their notes. */
function consolidatedForms(result: MergeResult, info: CoverInfo, cat: Catalogue): WorkbookLayout {
  const layout = fillLayout(
    buildWorkbookLayout(cat, { ...info, merged: true }),
    result.merged.figures
  );
  return {
    ...layout,
    sheets: layout.sheets.map((s) => {
      const form = cat.forms.find((f) => f.id === s.id);
      const notes = (form?.rows ?? []).flatMap((r) => {
        const ref = figureRef(s.id, r.key, NOTES);
        const slot = s.slots.get(figureKey(ref));
        // how the row was merged, then what the units remarked on it
        const value = [
          result.merged.notes.get(figureKey(ref)),
          figureAt(result.merged.figures, ref),
        ]
          .filter((v) => typeof v === "string" && v !== "")
          .join("\n");
        return slot && value ? [{ row: slot.row, col: slot.col, value }] : [];
      });
      return notes.length > 0 ? { ...s, cells: [...s.cells, ...notes] } : s;
    }),
  };
}

/** The per-unit sheet's columns: key (hidden), form, STT, indicator, period; then the totals. */
const LEAD = { form: 1, stt: 2, label: 3, period: 4, totals: 5 } as const;

/** A name as a table's cell starts it ("năm 2021" → "Năm 2021"). */
const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** The per-unit sheet printed: readable, its indicators and units' names repeated on every page. */
const UNITS_PRINT_SCALE = 70;

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
      label: text("merge.units.levelTotal", { level: levelName(cat, l.level), count: l.count }),
      merged: l.merged,
    })),
  ];
  // how many units gave each figure, beside the totals: a total of few units is read with care
  const counted = LEAD.totals + totals.length;
  const first = counted + 1;
  const last = first + units.length - 1;
  const at = UNIT_TOP;
  const b = new SheetBuilder(UNITS_ID, `${MERGED_PREFIX}${text("merge.sheet.units")}`, [
    4,
    11,
    7,
    60,
    12,
    ...totals.map(() => 12),
    11,
    ...units.map(() => 12),
  ]);
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
    scale: UNITS_PRINT_SCALE,
  };
  return b.layout;
}

/** The merge report: each file, its unit, its status, whether it counts; then who has not sent one. */
export function reportSheet(result: MergeResult, cat: Catalogue): SheetLayout {
  const b = new SheetBuilder(
    REPORT_ID,
    `${MERGED_PREFIX}${text("merge.sheet.report")}`,
    [4, 6, 28, 30, 16, 40, 8, 10, 12, 70]
  );
  b.hideColumn(0).hideRow(0).set(0, 0, REPORT_ID, "key").set(0, 1, MERGED_MARK, "key");
  b.merge(span(1, 1, 1, 9), text("merge.report.title"), "heading");
  const included = result.lines.filter((l) => l.included).length;
  b.merge(
    span(2, 1, 1, 9),
    text("merge.report.summary", {
      files: result.lines.length,
      included,
      missing: result.missing.length,
      duplicates: result.duplicates.length,
    }),
    "subtitle"
  );
  text("merge.report.head")
    .split("|")
    .forEach((h, i) => b.set(4, 1 + i, h, "header"));
  result.lines.forEach((l, i) => {
    const r = 5 + i;
    const level = l.level ? levelLabelIn(cat, l.level) : "";
    const detail = [
      ...(l.via ? [text("merge.status.via", { via: l.via })] : []),
      ...l.notes,
      ...l.problems.slice(0, SHOWN_PROBLEMS).map(problemText),
    ].join("\n");
    b.set(r, 1, i + 1)
      .set(r, 2, l.file)
      .set(r, 3, l.unit ?? "")
      .set(r, 4, level)
      .set(r, 5, l.detail)
      .set(r, 6, l.errors)
      .set(r, 7, l.warnings)
      .set(
        r,
        8,
        text(
          l.status === "consolidation"
            ? "merge.byMembers"
            : l.included
              ? "merge.included"
              : "merge.excluded"
        )
      )
      .set(r, 9, detail);
  });
  // styled by column, a rectangle each: a province's 2,000 lines are a few formatting actions, not 18,000
  const lines = result.lines.length;
  if (lines > 0)
    (
      [
        [1, "stt"],
        [2, "label0"],
        [3, "label0"],
        [4, "unit"],
        [5, "label0"],
        [6, "computedCount"],
        [7, "computedCount"],
        [8, "unit"],
        [9, "label0"],
      ] as const
    ).forEach(([col, style]) => b.style(span(5, col, lines, 1), style));
  /** A titled list under the files: its heading, then a numbered line an item; returns the row after it. */
  const section = (from: number, title: string, lines: [string, string, string][]) => {
    b.merge(span(from, 1, 1, 9), title, "labelGroup");
    lines.forEach(([file, name, level], i) =>
      b
        .set(from + 1 + i, 1, i + 1, "stt")
        .set(from + 1 + i, 2, file, "label0")
        .set(from + 1 + i, 3, name, "label0")
        .set(from + 1 + i, 4, level, "unit")
    );
    return from + 1 + lines.length;
  };
  let at = section(
    5 + result.lines.length + 1,
    text("merge.report.missing", { count: result.missing.length }),
    result.missing.map((m) => ["", m.name, m.level ? levelLabelIn(cat, m.level) : ""])
  );
  // the merged rows that include a unit's figures where its file has an error: to be read with care
  at = section(
    at + 1,
    text("merge.report.flagged", { count: result.flagged.length }),
    result.flagged.map((f) => [
      `${formIn(cat, f.form).sheet}, ${rowName(cat, f.form, f.row)}`,
      someNamed(f.units),
      "",
    ])
  );
  b.layout.freeze = { rows: 5, columns: 0 };
  b.layout.print = { titleRows: [4, 4], area: span(1, 1, Math.max(at - 1, 4), 9) };
  b.layout.chunked = true;
  return b.layout;
}

/**
 * Each row of figures of a consolidated form linked to its units: the cell that names the row (its STT, or a
 * matrix's period) becomes a link to the row's first figure in the per-unit sheet, at its total.
 */
function linkRows(sheet: SheetLayout, units: SheetLayout): SheetLayout {
  const body = units.body;
  if (!body) return sheet;
  const rowOfFigure = new Map(body.leads.map((lead, i) => [lead[0], body.at + i]));
  // the first figure of each row of the form, by column
  const firstSlot = new Map<number, { col: number; key: FigureKey }>();
  for (const [key, slot] of sheet.slots) {
    const held = firstSlot.get(slot.row);
    if (rowOfFigure.has(key) && (!held || slot.col < held.col))
      firstSlot.set(slot.row, { col: slot.col, key });
  }
  const names = sheet.rowNames ?? STT;
  const linked = new Set<number>();
  const cells = sheet.cells.map((c) => {
    const slot = firstSlot.get(c.row);
    if (c.col !== names || !slot || c.value === undefined || c.formula !== undefined) return c;
    linked.add(c.row);
    // a line break as CHAR(10): a formula's text holds none that every program reads back
    const label = String(c.value)
      .split("\n")
      .map((part) => `"${part.replace(/"/g, '""')}"`)
      .join("&CHAR(10)&");
    const target = `#${sheetRef(units.name)}!${absolute(rowOfFigure.get(slot.key)!, LEAD.totals)}`;
    return { ...c, formula: `HYPERLINK("${target.replace(/"/g, '""')}",${label})` };
  });
  const styles = [
    ...sheet.styles,
    ...[...linked].map((row) => ({ rect: one(row, names), style: "sttLink" as const })),
  ];
  return { ...sheet, cells, styles };
}

/** The whole output of a merge: consolidated cover and forms, the per-unit sheet, the report. */
export function mergeLayout(result: MergeResult, info: CoverInfo, cat: Catalogue): WorkbookLayout {
  const forms = consolidatedForms(result, info, cat);
  // heights follow the merged texts, which are longer than anything a blank form holds
  const units = unitsSheet(result, cat);
  const sheets = [
    overviewSheet(result, info, cat),
    ...forms.sheets.map((s) => linkRows(s, units)),
    units,
    reportSheet(result, cat),
  ].map((s) => ({
    ...s,
    rowHeights: estimateHeights(s, forms.styles),
  }));
  // a consolidation opens on what it found, not on the cover the units fill
  return { ...forms, sheets, opensOn: OVERVIEW_ID };
}
