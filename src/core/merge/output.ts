import { formIn, levelLabelIn, type Catalogue } from "../catalogue";
import { NOTES } from "../catalogue/columns";
import { figureKey, figureRef, type FigureKey } from "../figure";
import { buildWorkbookLayout, type WorkbookLayout } from "../layout";
import { SheetBuilder, one, span } from "../layout/builder";
import { absolute, sheetRef } from "../a1";
import { STT } from "../layout/yearly";
import type { CoverInfo } from "../layout/cover";
import { MERGED_MARK, MERGED_PREFIX, OVERVIEW_ID, REPORT_ID } from "../sheet-keys";
import { fillLayout } from "../layout/fill";
import { estimateHeights } from "../layout/heights";
import type { SheetLayout } from "../layout/types";
import { text } from "../messages";
import { rowName } from "../rules/names";
import { figureAt } from "../values";
import type { MergeResult } from "./merge";
import { overviewSheet } from "./overview";
import { problemText, SHOWN_PROBLEMS } from "./problem-line";
import { someNamed } from "./texts";
import { LEAD, unitsSheet } from "./units-sheet";

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
