import type { ExcelContext } from "./excel-api";
import { carriesFiguresOfAnyRound } from "../core/rounds/outlines";
import type { RawSheet, RawValue } from "../core/read/grid";

const ERRORS = new Set([
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

/** A value as Excel hands it over, read as the core reads a file's: "" is blank, an error text is an error. */
export const raw = (v: unknown): RawValue => {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return ERRORS.has(s) ? { error: s } : s;
};

export interface SheetProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/**
 * Cells read in one response. Excel on the web refuses a response over 5 MB; a cell of figures weighs a
 * few bytes, so this keeps a response near 1 MB, and a response refused anyway (long texts) is read again
 * in eighths.
 */
export const CELLS_PER_READ = 150_000;

interface Piece {
  sheet: number;
  from: number;
  rows: number;
}

/**
 * Every sheet's name, and the values of the sheets that carry figures (cover, roster, forms; not a merge's
 * output nor the user's own sheets), each from A1: names in one sync, sizes and marks in a second, then
 * values in as many syncs as their size needs, each near 1 MB.
 */
export async function readWorkbookWithProtection(
  context: ExcelContext
): Promise<{ sheets: RawSheet[]; protection: Map<string, SheetProtection> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const items = sheets.items;
  const used = items.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount")
  );
  const marks = items.map((ws) => ws.getRange("A1:B1").load("values"));
  const protections = items.map((ws) => ws.protection.load("protected,options"));
  await context.sync();

  const rows: RawValue[][][] = items.map((_, i) => [marks[i]!.values[0]!.map(raw)]);
  const wanted = items.flatMap((_, i) => {
    const u = used[i]!;
    const [a1, b1] = rows[i]![0]!;
    return !u.isNullObject && carriesFiguresOfAnyRound(a1 ?? null, b1 ?? null) ? [i] : [];
  });
  const width = (p: Piece) => Math.max(1, used[p.sheet]!.columnCount);
  /** pieces of at most `budget` cells (a row at least) */
  const cut = (p: Piece, budget: number): Piece[] => {
    const per = Math.max(1, Math.floor(budget / width(p)));
    return Array.from({ length: Math.ceil(p.rows / per) }, (_, k) => ({
      ...p,
      from: p.from + k * per,
      rows: Math.min(per, p.rows - k * per),
    }));
  };
  let budget = CELLS_PER_READ;
  const queue: Piece[] = wanted.flatMap((i) =>
    cut({ sheet: i, from: 0, rows: used[i]!.rowCount }, budget)
  );
  while (queue.length > 0) {
    const batch: Piece[] = [queue.shift()!];
    let cells = batch[0]!.rows * width(batch[0]!);
    while (queue.length > 0 && cells + queue[0]!.rows * width(queue[0]!) <= budget) {
      const p = queue.shift()!;
      batch.push(p);
      cells += p.rows * width(p);
    }
    const reads = batch.map((p) => {
      const u = used[p.sheet]!;
      return items[p.sheet]!.getRangeByIndexes(
        u.rowIndex + p.from,
        u.columnIndex,
        p.rows,
        u.columnCount
      ).load("values");
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~1 MB of values, bounded by the workbook's size
      await context.sync();
    } catch (e) {
      const single = batch.length === 1 && batch[0]!.rows === 1;
      if (single || (e as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw e;
      // too much text for one response: the same cells again, an eighth as many at a time
      budget = Math.max(1, Math.floor(cells / 8));
      queue.unshift(...batch.flatMap((p) => cut(p, budget)));
      continue;
    }
    batch.forEach((p, k) => {
      const u = used[p.sheet]!;
      reads[k]!.values.forEach((line, r) => {
        const row: RawValue[] = Array<RawValue>(u.columnIndex).fill(null);
        for (const v of line) row.push(raw(v));
        rows[p.sheet]![u.rowIndex + p.from + r] = row;
      });
    });
  }
  const protection = new Map(
    items.map((ws, i) => [
      ws.name,
      { protected: protections[i]!.protected, options: protections[i]!.options },
    ])
  );
  return {
    sheets: items.map((ws, i) => ({ name: ws.name, rows: Array.from(rows[i]!, (r) => r ?? []) })),
    protection,
  };
}

/** The same, without the protection. */
export async function readWorkbook(context: ExcelContext): Promise<RawSheet[]> {
  return (await readWorkbookWithProtection(context)).sheets;
}
