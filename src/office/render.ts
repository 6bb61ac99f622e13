import type { WorksheetApi } from "./excel-api";
import { a1, absolute, columnLetter, type Rect } from "../core/a1";
import type { SheetLayout, WorkbookLayout } from "../core/layout";
import { extent, highlightFormula, paint, validationRects } from "../core/layout/paint";
import { bodyRow, bodyRows } from "../core/layout/body";
import { growingRows } from "../core/layout/heights";
import { numberRuleFormula } from "../core/layout/inputs";
import type { LayoutCell, Validation } from "../core/layout/types";
import type { Feature } from "./host";

const POINTS_PER_MM = 72 / 25.4;
/** Column widths in characters of the default font, as Excel counts them, to points. */
const widthPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const range = (ws: WorksheetApi, r: Rect) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** A validation's rule over one range: a custom formula reads its cells relative to the range's top-left. */
function rule(v: Validation, at: Rect): Excel.DataValidationRule {
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
      if (v.orText !== undefined)
        return { custom: { formula: `=${numberRuleFormula(v, at.row, at.col)}` } };
      const criteria: Excel.BasicDataValidation =
        v.max === undefined
          ? { formula1: v.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
          : { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between };
      return v.type === "whole" ? { wholeNumber: criteria } : { decimal: criteria };
    }
  }
}

/** Rows [from, to) of the used area as one 2D array of formulas and constants: one action. */
export function sheetRows(
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
  const body = sheet.body;
  if (body)
    for (let r = Math.max(from, body.at); r < Math.min(to, body.at + bodyRows(body)); r++)
      grid[r - from] = bodyCells(sheet, r, cols);
  return grid;
}

/** Row `r` of a sheet's body as Excel is sent it. */
function bodyCells(sheet: SheetLayout, r: number, cols: number): (string | number)[] {
  const row = Array<string | number>(cols).fill("");
  bodyRow(sheet.body!, r - sheet.body!.at).forEach((v, col) => {
    if (v !== null) row[col] = written({ row: r, col, value: v }, false);
  });
  return row;
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

/** Bytes of a row as JSON in UTF-8, counted without making the text: rows are many, and this runs on each. */
export function jsonBytes(row: (string | number)[]): number {
  let n = 1 + Math.max(0, row.length - 1);
  for (const v of row) {
    if (typeof v === "number") {
      n += Number.isFinite(v) ? String(v).length : 4;
      continue;
    }
    n += 2;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (
        c === 0x22 ||
        c === 0x5c ||
        c === 0x08 ||
        c === 0x0c ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x09
      )
        n += 2;
      else if (c < 0x20) n += 6;
      else if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
        n += 4;
        i++;
      } else n += 3;
    }
  }
  return n + 1;
}

/**
 * A sheet's rows from `start` on, as Excel is sent them, in consecutive pieces whose JSON stays under
 * `budget` bytes (a row at least): made as they are asked for, so a sheet of thousands of rows is never
 * held whole.
 */
export function* rowChunks(
  sheet: SheetLayout,
  styles: WorkbookLayout["styles"],
  budget: number,
  start = 0
): Generator<{ from: number; rows: (string | number)[][] }> {
  const { rows: total, cols } = extent(sheet);
  // the rows laid out as cells at once, the body's one at a time
  const cellsEnd = Math.max(start, sheet.body?.at ?? total);
  const head = sheetRows(sheet, styles, start, cellsEnd);
  let from = start;
  let rows: (string | number)[][] = [];
  let bytes = 0;
  for (let r = start; r < total; r++) {
    const row = r < cellsEnd ? head[r - start]! : bodyCells(sheet, r, cols);
    const size = jsonBytes(row) + 1;
    if (rows.length > 0 && bytes + size > budget) {
      yield { from, rows };
      from = r;
      rows = [];
      bytes = 0;
    }
    rows.push(row);
    bytes += size;
  }
  if (rows.length > 0) yield { from, rows };
}

/** Writes rows from `from` down. */
export function queueRows(ws: WorksheetApi, from: number, rows: (string | number)[][]): void {
  if (rows.length === 0) return;
  ws.getRangeByIndexes(from, 0, rows.length, rows[0]!.length).formulas = rows;
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
  // one format broadcast over each rectangle: a 1 × 1 array, never a cell a value (2,000 units' columns)
  for (const { value, rects } of paint(sheet, layout.styles, (s) => s.numberFormat))
    for (const r of rects) range(ws, r).numberFormat = [[value]];
  if (options.values !== false) all.formulas = sheetRows(sheet, layout.styles, 0, rows);

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

  // a width a run of columns alike: 2,000 units' columns are one action
  for (let i = 0; i < sheet.columns.length;) {
    const { width, hidden = false } = sheet.columns[i]!;
    let j = i + 1;
    while (
      j < sheet.columns.length &&
      sheet.columns[j]!.width === width &&
      (sheet.columns[j]!.hidden ?? false) === hidden
    )
      j++;
    const cols = ws.getRangeByIndexes(0, i, 1, j - i).getEntireColumn();
    cols.format.columnWidth = widthPoints(width);
    if (hidden) cols.columnHidden = true;
    i = j;
  }
  const growing = new Set(growingRows(sheet, layout.styles));
  // a height a run of rows alike: a per-unit sheet's 2,000 rows are a few hundred actions, not 2,000
  const byHeight = new Map<number, number[]>();
  for (const [r, h] of Object.entries(sheet.rowHeights))
    if (!growing.has(Number(r))) (byHeight.get(h) ?? byHeight.set(h, []).get(h)!).push(Number(r));
  for (const [h, rows] of byHeight)
    for (const run of runsOf(rows.sort((a, b) => a - b)))
      ws.getRangeByIndexes(run.from, 0, run.count, 1).getEntireRow().format.rowHeight = h;
  // rows a unit types text into keep Excel's own height, which grows with what is typed
  for (const run of runsOf([...growing]))
    ws.getRangeByIndexes(run.from, 0, run.count, 1).getEntireRow().format.autofitRows();
  for (const r of sheet.hiddenRows)
    ws.getRangeByIndexes(r, 0, 1, 1).getEntireRow().rowHidden = true;

  for (const h of sheet.highlights ?? []) {
    const cf = range(ws, h.rect).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = `=${highlightFormula(h)}`;
    cf.custom.format.fill.color = h.fill;
  }
  for (const ch of sheet.charts ?? []) {
    const chart = ws.charts.add(
      Excel.ChartType.barClustered,
      range(ws, ch.source),
      Excel.ChartSeriesBy.columns
    );
    chart.title.text = ch.title;
    chart.setPosition(
      a1(ch.at.row, ch.at.col),
      a1(ch.at.row + ch.at.rows - 1, ch.at.col + ch.at.cols - 1)
    );
  }
  for (const bar of sheet.bars ?? []) {
    const cf = range(ws, bar.rect).conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    cf.dataBar.lowerBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "0" };
    cf.dataBar.upperBoundRule = {
      type: Excel.ConditionalFormatRuleType.number,
      formula: String(bar.max),
    };
    cf.dataBar.positiveFormat.fillColor = bar.color;
  }
  for (const scale of sheet.scales ?? []) {
    const cf = range(ws, scale.rect).conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
    const [low, middle, high] = scale.colors;
    const at = (value: number, color: string) => ({
      type: Excel.ConditionalFormatColorCriterionType.number,
      formula: String(value),
      color,
    });
    cf.colorScale.criteria = {
      minimum: at(0, low),
      midpoint: at(scale.max / 2, middle),
      maximum: at(scale.max, high),
    };
  }
  if (!missing.includes("validation"))
    for (const { value, rects } of validationRects(sheet))
      for (const r of rects) {
        const dv = range(ws, r).dataValidation;
        dv.rule = rule(value, r);
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
    page.zoom =
      sheet.print.scale === undefined
        ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
        : { scale: sheet.print.scale };
    // the page number from the second page on, at the top centre (Nghị định 30/2020)
    page.headersFooters.state = Excel.HeaderFooterState.firstAndDefault;
    page.headersFooters.firstPage.centerHeader = "";
    page.headersFooters.defaultForAllPages.centerHeader = layout.page.pageNumber;
    page.setPrintTitleRows(`$${sheet.print.titleRows[0] + 1}:$${sheet.print.titleRows[1] + 1}`);
    page.setPrintArea(range(ws, sheet.print.area));
    if (sheet.print.titleColumns)
      page.setPrintTitleColumns(
        sheet.print.titleColumns.map((c) => `$${columnLetter(c)}`).join(":")
      );
  }
  if (options.protect !== false) protectSheet(ws, options.password);
}

export const protectSheet = (ws: WorksheetApi, password?: string): void =>
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true }, password);

/** Consecutive numbers as runs: one request for each block of rows. */
function runsOf(sorted: number[]): { from: number; count: number }[] {
  const runs: { from: number; count: number }[] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && last.from + last.count === n) last.count++;
    else runs.push({ from: n, count: 1 });
  }
  return runs;
}
