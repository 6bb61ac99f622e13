import { catalogue, LEVELS, type Catalogue } from "../catalogue";
import { columnsOf, NOTES } from "../catalogue/columns";
import { computeAll } from "../compute";
import { figureKey, figureRef } from "../figure";
import { buildWorkbookLayout, type WorkbookLayout } from "../layout";
import { SheetBuilder, span } from "../layout/builder";
import type { CoverInfo } from "../layout/cover";
import { MERGED_MARK, MERGED_PREFIX, REPORT_ID, UNITS_ID } from "../sheet-keys";
import { fillLayout } from "../layout/fill";
import { estimateHeights } from "../layout/heights";
import type { SheetLayout } from "../layout/types";
import { text } from "../messages";
import { periodName, sttOf } from "../rules/names";
import { figureAt } from "../values";
import type { MergeResult } from "./merge";

/** The consolidated forms: the blank forms' layout, filled with the merged figures and their notes. */
function consolidatedForms(result: MergeResult, info: CoverInfo, cat: Catalogue): WorkbookLayout {
  const layout = fillLayout(
    buildWorkbookLayout({ ...info, merged: true }, cat),
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

/** Every merged figure beside the units that made it: one row a cell, one column a unit. */
export function unitsSheet(result: MergeResult, cat: Catalogue = catalogue): SheetLayout {
  const units = result.units.map((u) => ({ ...u, computed: computeAll(u.figures, cat) }));
  const b = new SheetBuilder(UNITS_ID, `${MERGED_PREFIX}${text("merge.sheet.units")}`, [
    4,
    14,
    7,
    50,
    14,
    14,
    ...units.map(() => 16),
  ]);
  b.hideColumn(0).hideRow(0).set(0, 0, UNITS_ID, "key").set(0, 1, MERGED_MARK, "key");
  units.forEach((u, i) => b.set(0, 6 + i, u.file, "key"));
  b.merge(span(1, 1, 1, 5), text("merge.units.title"), "heading");
  const head = text("merge.units.head").split("|");
  head.forEach((h, i) => b.set(3, 1 + i, h, "header"));
  units.forEach((u, i) => b.set(3, 6 + i, u.name, "header"));
  let at = 4;
  for (const form of cat.forms)
    for (const row of form.rows)
      for (const column of columnsOf(form)) {
        const ref = figureRef(form.id, row.key, column);
        const values = units.map((u) => figureAt(u.computed, ref));
        if (values.every((v) => v === null)) continue;
        b.set(at, 0, figureKey(ref), "key")
          .set(at, 1, form.sheet)
          .set(at, 2, sttOf(form.id, row.key))
          .set(at, 3, row.label)
          .set(at, 4, periodName(form.id, column));
        const merged = figureAt(result.merged.figures, ref);
        if (merged !== null) b.set(at, 5, merged);
        values.forEach((v, i) => {
          if (v !== null) b.set(at, 6 + i, v);
        });
        at++;
      }
  b.style(span(3, 1, 1, 5 + units.length), "header");
  if (at > 4)
    b.style(span(4, 1, at - 4, 4), "body").style(
      span(4, 5, at - 4, 1 + units.length),
      "bodyNumber"
    );
  b.layout.freeze = { rows: 4, columns: 6 };
  b.layout.print = { titleRows: [3, 3], area: span(1, 1, Math.max(at - 1, 3), 5 + units.length) };
  return b.layout;
}

/** The merge report: each file, its unit, its status, whether it counts; then who has not sent one. */
export function reportSheet(result: MergeResult): SheetLayout {
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
    const level = LEVELS.find((x) => x.id === l.level)?.label ?? "";
    const detail = [...l.notes, ...l.problems].join("\n");
    b.set(r, 1, i + 1, "stt")
      .set(r, 2, l.file, "label0")
      .set(r, 3, l.unit ?? "", "label0")
      .set(r, 4, level, "unit")
      .set(r, 5, l.detail, "label0");
    b.set(r, 6, l.errors, "computedCount")
      .set(r, 7, l.warnings, "computedCount")
      .set(r, 8, text(l.included ? "merge.included" : "merge.excluded"), "unit")
      .set(r, 9, detail, "label0");
  });
  let at = 5 + result.lines.length + 1;
  b.merge(
    span(at, 1, 1, 9),
    text("merge.report.missing", { count: result.missing.length }),
    "labelGroup"
  );
  at++;
  result.missing.forEach((m, i) => {
    b.set(at, 1, i + 1, "stt")
      .set(at, 2, "", "label0")
      .set(at, 3, m.name, "label0")
      .set(at, 4, LEVELS.find((x) => x.id === m.level)?.label ?? "", "unit");
    at++;
  });
  b.layout.freeze = { rows: 5, columns: 0 };
  b.layout.print = { titleRows: [4, 4], area: span(1, 1, Math.max(at - 1, 4), 9) };
  return b.layout;
}

/** The whole output of a merge: consolidated cover and forms, the per-unit sheet, the report. */
export function mergeLayout(
  result: MergeResult,
  info: CoverInfo,
  cat: Catalogue = catalogue
): WorkbookLayout {
  const forms = consolidatedForms(result, info, cat);
  // heights follow the merged texts, which are longer than anything a blank form holds
  const sheets = [...forms.sheets, unitsSheet(result, cat), reportSheet(result)].map((s) => ({
    ...s,
    rowHeights: estimateHeights(s, forms.styles),
  }));
  return { ...forms, sheets };
}
