/** A1 addresses from 0-based row and column numbers. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

export const absolute = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The smallest rectangle holding every cell given (at least one). */
export function boundingRect(cells: { row: number; col: number }[]): Rect {
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  return {
    row: top,
    col: left,
    rows: Math.max(...cells.map((c) => c.row)) - top + 1,
    cols: Math.max(...cells.map((c) => c.col)) - left + 1,
  };
}

export const rectA1 = (r: Rect): string =>
  r.rows === 1 && r.cols === 1
    ? a1(r.row, r.col)
    : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

/** A sheet name as formulas must write it: always quoted, quotes doubled. */
export const sheetRef = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** "B12" → [11, 1] */
export function parseA1(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.replace(/^.*!/, ""));
  if (!m) throw new Error(`not an A1 address: ${address}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}
