import type { RawSheet, RawValue } from "../core/read/grid";

const raw = (v: unknown): RawValue => {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return /^#[A-Z/0!?.]+[!?0A]?$/.test(s) &&
    [
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
    ].includes(s)
    ? { error: s }
    : s;
};

export interface SheetProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** Every sheet's values from A1, in two syncs whatever the number of sheets or rows. */
export async function readWorkbook(context: Excel.RequestContext): Promise<RawSheet[]> {
  return (await readWorkbookWithProtection(context)).sheets;
}

/** The same, with each sheet's protection as it stands, to restore it exactly after marking. */
export async function readWorkbookWithProtection(
  context: Excel.RequestContext
): Promise<{ sheets: RawSheet[]; protection: Map<string, SheetProtection> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex")
  );
  const protections = sheets.items.map((ws) => ws.protection.load("protected,options"));
  await context.sync();
  const protection = new Map(
    sheets.items.map((ws, i) => [
      ws.name,
      { protected: protections[i]!.protected, options: protections[i]!.options },
    ])
  );
  return { sheets: readSheets(sheets.items, used), protection };
}

function readSheets(items: Excel.Worksheet[], used: Excel.Range[]): RawSheet[] {
  return items.map((ws, i) => {
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
