import { a1, type Rect } from "../../src/core/a1";
import { FakeContext, Proxy } from "./context";
import { FakeExcelError, accessDenied } from "./errors";
import { settable, type Write } from "./settable";
import {
  formatStep,
  type CellModel,
  type Primitive,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import type {
  ConditionalFormatsApi,
  DataValidationApi,
  RangeApi,
  RangeFormatApi,
} from "../../src/office/excel-api";

type Of<T, K extends keyof T> = Pick<T, K>;

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

type Guard = "value" | "format" | "columns" | "rows" | "structure";

/** Excel refuses writes to locked cells, and most formatting, on a protected sheet. */
export function guard(
  sheet: SheetModel,
  rect: Rect,
  kind: Guard,
  model: { cell: (s: SheetModel, r: number, c: number) => { locked: boolean } }
): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowed = (o: string) => p.options?.[o] === true;
  if (kind === "format" && allowed("allowFormatCells")) return;
  if (kind === "columns" && allowed("allowFormatColumns")) return;
  if (kind === "rows" && allowed("allowFormatRows")) return;
  if (kind === "value") {
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++)
        if (model.cell(sheet, r, c).locked) throw accessDenied();
    return;
  }
  throw accessDenied();
}

/**
 * A date as Excel in a Vietnamese locale reads a typed day/month/year ("15/10/2025"): its serial number, days
 * since 30/12/1899; null when the text is no such date.
 */
function dateSerial(t: string): number | null {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = Date.UTC(y, mo - 1, d);
  if (new Date(at).getUTCDate() !== d || mo < 1 || mo > 12) return null;
  return (at - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A string written through values or formulas is taken as if typed: "=…", "+…" and "-…" become formulas,
 * numbers, dates, TRUE and FALSE are converted (so "0912" loses its 0, "1.1" is a number and "15/10/2025"
 * a date's serial number); a leading
 * apostrophe, or the Text number format "@", keeps it as text.
 */
export function typeInto(model: WorkbookModel, cell: CellModel, v: string): void {
  if (cell.numberFormat === "@" || v.startsWith("'")) {
    cell.formula = null;
    cell.value = cell.numberFormat === "@" ? v : v.slice(1);
    return;
  }
  if (/^[=+-]./s.test(v) && !/^[+-]?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(v)) {
    // Excel refuses a formula whose text constant is longer than 255 characters
    for (const [, literal] of v.matchAll(/"((?:[^"]|"")*)"/g))
      if (literal!.replace(/""/g, '"').length > 255)
        throw new FakeExcelError(
          "InvalidArgument",
          "Text values in formulas are limited to 255 characters."
        );
    cell.formula = model.bindFormula(v.startsWith("=") ? v.slice(1) : v);
    // a formula that names nothing Excel knows reads #NAME?; the engine and the tests never need its value
    cell.value = /^[=]/.test(v) ? "" : "#NAME?";
    return;
  }
  cell.formula = null;
  const t = v.trim();
  const serial = dateSerial(t);
  if (serial !== null) cell.value = serial;
  else if (t !== "" && /^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?%?$/i.test(t))
    cell.value = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  else if (/^(TRUE|FALSE)$/i.test(t)) cell.value = t.toUpperCase() === "TRUE";
  else cell.value = v === "" ? null : v;
}

/** Calls `each` for every cell of a rectangle, row by row: nothing made per cell, as a range may hold a million. */
function eachCell(rect: Rect, each: (r: number, c: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) each(r, c);
}

export class FakeRange extends Proxy implements RangeApi {
  protected readonly loadable = [
    "values",
    "formulas",
    "numberFormat",
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ];
  private formatProxy?: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly sheetOf: () => SheetModel,
    readonly rectOf: () => Rect | null
  ) {
    super(ctx, path);
  }

  /** the cells it covers, once the commands before it have run */
  rect(): Rect {
    const r = this.rectOf();
    if (!r) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return r;
  }

  protected read(prop: string): unknown {
    if (prop === "isNullObject") return this.rectOf() === null;
    const rect = this.rectOf();
    if (rect === null) return undefined;
    const sheet = this.sheetOf();
    const grid = <T>(f: (r: number, c: number) => T) =>
      Array.from({ length: rect.rows }, (_, i) =>
        Array.from({ length: rect.cols }, (_, j) => f(rect.row + i, rect.col + j))
      );
    const cell = (r: number, c: number) => sheet.cells.get(`${r}:${c}`);
    switch (prop) {
      case "values":
        return grid((r, c) => cell(r, c)?.value ?? "");
      case "formulas":
        return grid((r, c) =>
          cell(r, c)?.formula != null
            ? `=${this.ctx.model.formulaText(cell(r, c)!.formula!)}`
            : (cell(r, c)?.value ?? "")
        );
      case "numberFormat":
        return grid((r, c) => cell(r, c)?.numberFormat ?? "General");
      case "address":
        return `${sheet.name}!${a1(rect.row, rect.col)}${rect.rows * rect.cols > 1 ? `:${a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}` : ""}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      default:
        throw new FakeExcelError("InvalidArgument", `unknown property ${prop}`);
    }
  }

  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    return super.load("isNullObject");
  }

  get isNullObject(): boolean {
    return this.value<boolean>("isNullObject");
  }
  get values(): Primitive[][] {
    return this.value("values");
  }
  set values(v: Primitive[][]) {
    this.writeGrid("values", v);
  }
  get formulas(): Primitive[][] {
    return this.value("formulas");
  }
  set formulas(v: Primitive[][]) {
    this.writeGrid("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.value("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.writeGrid("numberFormat", v);
  }
  get address(): string {
    return this.value("address");
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }

  private writeGrid(prop: "values" | "formulas" | "numberFormat", grid: unknown): void {
    this.queue(`set:${prop}`, grid, () => {
      const rect = this.rect();
      const sheet = this.sheetOf();
      // a 1 × 1 number format is applied to every cell of the range, as Excel does (the reference says so for
      // a single value; office-js-docs-pr#5400 has it verified on Windows, Mac and the web); values and
      // formulas are held to the range's shape (office-js-docs-reference#578)
      const one =
        prop === "numberFormat" &&
        Array.isArray(grid) &&
        grid.length === 1 &&
        Array.isArray(grid[0]) &&
        (grid[0] as unknown[]).length === 1;
      const g = one
        ? Array.from({ length: rect.rows }, () => Array<unknown>(rect.cols).fill(grid[0][0]))
        : (grid as unknown[][]);
      if (
        !Array.isArray(g) ||
        g.length !== rect.rows ||
        g.some((row) => !Array.isArray(row) || row.length !== rect.cols)
      )
        throw new FakeExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`
        );
      guard(sheet, rect, prop === "numberFormat" ? "format" : "value", this.ctx.model);
      eachCell(rect, (r, c) => {
        const v = g[r - rect.row]![c - rect.col] as Primitive | null;
        // null in a written array leaves the cell as it is
        if (v === null) return;
        const cell = this.ctx.model.cell(sheet, r, c);
        if (prop === "numberFormat") cell.numberFormat = String(v);
        else if (typeof v === "string") typeInto(this.ctx.model, cell, v);
        else {
          cell.formula = null;
          cell.value = v;
        }
      });
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.ctx, `${this.path}.format`, this));
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, `${this.path}.dataValidation`, this);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, `${this.path}.conditionalFormats`, this);
  }

  set columnHidden(hidden: boolean) {
    this.queue("set:columnHidden", hidden, () => {
      const rect = this.rect();
      guard(this.sheetOf(), rect, "columns", this.ctx.model);
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (hidden) this.sheetOf().hiddenCols.add(c);
        else this.sheetOf().hiddenCols.delete(c);
      }
    });
  }

  set rowHidden(hidden: boolean) {
    this.queue("set:rowHidden", hidden, () => {
      const rect = this.rect();
      guard(this.sheetOf(), rect, "rows", this.ctx.model);
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        if (hidden) this.sheetOf().hiddenRows.add(r);
        else this.sheetOf().hiddenRows.delete(r);
      }
    });
  }

  merge(across = false): void {
    this.queue("merge", across, () => {
      const rect = this.rect();
      guard(this.sheetOf(), rect, "structure", this.ctx.model);
      // merging keeps the top-left value only, as Excel does
      eachCell(rect, (r, c) => {
        const cell = this.sheetOf().cells.get(`${r}:${c}`);
        if ((r === rect.row && c === rect.col) || !cell) return;
        cell.value = null;
        cell.formula = null;
      });
      this.sheetOf().merges.push(rect);
    });
  }

  select(): void {
    this.queue("select", null, () => {
      this.ctx.model.selection = { sheetId: this.sheetOf().id, rect: this.rect() };
      this.ctx.model.activeSheetId = this.sheetOf().id;
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.entireColumn`, this.sheetOf, () => ({
      ...this.rect(),
      row: 0,
      rows: MAX_ROWS,
    }));
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.entireRow`, this.sheetOf, () => ({
      ...this.rect(),
      col: 0,
      cols: MAX_COLS,
    }));
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.cell(${row},${col})`, this.sheetOf, () => ({
      row: this.rect().row + row,
      col: this.rect().col + col,
      rows: 1,
      cols: 1,
    }));
  }
}

class FakeFont implements Of<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color"> {
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  constructor(write: Write) {
    settable<FakeFont>(this, ["name", "size", "bold", "italic", "color"], write);
  }
}

class FakeFill implements Of<Excel.RangeFill, "color"> {
  declare color: string;
  constructor(private readonly write: Write) {
    settable<FakeFill>(this, ["color"], write);
  }
  clear(): void {
    this.write("color", undefined);
  }
}

class FakeLock implements Of<Excel.FormatProtection, "locked"> {
  declare locked: boolean;
  constructor(write: Write) {
    settable<FakeLock>(this, ["locked"], write);
  }
}

class FakeBorder implements Of<Excel.RangeBorder, "style"> {
  declare style: Excel.RangeBorder["style"];
  constructor(write: Write) {
    settable<FakeBorder>(this, ["style"], write);
  }
}

export class FakeRangeFormat extends Proxy implements RangeFormatApi {
  protected readonly loadable: string[] = [];
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  declare wrapText: boolean;
  declare indentLevel: number;
  declare columnWidth: number;
  declare rowHeight: number;
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly protection: FakeLock;
  readonly borders: { getItem: (edge: Excel.BorderIndex) => FakeBorder };

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly formatOf: FakeRange
  ) {
    super(ctx, path);
    const range = formatOf;
    const write =
      (kind: "format" | "columns" | "rows", key: string): Write =>
      (prop, value) =>
        this.queue(`set:${key}.${prop}`, value, () => {
          const rect = range.rect();
          const sheet = range.sheetOf();
          guard(sheet, rect, kind, ctx.model);
          if (prop === "columnWidth")
            for (let c = rect.col; c < rect.col + rect.cols; c++)
              sheet.colWidths.set(c, value as number);
          else if (prop === "rowHeight")
            for (let r = rect.row; r < rect.row + rect.rows; r++) {
              sheet.rowHeights.set(r, value as number);
              sheet.autoRows.delete(r);
            }
          else if (key === "protection" && prop === "locked")
            eachCell(rect, (r, c) => (ctx.model.cell(sheet, r, c).locked = value as boolean));
          else {
            const step = formatStep(`${key}.${prop}`, value);
            eachCell(rect, (r, c) => {
              const cell = ctx.model.cell(sheet, r, c);
              cell.format = step(cell.format);
            });
          }
        });
    settable<FakeRangeFormat>(
      this,
      ["horizontalAlignment", "verticalAlignment", "wrapText"],
      write("format", "format")
    );
    settable<FakeRangeFormat>(this, ["columnWidth"], write("columns", "format"));
    settable<FakeRangeFormat>(this, ["rowHeight"], write("rows", "format"));
    settable<FakeRangeFormat>(this, ["indentLevel"], (prop, v) => {
      ctx.enqueue({
        path,
        action: "require",
        args: null,
        run: () => undefined,
        needs: { api: "RangeFormat.indentLevel", set: "1.9" },
      });
      write("format", "format")(prop, v);
    });
    this.font = new FakeFont(write("format", "font"));
    this.fill = new FakeFill(write("format", "fill"));
    this.protection = new FakeLock(write("format", "protection"));
    this.borders = {
      getItem: (edge) => new FakeBorder(write("format", `border.${edge}`)),
    };
  }

  autofitRows(): void {
    this.queue("autofitRows", null, () => {
      const rect = this.formatOf.rect();
      const sheet = this.formatOf.sheetOf();
      guard(sheet, rect, "rows", this.ctx.model);
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        sheet.rowHeights.delete(r);
        sheet.autoRows.add(r);
      }
    });
  }

  protected read(): unknown {
    return undefined;
  }
}

/** Something a range holds that a protected sheet refuses to change (validation, conditional formats). */
abstract class RangePart extends Proxy {
  protected readonly loadable: string[] = [];
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly range: FakeRange
  ) {
    super(ctx, path);
  }
  protected target(): { rect: Rect; sheet: SheetModel } {
    const rect = this.range.rect();
    const sheet = this.range.sheetOf();
    guard(sheet, rect, "structure", this.ctx.model);
    return { rect, sheet };
  }
  /** nothing to read but what a part says it has */
  protected read(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `unknown property ${prop}`);
  }
}

/**
 * What Excel refuses in a validation rule: more or less than one kind of criteria, and a custom formula that is
 * not a formula ("=…") or is longer than the 255 characters a validation formula may hold.
 */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined);
  if (kinds.length !== 1)
    throw new FakeExcelError("InvalidArgument", `a rule has ${kinds.length} kinds of criteria`);
  const formula = rule.custom?.formula;
  if (rule.custom && (typeof formula !== "string" || !formula.startsWith("=")))
    throw new FakeExcelError("InvalidArgument", `custom rule ${String(formula)} is not a formula`);
  if (formula !== undefined && formula.length - 1 > 255)
    throw new FakeExcelError("InvalidArgument", "custom rule longer than 255 characters");
}

export class FakeDataValidation extends RangePart implements DataValidationApi {
  private entry() {
    const { rect, sheet } = this.target();
    let v = sheet.validations.find(
      (x) =>
        x.rect.row === rect.row &&
        x.rect.col === rect.col &&
        x.rect.rows === rect.rows &&
        x.rect.cols === rect.cols
    );
    if (!v) sheet.validations.push((v = { rect }));
    return v;
  }
  protected override read(prop: string): unknown {
    if (prop === "rule") return this.entry().rule ?? {};
    return undefined;
  }
  get rule(): Excel.DataValidationRule {
    return this.value<Excel.DataValidationRule>("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const check = () => {
      checkRule(rule);
      this.entry().rule = rule;
    };
    this.queue("set:rule", rule, check, {
      api: "Range.dataValidation",
      set: "1.8",
    });
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.message("prompt", prompt, 255);
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.message("errorAlert", alert, 225);
  }
  /** Excel's limits on a validation's texts: a title of 32 characters, a message of `max`. */
  private message(
    kind: "prompt" | "errorAlert",
    value: { title?: string; message?: string },
    max: number
  ): void {
    const check = () => {
      if ((value.title?.length ?? 0) > 32 || (value.message?.length ?? 0) > max)
        throw new FakeExcelError("InvalidArgument", `${kind} too long`);
      this.entry()[kind] = value;
    };
    this.queue(`set:${kind}`, value, check, { api: "Range.dataValidation", set: "1.8" });
  }
}

export class FakeConditionalFormats extends RangePart implements ConditionalFormatsApi {
  add(type: string) {
    if (type !== "Custom" && type !== "DataBar" && type !== "ColorScale")
      throw new FakeExcelError("InvalidArgument", `conditional format ${type} not in the fake`);
    const entry: SheetModel["conditionalFormats"][number] = {
      rect: { row: 0, col: 0, rows: 0, cols: 0 },
      type,
      formula: "",
      fill: "",
    };
    this.queue("add", type, () => {
      const { rect, sheet } = this.target();
      entry.rect = rect;
      sheet.conditionalFormats.push(entry);
    });
    const ctx = this.ctx;
    const path = this.path;
    const set = (action: string, args: unknown, run: () => void) =>
      ctx.enqueue({ path, action, args, run });
    // a data bar's bound is a number rule with its formula, as Excel asks of one
    const bound = (i: 0 | 1) => (rule: Excel.ConditionalDataBarRule) =>
      set(`set:bound${i}`, rule, () => {
        if (rule.type === "Number" && !/^-?\d+(\.\d+)?$/.test(rule.formula ?? ""))
          throw new FakeExcelError("InvalidArgument", "a number rule needs a number");
        (entry.bounds ??= [null, null])[i] = rule.formula;
      });
    return {
      custom: {
        rule: {
          set formula(f: string) {
            set("set:formula", f, () => void (entry.formula = f));
          },
        },
        format: {
          fill: {
            set color(c: string) {
              set("set:fill", c, () => void (entry.fill = c));
            },
          },
        },
      },
      colorScale: {
        // Excel asks a minimum and a maximum, a number criterion's formula a number, a colour #RRGGBB
        set criteria(c: Excel.ConditionalColorScaleCriteria) {
          set("set:criteria", c, () => {
            const points = [c.minimum, c.midpoint, c.maximum];
            if (!c.minimum || !c.maximum)
              throw new FakeExcelError(
                "InvalidArgument",
                "a colour scale needs a minimum and a maximum"
              );
            for (const p of points)
              if (
                p &&
                ((p.type === "Number" && !/^-?\d+(\.\d+)?$/.test(p.formula ?? "")) ||
                  !/^#[0-9A-Fa-f]{6}$/.test(p.color ?? ""))
              )
                throw new FakeExcelError(
                  "InvalidArgument",
                  `colour scale criterion ${JSON.stringify(p)}`
                );
            entry.bounds = [c.minimum.formula, c.maximum.formula];
            entry.scale = points.map((p) => p?.color ?? null);
          });
        },
      },
      dataBar: {
        set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
          bound(0)(rule);
        },
        set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
          bound(1)(rule);
        },
        positiveFormat: {
          set fillColor(c: string) {
            set("set:barColor", c, () => void (entry.fill = c));
          },
        },
      },
    };
  }
  clearAll(): void {
    this.queue("clearAll", null, () => {
      const { rect, sheet } = this.target();
      const inside = (r: Rect) =>
        r.row >= rect.row &&
        r.col >= rect.col &&
        r.row + r.rows <= rect.row + rect.rows &&
        r.col + r.cols <= rect.col + rect.cols;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf.rect));
    });
  }
}

/**
 * The choices a list validation offers, as Excel reads its source: a formula ("=$D$5:$D$8") lists the
 * cells of that range; any other text is split at every comma, whatever the items meant.
 */
export function listItems(model: WorkbookModel, sheet: SheetModel, rule: unknown): string[] {
  const source = (rule as { list?: { source?: unknown } }).list?.source;
  if (typeof source !== "string")
    throw new FakeExcelError("InvalidArgument", "a list validation needs a source");
  if (!source.startsWith("=")) return source.split(",");
  const m = /^=(?:('(?:[^']|'')+'|[^!]+)!)?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(source);
  if (!m) throw new FakeExcelError("InvalidArgument", `list source ${source}`);
  const target = m[1] ? model.sheet(m[1].replace(/^'|'$/g, "").replace(/''/g, "'")) : sheet;
  if (!target) return [];
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const items: string[] = [];
  for (let r = Number(m[3]) - 1; r <= Number(m[5]) - 1; r++)
    for (let c = col(m[2]!); c <= col(m[4]!); c++) {
      const v = model.valueAt(target, r, c);
      if (v !== "") items.push(String(v));
    }
  return items;
}
