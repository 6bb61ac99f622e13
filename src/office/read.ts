import type { RawSheet, RawValue } from "../core/read/grid";

const raw = (v: unknown): RawValue => {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return /^#[A-Z/0!?.]+[!?0A]?$/.test(s) && ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA"].includes(s) ? { error: s } : s;
};

/** Every sheet's values from A1, in two syncs whatever the number of sheets or rows. */
export async function readWorkbook(context: Excel.RequestContext): Promise<RawSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"));
  await context.sync();
  return sheets.items.map((ws, i) => {
    const u = used[i]!;
    if (u.isNullObject) return { name: ws.name, rows: [] };
    const rows: RawValue[][] = [];
    u.values.forEach((line, r) => {
      const cells: RawValue[] = Array<RawValue>(u.columnIndex).fill(null);
      for (const v of line) cells.push(raw(v));
      rows[u.rowIndex + r] = cells;
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}
