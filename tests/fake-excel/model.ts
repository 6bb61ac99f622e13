import { sheetRef, type Rect } from "../../src/core/a1";

export type Primitive = number | string | boolean;

export interface CellModel {
  value: Primitive | null;
  /** without "=", each sheet reference bound to its sheet's id when written (see bindFormula) */
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  /** shared between cells formatted alike, as Excel keeps one style for many cells: never changed in place */
  format: Readonly<Record<string, unknown>>;
}

const NO_FORMAT: Readonly<Record<string, unknown>> = Object.freeze({});
const formats = new WeakMap<object, Map<string, Readonly<Record<string, unknown>>>>();

/**
 * One property set on cells' formats: each cell's new format is the same object for every cell that took
 * the same steps. Named once for a whole range.
 */
export function formatStep(
  prop: string,
  value: unknown
): (format: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>> {
  const step = `${prop}=${JSON.stringify(value)}`;
  return (format) => {
    const next = formats.get(format) ?? formats.set(format, new Map()).get(format)!;
    return next.get(step) ?? next.set(step, Object.freeze({ ...format, [prop]: value })).get(step)!;
  };
}

export interface SheetModel {
  id: number;
  name: string;
  cells: Map<string, CellModel>;
  merges: Rect[];
  protection: { protected: boolean; password?: string; options?: Record<string, unknown> };
  validations: { rect: Rect; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  /** custom rules (a formula and a fill), data bars (their bounds and bar colour, in `fill`), colour scales */
  conditionalFormats: {
    rect: Rect;
    type: string;
    formula: string;
    fill: string;
    bounds?: [unknown, unknown];
    /** a colour scale's colours: at its minimum, midpoint (null without one) and maximum */
    scale?: (string | null)[];
  }[];
  /** charts added on the sheet: their type, data and how it is read, title and place */
  charts: {
    type: string;
    source: { sheetId: number; rect: Rect };
    seriesBy: string | undefined;
    title: string;
    position: [string, string | undefined] | null;
  }[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** rows given a height: Excel keeps it whatever is typed (a custom height) */
  rowHeights: Map<number, number>;
  /** rows fitted to their text (autofitRows): Excel grows them as text is typed */
  autoRows: Set<number>;
  colWidths: Map<number, number>;
  freeze?: Rect;
  page: Record<string, unknown>;
}

/** A bound sheet reference inside a stored formula: the sheet's id between two braces no formula writes. */
const BOUND = /\{\{sheet:(\d+)\}\}/g;
/** A sheet reference as a formula writes it: 'Quoted name'! or Plain_name! */
const SHEET_REF = /('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/g;

/** The workbook a fake Excel holds: plain data, inspected by tests after an action ran. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  names = new Map<string, { sheetId: number; rect: Rect }>();
  activeSheetId = 0;
  selection: { sheetId: number; rect: Rect; areas?: Rect[] } | null = null;
  /** the user is typing in a cell: Excel refuses every request until they finish */
  cellEditMode = false;
  /** Review → Protect Workbook: sheets cannot be added, deleted or renamed */
  structureProtected = false;
  /** failures to inject: the next command with this action (e.g. "add", "protect") fails with this code */
  faults: { action: string; code: string }[] = [];
  /** how long each round trip takes, in ms: Excel on the web's take tens to hundreds */
  latencyMs = 0;
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
      charts: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      rowHeights: new Map(),
      autoRows: new Set(),
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
      c = { value: null, formula: null, numberFormat: "General", locked: true, format: NO_FORMAT };
      sheet.cells.set(key, c);
    }
    return c;
  }

  /** What a cell shows: the value, or for a formula the value the test set as its result. */
  valueAt(sheet: SheetModel, row: number, col: number): Primitive | "" {
    return sheet.cells.get(`${row}:${col}`)?.value ?? "";
  }

  /**
   * Excel binds a formula's sheet references when the formula is written: a reference follows its sheet
   * when the sheet is renamed, and becomes #REF! when the sheet is deleted, or when no sheet had that
   * name at the time of writing.
   */
  bindFormula(formula: string): string {
    // a text between double quotes is never parsed as a reference, as Excel reads a formula
    return formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(SHEET_REF, (_whole, ref: string) => {
              const name = ref.startsWith("'") ? ref.slice(1, -1).replace(/''/g, "'") : ref;
              const target = this.sheet(name);
              return target ? `{{sheet:${target.id}}}` : "#REF!";
            })
      )
      .join("");
  }

  /** A stored formula as Excel shows it now, without "=". */
  formulaText(formula: string): string {
    return formula.replace(BOUND, (_, id: string) => {
      const target = this.sheets.find((s) => s.id === Number(id));
      return target ? `${sheetRef(target.name)}!` : "#REF!";
    });
  }

  /** A cell's formula as Excel shows it now, or null. */
  formulaAt(sheet: SheetModel, row: number, col: number): string | null {
    const f = sheet.cells.get(`${row}:${col}`)?.formula;
    return f == null ? null : this.formulaText(f);
  }
}
