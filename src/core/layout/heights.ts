import { paint } from "./paint";
import type { SheetLayout, Style, StyleId } from "./types";

/** Points a line of text takes at a font size, as Excel and LibreOffice lay it. */
const lineHeight = (size: number) => size * 1.32;

/** Lines a text needs in a column of a width (in characters of the default font). */
export function linesFor(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor((width * 1.15 * 12) / size) - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Row heights from the wrapped texts of the row: spreadsheet programs do not fit rows
 * to wrapped text when they open a file, so the layout says how tall each row is.
 */
export function estimateHeights(
  sheet: SheetLayout,
  styles: Record<StyleId, Style>
): Record<number, number> {
  // the last rectangle over a cell gives its style; only text cells need one, and rectangles can be vast
  // or many: each is walked cell by cell or checked against the text cells, whichever is fewer
  const texts = [
    ...sheet.cells.filter((c) => typeof c.value === "string"),
    ...(sheet.room ?? []).map(({ row, col, text }) => ({ row, col, value: text })),
  ];
  const styleAt = new Map<string, StyleId>();
  const wanted = new Set(texts.map((c) => `${c.row}:${c.col}`));
  for (const { rect: r, style } of sheet.styles) {
    if (r.rows * r.cols <= texts.length) {
      for (let row = r.row; row < r.row + r.rows; row++)
        for (let col = r.col; col < r.col + r.cols; col++)
          if (wanted.has(`${row}:${col}`)) styleAt.set(`${row}:${col}`, style);
    } else
      for (const c of texts)
        if (c.row >= r.row && c.row < r.row + r.rows && c.col >= r.col && c.col < r.col + r.cols)
          styleAt.set(`${c.row}:${c.col}`, style);
  }
  const heights: Record<number, number> = {};
  for (const cell of texts) {
    if (typeof cell.value !== "string") continue;
    const id = styleAt.get(`${cell.row}:${cell.col}`);
    if (id === undefined) continue;
    const style = styles[id];
    const merge = sheet.merges.find((m) => m.row === cell.row && m.col === cell.col);
    const cols = merge?.cols ?? 1;
    const spanned = Array.from({ length: merge?.rows ?? 1 }, (_, i) => cell.row + i).filter(
      (r) => !sheet.hiddenRows.includes(r)
    );
    let width = 0;
    for (let c = cell.col; c < cell.col + cols; c++) width += sheet.columns[c]?.width ?? 10;
    const lines =
      style.wrap || cell.value.includes("\n")
        ? linesFor(cell.value, width - (style.indent ?? 0) * 2, style.size)
        : 1;
    const h = Math.ceil((lines * lineHeight(style.size) + 4) / Math.max(1, spanned.length));
    for (const r of spanned) heights[r] = Math.max(heights[r] ?? 0, h);
  }
  return heights;
}

/**
 * The rows a unit types text into (an unlocked text cell): their height must follow what is typed, so writers
 * leave it to the spreadsheet program (Excel grows such a row as text is typed) instead of fixing it.
 */
export function growingRows(sheet: SheetLayout, styles: Record<StyleId, Style>): number[] {
  const rows = new Set<number>();
  for (const { rects } of paint(
    sheet,
    styles,
    (s) => (!s.locked && s.numberFormat === "@") || undefined
  ))
    for (const r of rects) for (let row = r.row; row < r.row + r.rows; row++) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}
