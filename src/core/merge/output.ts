import { formIn, levelLabelIn, rowOf, type Catalogue } from "../catalogue";
import { figureIndex, packedAt } from "../catalogue/packed";
import { NOTES } from "../catalogue/columns";
import { figureKey, figureRef } from "../figure";
import { buildWorkbookLayout, type WorkbookLayout } from "../layout";
import { SheetBuilder, one, span } from "../layout/builder";
import { absolute, sheetRef } from "../a1";
import { columnsOf } from "../catalogue/columns";
import { STT } from "../layout/yearly";
import type { CoverInfo } from "../layout/cover";
import {
  KEY_COLUMN,
  MERGED_MARK,
  MERGED_PREFIX,
  OVERVIEW_ID,
  REPORT_ID,
  UNIT_LEAD,
  UNIT_ROW_KEY,
  UNITS_ID,
} from "../sheet-keys";
import type { RowKind } from "../catalogue/schema";
import type { StyleId } from "../layout/types";
import { fillLayout } from "../layout/fill";
import { estimateHeights } from "../layout/heights";
import type { SheetLayout } from "../layout/types";
import { text } from "../messages";
import { periodName, rowName, sttOf } from "../rules/names";
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

/** Rows of the per-unit sheet above its totals: keys (hidden), title, four header rows. */
const UNITS_TOP = 6;

/** The style of a figure's column in the per-unit sheet, by the kind of its row: its number format. */
const BODY_STYLES: Partial<Record<RowKind, StyleId>> = {
  count: "bodyCount",
  total: "bodyCount",
  rate: "bodyRate",
  enteredRate: "bodyRate",
  amount: "bodyAmount",
  text: "body",
  assessment: "body",
  assessmentSummary: "body",
};

/**
 * Every figure beside the units that made it: a column a figure, a row a unit, so that it grows in rows as
 * units are added; above them the total and, for units of more than one level, each level's subtotal. Only
 * the figures some unit (or the total) holds get a column; each unit's row is made when the sheet is
 * written, from its packed figures, so thousands of units are never laid out at once. A later merge reads
 * the units back from it (`readConsolidation`): a consolidation merges again as the files it was made of.
 */
export function unitsSheet(result: MergeResult, cat: Catalogue): SheetLayout {
  const { refs } = figureIndex(cat);
  const held = refs.map(
    (ref, i) =>
      figureAt(result.merged.figures, ref) !== null ||
      result.units.some((u) => packedAt(u.figures, i) !== null)
  );
  const shownAt = refs.flatMap((_, i) => (held[i] ? [i] : []));
  const shown = shownAt.map((i) => refs[i]!);
  const totals = [
    { label: text("merge.units.total"), merged: result.merged },
    ...result.byLevel.map((l) => ({
      label: text("merge.units.levelTotal", {
        level: levelName(cat, l.level),
        count: l.count,
      }),
      merged: l.merged,
    })),
  ];
  // how many units gave each figure, under the totals: a total of few units is read with care
  const counted = UNITS_TOP + totals.length;
  const at = counted + 1;
  const lead = UNIT_LEAD - 1;
  const b = new SheetBuilder(UNITS_ID, `${MERGED_PREFIX}${text("merge.sheet.units")}`, [
    4,
    30,
    12,
    14,
    24,
    20,
    ...shown.map(() => 16),
  ]);
  b.hideColumn(0).hideRow(0).set(0, 0, UNITS_ID, "key").set(0, 1, MERGED_MARK, "key");
  b.merge(span(1, 1, 1, lead), text("merge.units.title"), "heading");
  const [form, stt, label, ...heads] = text("merge.units.head").split("|");
  [form, stt, label].forEach((h, i) => b.merge(span(2 + i, 1, 1, lead), h!, "header"));
  heads.forEach((h, i) => b.set(5, 1 + i, h, "header"));
  totals.forEach((t, i) => b.merge(span(UNITS_TOP + i, 1, 1, lead), t.label, "bodyTotal"));
  b.merge(span(counted, 1, 1, lead), text("merge.units.reported"), "bodyTotal");
  shown.forEach((ref, i) => {
    const col = UNIT_LEAD + i;
    const f = formIn(cat, ref.form);
    b.set(0, col, figureKey(ref), "key")
      .set(2, col, f.sheet, "header")
      .set(3, col, sttOf(cat, ref.form, ref.row), "header")
      .set(4, col, rowOf(f, ref.row)!.label, "header")
      .set(5, col, periodName(cat, ref.form, ref.period), "header");
    totals.forEach((t, k) => {
      const merged = figureAt(t.merged.figures, ref);
      if (merged !== null) b.set(UNITS_TOP + k, col, merged);
    });
    b.set(
      counted,
      col,
      result.units.reduce((n, u) => n + (packedAt(u.figures, shownAt[i]!) === null ? 0 : 1), 0),
      "bodyTotalCount"
    );
  });
  const units = result.units;
  if (units.length > 0) b.style(span(at, 1, units.length, lead), "body");
  // a column's number format by its row's kind, over runs of columns alike
  const styleOf = (i: number) =>
    BODY_STYLES[rowOf(formIn(cat, shown[i]!.form), shown[i]!.row)!.kind] ?? "bodyNumber";
  for (let i = 0; i < shown.length;) {
    let j = i + 1;
    while (j < shown.length && styleOf(j) === styleOf(i)) j++;
    b.style(span(UNITS_TOP, UNIT_LEAD + i, totals.length, j - i), styleOf(i));
    if (units.length > 0) b.style(span(at, UNIT_LEAD + i, units.length, j - i), styleOf(i));
    i = j;
  }
  b.layout.body = {
    at,
    leads: units.map((u) => [
      UNIT_ROW_KEY,
      u.name,
      u.code ?? null,
      u.level ? levelLabelIn(cat, u.level) : null,
      u.via ?? null,
      u.file,
    ]),
    figures: units.map((u) => u.figures),
    shown: Uint32Array.from(shownAt),
  };
  b.layout.freeze = { rows: at, columns: 2 };
  b.layout.print = {
    titleRows: [2, at - 1],
    area: span(1, 1, at - 1 + units.length, UNIT_LEAD + shown.length - 1),
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
  return b.layout;
}

/**
 * Each row of a consolidated form (but a matrix) linked to its units: its STT becomes a link to the
 * row's first column in the per-unit sheet, at the total, above each level's and each unit's figure.
 */
function linkRows(sheet: SheetLayout, units: SheetLayout, cat: Catalogue): SheetLayout {
  const form = cat.forms.find((f) => f.id === sheet.id);
  // a matrix's rows are periods, with no STT of a row of figures
  if (!form || form.orientation === "periodsAsRows") return sheet;
  const columnOf = new Map(
    units.cells.filter((c) => c.row === 0 && c.col >= UNIT_LEAD).map((c) => [c.value, c.col])
  );
  const keyAt = new Map(
    sheet.cells.filter((c) => c.col === KEY_COLUMN).map((c) => [c.row, String(c.value)])
  );
  const linked = new Set<number>();
  const cells = sheet.cells.map((c) => {
    const key = keyAt.get(c.row);
    if (c.col !== STT || key === undefined || c.value === undefined || c.formula !== undefined)
      return c;
    const col = columnsOf(form)
      .map((p) => columnOf.get(figureKey(figureRef(form.id, key, p))))
      .find((x) => x !== undefined);
    if (col === undefined) return c;
    linked.add(c.row);
    const label = String(c.value).replace(/"/g, '""');
    const target = `#${sheetRef(units.name)}!${absolute(UNITS_TOP, col)}`;
    return { ...c, formula: `HYPERLINK("${target.replace(/"/g, '""')}","${label}")` };
  });
  const styles = [
    ...sheet.styles,
    ...[...linked].map((row) => ({ rect: one(row, STT), style: "sttLink" as const })),
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
    ...forms.sheets.map((s) => linkRows(s, units, cat)),
    units,
    reportSheet(result, cat),
  ].map((s) => ({
    ...s,
    rowHeights: estimateHeights(s, forms.styles),
  }));
  // a consolidation opens on what it found, not on the cover the units fill
  return { ...forms, sheets, opensOn: OVERVIEW_ID };
}
