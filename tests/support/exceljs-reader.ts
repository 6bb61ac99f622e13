import ExcelJS from "exceljs";
import type { RawSheet, RawValue } from "../../src/core/read/grid";

/** What a cell holds once formulas are replaced by their last computed result. */
function rawOf(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // a file written by a program that does not calculate holds the formula and no result
    if (result === undefined || result === null)
      return { formula: String((value as ExcelJS.CellFormulaValue).formula ?? "") };
    return rawOf(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String(value.text);
  return null;
}

/** The reader the product used before its own: ExcelJS, every sheet whole. Kept to compare the two on every file. */
export async function readWithExcelJS(bytes: ArrayBuffer | Uint8Array): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: RawValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: RawValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // a merged area's value stands in its top-left cell only, as Excel reports it
        if (!cell.isMerged || cell.master === cell) cells[c - 1] = rawOf(cell.value);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}
