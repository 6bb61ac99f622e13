import type { Rect } from "../a1";
import type { RowKind } from "../catalogue/schema";
import type { PackedFigures } from "../catalogue/packed";
import type { FigureKey, FigureRef } from "../figure";
import type { Scalar } from "../values";

export type StyleId =
  | "heading"
  | "title"
  | "subtitle"
  | "header"
  | "stt"
  | "sttGroup"
  | "sttLink"
  | "label0"
  | "label1"
  | "label2"
  | "label3"
  | "labelGroup"
  | "unit"
  | "groupCell"
  | "count"
  | "amount"
  | "rate"
  | "code"
  | "textInput"
  | "computedCount"
  | "computedRate"
  | "computedAmount"
  | "computedCode"
  | "computedText"
  | "notApplicable"
  | "coverLabel"
  | "coverValue"
  | "inputSwatch"
  | "coverFixed"
  | "hint"
  | "body"
  | "bodyWrap"
  | "bodyNumber"
  | "bodyCenter"
  | "bodyCenterWrap"
  | "bodyCount"
  | "bodyRate"
  | "bodyAmount"
  | "bodyTotal"
  | "bodyTotalCount"
  | "key"
  | "signTitle"
  | "signHint"
  | "signName";

export interface Style {
  bold?: boolean;
  italic?: boolean;
  size: number;
  align: "left" | "center" | "right";
  wrap?: boolean;
  indent?: number;
  border?: boolean;
  fill?: string;
  color?: string;
  numberFormat?: string;
  /** false for the cells a unit types into */
  locked: boolean;
}

export type Validation =
  | {
      type: "whole" | "decimal";
      min: number;
      max?: number;
      /** a text also taken instead of a number ("Không áp dụng"): a custom rule, see `numberRuleFormula` */
      orText?: string;
      title: string;
      prompt: string;
      error: string;
    }
  /** `source`: cells of the same sheet that hold the items; needed when an item has a comma, which a written list splits at */
  | { type: "list"; list: string[]; source?: Rect; title: string; prompt: string; error: string }
  | { type: "textLength"; max: number; title: string; prompt: string; error: string };

export interface LayoutCell {
  row: number;
  col: number;
  value?: string | number;
  /** en-US, without the leading "=" */
  formula?: string;
}

/** A figure's place in its form's sheet (0-based). */
export interface Slot {
  ref: FigureRef;
  row: number;
  col: number;
  input?: RowKind;
}

/** A cell a unit types into: which figure, and the kind of figure it takes. */
export interface InputCell {
  ref: FigureRef;
  kind: RowKind;
}

/** The input cells of each form present, by form id. */
export type Inputs = Record<string, ReadonlyMap<FigureKey, InputCell>>;

export interface SheetLayout {
  /** the form id, or "COVER" */
  id: string;
  name: string;
  cells: LayoutCell[];
  /** rectangles of one style; later entries win where they overlap */
  styles: { rect: Rect; style: StyleId }[];
  merges: Rect[];
  /** widths in characters; hidden columns hold keys or helper figures */
  columns: { width: number; hidden?: boolean }[];
  hiddenRows: number[];
  /** heights in points, where wrapped text needs more than one line */
  rowHeights: Record<number, number>;
  /** the longest text a formula cell may show: rows are sized for it, as no program sizes a row to a result */
  room?: { row: number; col: number; text: string }[];
  validations: { rect: Rect; validation: Validation }[];
  freeze: { rows: number; columns: number };
  /**
   * printed one page wide, or at `scale` per cent where a page wide would be unreadable (a sheet of many
   * units), with `titleColumns` repeated on each page
   */
  print: {
    titleRows: [number, number];
    area: Rect;
    titleColumns?: [number, number];
    scale?: number;
  };
  names: { name: string; row: number; col: number }[];
  /** where each figure stands; `input` is the kind a unit types there */
  slots: Map<FigureKey, Slot>;
  /** fills shown where a cell holds a text (a verdict): conditional, so a cell's own style is never changed */
  highlights?: { rect: Rect; equals: string; fill: string }[];
  /** data bars over rates, from 0 to `max` */
  bars?: { rect: Rect; max: number; color: string }[];
  /** colour scales over rates: `colors` at 0, half `max` and `max` (low, middle, high) */
  scales?: { rect: Rect; max: number; colors: [string, string, string] }[];
  /** bar charts where the writer can make them (Excel; not ExcelJS): a series a column of `source`, whose first
   * row names the series and first column the categories; placed over `at` */
  charts?: { title: string; source: Rect; at: Rect }[];
  /** the column whose cell names each row of figures (a matrix's period), when not the STT */
  rowNames?: number;
  /** lines that grow with the files merged (a report): written in requests of their own, as a body's rows */
  chunked?: true;
  /** rows too many to hold as cells (a merge's units): made one at a time, in order, as they are written */
  body?: SheetBody;
}

/**
 * Rows `at` on, from column A, to the sheet's end; no cell of the layout lies in them (styles are rectangles).
 * Row i: `leads[i]`, then the figures numbered `shown` of `figures[i]`; or, `across` (a row a figure, a
 * column a unit), `leads[i]` then figure `shown[i]` of each of `figures`. Data only, made into rows as they
 * are written (bodyRow), and able to cross to and from a worker.
 */
export interface SheetBody {
  at: number;
  leads: Scalar[][];
  figures: PackedFigures[];
  shown: Uint32Array;
  across?: true;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  /** the sheet (by id) a written file opens on, when not the first */
  opensOn?: string;
  styles: Record<StyleId, Style>;
  /** the page setup every sheet shares: A4, landscape, margins in millimetres (Nghị định 30/2020) */
  page: {
    orientation: "landscape";
    paper: "A4";
    marginsMm: { top: number; bottom: number; left: number; right: number };
    /** Nghị định 30/2020: the bare page number at the top centre, from the second page on ("&P") */
    pageNumber: string;
  };
  font: string;
}
