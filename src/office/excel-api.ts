/**
 * The part of Office.js the add-in uses, declared member by member with Excel's own types. Excel's
 * RequestContext satisfies it (the gateway hands one in where an ExcelContext is asked: the compiler checks
 * it), and the test fake implements it without a cast, so neither can drift from the other unnoticed.
 */

type Of<T, K extends keyof T> = Pick<T, K>;

/** load as the add-in calls it: property names, comma-separated or as a list. */
interface Loads {
  load(propertyNames?: string | string[]): this;
}

export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<void>;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetsApi;
  readonly names: NamesApi;
}

export interface WorksheetsApi extends Loads {
  readonly items: WorksheetApi[];
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getActiveWorksheet(): WorksheetApi;
}

export interface NamesApi extends Loads {
  readonly items: Of<Excel.NamedItem, "name">[];
  add(name: string, reference: RangeApi | string, comment?: string): unknown;
  getItem(name: string): Of<Excel.NamedItem, "delete">;
}

export interface WorksheetApi extends Loads, Of<Excel.Worksheet, "name" | "position"> {
  readonly protection: ProtectionApi;
  readonly freezePanes: { freezeAt(frozenRange: RangeApi | string): void };
  readonly pageLayout: PageLayoutApi;
  readonly charts: ChartsApi;
  getRange(address?: string): RangeApi;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeApi;
  getRanges(address?: string): RangeAreasApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  delete(): void;
  activate(): void;
}

export type RangeAreasApi = Of<Excel.RangeAreas, "select">;

export interface ChartsApi {
  add(type: Excel.ChartType, sourceData: RangeApi, seriesBy?: Excel.ChartSeriesBy): ChartApi;
}

export interface ChartApi {
  readonly title: Of<Excel.ChartTitle, "text">;
  setPosition(startCell: string, endCell?: string): void;
}

export interface ProtectionApi
  extends Loads, Readonly<Of<Excel.WorksheetProtection, "protected" | "options">> {
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
}

export interface PageLayoutApi extends Of<
  Excel.PageLayout,
  | "orientation"
  | "paperSize"
  | "topMargin"
  | "bottomMargin"
  | "leftMargin"
  | "rightMargin"
  | "centerHorizontally"
  | "firstPageNumber"
  | "zoom"
> {
  readonly headersFooters: Of<Excel.HeaderFooterGroup, "state"> & {
    readonly defaultForAllPages: Of<Excel.HeaderFooter, "centerHeader">;
    readonly firstPage: Of<Excel.HeaderFooter, "centerHeader">;
  };
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
  /** Excel takes a range, several or an address: each is listed, for Excel's own signature to fit */
  setPrintArea(printArea: RangeApi | RangeAreasApi | string): void;
}

export interface RangeApi
  extends
    Loads,
    Of<Excel.Range, "values" | "formulas" | "numberFormat" | "columnHidden" | "rowHidden">,
    Readonly<
      Of<
        Excel.Range,
        "isNullObject" | "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount"
      >
    > {
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: ConditionalFormatsApi;
  merge(across?: boolean): void;
  select(): void;
  getEntireColumn(): RangeApi;
  getEntireRow(): RangeApi;
  getCell(row: number, column: number): RangeApi;
}

export interface DataValidationApi
  extends Loads, Of<Excel.DataValidation, "rule" | "prompt" | "errorAlert"> {}

export interface RangeFormatApi extends Of<
  Excel.RangeFormat,
  | "verticalAlignment"
  | "horizontalAlignment"
  | "wrapText"
  | "indentLevel"
  | "columnWidth"
  | "rowHeight"
> {
  readonly font: Of<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color">;
  readonly fill: Of<Excel.RangeFill, "color">;
  readonly protection: Of<Excel.FormatProtection, "locked">;
  readonly borders: { getItem(index: Excel.BorderIndex): Of<Excel.RangeBorder, "style"> };
  autofitRows(): void;
}

export interface ConditionalFormatsApi {
  add(type: Excel.ConditionalFormatType): {
    readonly custom: {
      readonly rule: { formula: string };
      readonly format: { readonly fill: Of<Excel.ConditionalRangeFill, "color"> };
    };
    readonly dataBar: {
      lowerBoundRule: Excel.ConditionalDataBarRule;
      upperBoundRule: Excel.ConditionalDataBarRule;
      readonly positiveFormat: Of<Excel.ConditionalDataBarPositiveFormat, "fillColor">;
    };
    readonly colorScale: { criteria: Excel.ConditionalColorScaleCriteria };
  };
  clearAll(): void;
}
