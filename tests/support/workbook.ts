import { round } from "./round";
import { parseA1 } from "../../src/core/a1";
import { checkSheets, type CheckReport } from "../../src/core/check";
import {
  buildWorkbookLayout,
  type TemplateOptions,
  type WorkbookLayout,
} from "../../src/core/layout";
import { fillLayout } from "../../src/core/layout/fill";
import { bodyRow, bodyRows } from "../../src/core/layout/body";
import type { RawSheet, RawValue } from "../../src/core/read/grid";
import type { Figures } from "../../src/core/values";
import { COVER_SHEET, coverRef, type CoverKey } from "../../src/core/layout/cover";
import { levelLabelIn } from "../../src/core/catalogue";
import type { Round } from "../../src/core/rounds";

export const coverAddress = (key: CoverKey) => coverRef(key).replace(/^.*!/, "").replace(/\$/g, "");

/** The raw grids a spreadsheet program would hand over for a layout; formula cells read as blank. */
export function sheetsOf(layout: WorkbookLayout): RawSheet[] {
  return layout.sheets.map((s) => {
    const rows: RawValue[][] = [];
    for (const c of s.cells) {
      const row = (rows[c.row] ??= []);
      row[c.col] = c.formula !== undefined ? null : (c.value ?? null);
    }
    if (s.body) for (let i = 0; i < bodyRows(s.body); i++) rows[s.body.at + i] = bodyRow(s.body, i);
    return { name: s.name, rows: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) };
  });
}

/** Types values into cells by A1 address: { "Phụ lục 1": { E12: 40 } }. */
export function typeInto(
  sheets: RawSheet[],
  entries: Record<string, Record<string, RawValue>>
): RawSheet[] {
  return sheets.map((s) => {
    const typed = entries[s.name];
    if (!typed) return s;
    const rows = s.rows.map((r) => [...r]);
    for (const [address, value] of Object.entries(typed)) {
      const [r, c] = parseA1(address);
      const row = (rows[r] ??= []);
      while (row.length < c) row.push(null);
      row[c] = value;
    }
    return { ...s, rows: Array.from(rows, (r) => r ?? []) };
  });
}

export const blank = (options: TemplateOptions = { unit: "UBND xã Tân Hòa", level: "xa" }) =>
  sheetsOf(buildWorkbookLayout(round, options));

/** Kiểm tra on a template with cells typed by address. */
export const checkTyped = (
  entries: Record<string, Record<string, RawValue>>,
  options?: TemplateOptions
): CheckReport => checkSheets(typeInto(blank(options), entries), round);

/**
 * Kiểm tra on a template filled with figures by key, as a unit may type them: rows its level does
 * not report are filled too (the level is set on the cover afterwards).
 */
export const checkFigures = (
  figures: Figures,
  options: TemplateOptions = { unit: "Sở Nội vụ", level: "so" },
  of: Round = round
): CheckReport => checkSheets(filledSheets(figures, options, of), of);

export function filledSheets(
  figures: Figures,
  options: TemplateOptions = { unit: "Sở Nội vụ", level: "so" },
  of: Round = round
): RawSheet[] {
  const { level, ...rest } = options;
  const sheets = sheetsOf(fillLayout(buildWorkbookLayout(of, rest), figures));
  return level
    ? typeInto(sheets, { [COVER_SHEET]: { [coverAddress("level")]: levelLabelIn(of, level) } })
    : sheets;
}
