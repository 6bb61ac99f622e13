import type { Rect } from "../../src/core/a1";

export type Primitive = number | string | boolean;

export interface CellModel {
  value: Primitive | null;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  format: Record<string, unknown>;
}

export interface SheetModel {
  id: number;
  name: string;
  cells: Map<string, CellModel>;
  merges: Rect[];
  protection: { protected: boolean; password?: string; options?: Record<string, unknown> };
  validations: { rect: Rect; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionalFormats: { rect: Rect; formula: string; fill: string }[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  rowHeights: Map<number, number>;
  colWidths: Map<number, number>;
  freeze?: Rect;
  page: Record<string, unknown>;
}

/** The workbook a fake Excel holds: plain data, inspected by tests after an action ran. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  names = new Map<string, { sheetId: number; rect: Rect }>();
  activeSheetId = 0;
  selection: { sheetId: number; rect: Rect; areas?: Rect[] } | null = null;
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheetId = this.sheets[0]?.id ?? 0;
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: this.nextId++,
      name,
      cells: new Map(),
      merges: [],
      protection: { protected: false },
      validations: [],
      conditionalFormats: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      rowHeights: new Map(),
      colWidths: new Map(),
      page: {},
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetModel, row: number, col: number): CellModel {
    const key = `${row}:${col}`;
    let c = sheet.cells.get(key);
    if (!c) {
      c = { value: null, formula: null, numberFormat: "General", locked: true, format: {} };
      sheet.cells.set(key, c);
    }
    return c;
  }

  /** What a cell shows: the value, or for a formula the value the test set as its result. */
  valueAt(sheet: SheetModel, row: number, col: number): Primitive | "" {
    return sheet.cells.get(`${row}:${col}`)?.value ?? "";
  }
}
