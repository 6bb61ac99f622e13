import type { WorksheetApi } from "./excel-api";
import { absolute, type Rect } from "../core/a1";
import type { SheetLayout, WorkbookLayout } from "../core/layout";
import { extent, paint, validationRects } from "../core/layout/paint";
import type { LayoutCell, Validation } from "../core/layout/types";
import type { Feature } from "./host";

const POINTS_PER_MM = 72 / 25.4;
/** Column widths in characters of the default font, as Excel counts them, to points. */
const widthPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const range = (ws: WorksheetApi, r: Rect) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

function rule(v: Validation): Excel.DataValidationRule {
  switch (v.type) {
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: v.source
            ? `=${absolute(v.source.row, v.source.col)}:${absolute(v.source.row + v.source.rows - 1, v.source.col + v.source.cols - 1)}`
            : v.list.join(","),
        },
      };
    case "textLength":
      return {
        textLength: { formula1: v.max, operator: Excel.DataValidationOperator.lessThanOrEqualTo },
      };
    case "whole":
    case "decimal": {
      const criteria: Excel.BasicDataValidation =
        v.max === undefined
          ? { formula1: v.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
          : { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between };
      return v.type === "whole" ? { wholeNumber: criteria } : { decimal: criteria };
    }
  }
}

/** Rows [from, to) of the used area as one 2D array of formulas and constants: one action. */
function formulaGrid(
  sheet: SheetLayout,
  styles: WorkbookLayout["styles"],
  from: number,
  to: number
): (string | number)[][] {
  const text = new Set<string>();
  for (const { rect, style } of sheet.styles)
    if (styles[style].numberFormat === "@")
      for (let r = Math.max(rect.row, from); r < Math.min(rect.row + rect.rows, to); r++)
        for (let k = rect.col; k < rect.col + rect.cols; k++) text.add(`${r}:${k}`);
  const { cols } = extent(sheet);
  const grid: (string | number)[][] = Array.from({ length: to - from }, () =>
    Array<string | number>(cols).fill("")
  );
  for (const c of sheet.cells)
    if (c.row >= from && c.row < to)
      grid[c.row - from]![c.col] = written(c, text.has(`${c.row}:${c.col}`));
  return grid;
}

/**
 * What is sent for a cell: Excel takes a string as if typed ("- Tổ chức…" becomes a formula, "1.10" a
 * number, "0912…" loses its 0), so a text goes with a leading apostrophe, which keeps it as written;
 * except in a cell formatted as text, which keeps everything as typed, apostrophe included.
 */
const written = (c: LayoutCell, textFormat: boolean): string | number =>
  c.formula !== undefined
    ? `=${c.formula}`
    : typeof c.value === "string" && c.value !== "" && !textFormat
      ? `'${c.value}`
      : (c.value ?? "");

const filled = <T>(r: Rect, v: T): T[][] =>
  Array.from({ length: r.rows }, () => Array<T>(r.cols).fill(v));

/** A sheet's values and formulas as Excel will be sent them, row by row from A1. */
export const valueGrid = (
  sheet: SheetLayout,
  styles: WorkbookLayout["styles"]
): (string | number)[][] => formulaGrid(sheet, styles, 0, extent(sheet).rows);

/** Writes rows [from, to) of such a grid. */
export function queueRows(
  ws: WorksheetApi,
  grid: (string | number)[][],
  from: number,
  to: number
): void {
  if (to <= from) return;
  ws.getRangeByIndexes(from, 0, to - from, grid[0]!.length).formulas = grid.slice(from, to);
}

/** Consecutive rows [from, to), from row `start` on, whose JSON stays under `budget` bytes (a row at least). */
export function byteChunks(grid: unknown[][], budget: number, start = 0): [number, number][] {
  const encoder = new TextEncoder();
  const chunks: [number, number][] = [];
  let from = start;
  let bytes = 0;
  grid.forEach((row, i) => {
    if (i < start) return;
    const size = encoder.encode(JSON.stringify(row)).length + 1;
    if (i > from && bytes + size > budget) {
      chunks.push([from, i]);
      from = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (grid.length > from) chunks.push([from, grid.length]);
  return chunks;
}

export interface QueueOptions {
  /** false: the values are written later, in chunks (valueGrid, queueRows) */
  values?: boolean;
  /** false: the caller protects the sheet once its values are in */
  protect?: boolean;
  password?: string;
}

/**
 * Queues one sheet's layout on a new worksheet, without syncing: each property is painted over
 * few large rectangles, so the number of actions follows the shape of the form, not its rows.
 */
export function queueSheet(
  ws: WorksheetApi,
  sheet: SheetLayout,
  layout: WorkbookLayout,
  missing: Feature[],
  options: QueueOptions = {}
): void {
  const { rows, cols } = extent(sheet);
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  all.format.font.name = layout.font;
  all.format.font.size = 12;
  all.format.verticalAlignment = Excel.VerticalAlignment.center;
  for (const { value, rects } of paint(sheet, layout.styles, (s) => s.numberFormat))
    for (const r of rects) range(ws, r).numberFormat = filled(r, value);
  if (options.values !== false) all.formulas = formulaGrid(sheet, layout.styles, 0, rows);

  const styles = layout.styles;
  for (const { value, rects } of paint(sheet, styles, (s) => (s.size === 12 ? undefined : s.size)))
    for (const r of rects) range(ws, r).format.font.size = value;
  for (const { rects } of paint(sheet, styles, (s) => s.bold || undefined))
    for (const r of rects) range(ws, r).format.font.bold = true;
  for (const { rects } of paint(sheet, styles, (s) => s.italic || undefined))
    for (const r of rects) range(ws, r).format.font.italic = true;
  for (const { value, rects } of paint(sheet, styles, (s) => s.color))
    for (const r of rects) range(ws, r).format.font.color = value;
  for (const { value, rects } of paint(sheet, styles, (s) => s.fill))
    for (const r of rects) range(ws, r).format.fill.color = value;
  for (const { value, rects } of paint(sheet, styles, (s) =>
    s.align === "left" ? undefined : s.align
  ))
    for (const r of rects)
      range(ws, r).format.horizontalAlignment =
        value === "center" ? Excel.HorizontalAlignment.center : Excel.HorizontalAlignment.right;
  for (const { rects } of paint(sheet, styles, (s) => s.wrap || undefined))
    for (const r of rects) range(ws, r).format.wrapText = true;
  if (!missing.includes("pageLayout"))
    for (const { value, rects } of paint(sheet, styles, (s) => s.indent))
      for (const r of rects) range(ws, r).format.indentLevel = value;
  for (const { rects } of paint(sheet, styles, (s) => s.border || undefined))
    for (const r of rects) {
      const borders = range(ws, r).format.borders;
      const edges = [
        Excel.BorderIndex.edgeTop,
        Excel.BorderIndex.edgeBottom,
        Excel.BorderIndex.edgeLeft,
        Excel.BorderIndex.edgeRight,
      ];
      if (r.rows > 1) edges.push(Excel.BorderIndex.insideHorizontal);
      if (r.cols > 1) edges.push(Excel.BorderIndex.insideVertical);
      for (const edge of edges) borders.getItem(edge).style = Excel.BorderLineStyle.continuous;
    }
  for (const { rects } of paint(sheet, styles, (s) => (s.locked ? undefined : true)))
    for (const r of rects) range(ws, r).format.protection.locked = false;
  for (const m of sheet.merges) range(ws, m).merge(false);

  sheet.columns.forEach((c, i) => {
    const col = ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
    col.format.columnWidth = widthPoints(c.width);
    if (c.hidden) col.columnHidden = true;
  });
  for (const [r, h] of Object.entries(sheet.rowHeights))
    ws.getRangeByIndexes(Number(r), 0, 1, 1).getEntireRow().format.rowHeight = h;
  for (const r of sheet.hiddenRows)
    ws.getRangeByIndexes(r, 0, 1, 1).getEntireRow().rowHidden = true;

  if (!missing.includes("validation"))
    for (const { value, rects } of validationRects(sheet))
      for (const r of rects) {
        const dv = range(ws, r).dataValidation;
        dv.rule = rule(value);
        dv.prompt = {
          showPrompt: true,
          title: value.title.slice(0, 32),
          message: value.prompt.slice(0, 255),
        };
        dv.errorAlert = {
          showAlert: true,
          style: Excel.DataValidationAlertStyle.stop,
          title: value.title.slice(0, 32),
          message: value.error.slice(0, 225),
        };
      }

  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)
    ws.freezePanes.freezeAt(
      ws.getRangeByIndexes(0, 0, Math.max(1, sheet.freeze.rows), Math.max(1, sheet.freeze.columns))
    );

  if (!missing.includes("pageLayout")) {
    const page = ws.pageLayout;
    page.orientation = Excel.PageOrientation.landscape;
    page.paperSize = Excel.PaperType.a4;
    page.topMargin = layout.page.marginsMm.top * POINTS_PER_MM;
    page.bottomMargin = layout.page.marginsMm.bottom * POINTS_PER_MM;
    page.leftMargin = layout.page.marginsMm.left * POINTS_PER_MM;
    page.rightMargin = layout.page.marginsMm.right * POINTS_PER_MM;
    page.centerHorizontally = true;
    page.firstPageNumber = 1;
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.headersFooters.defaultForAllPages.centerFooter = layout.page.footer;
    page.setPrintTitleRows(`$${sheet.print.titleRows[0] + 1}:$${sheet.print.titleRows[1] + 1}`);
    page.setPrintArea(range(ws, sheet.print.area));
  }
  if (options.protect !== false) protectSheet(ws, options.password);
}

export const protectSheet = (ws: WorksheetApi, password?: string): void =>
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true }, password);
