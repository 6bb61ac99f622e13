import type { Rect } from "../a1";
import type { Catalogue } from "../catalogue";
import type { RowKind } from "../catalogue/schema";
import { text } from "../messages";
import type { Resolve } from "../expr/formula";
import { figureKey, figureRef } from "../figure";
import type { LayoutCell, SheetLayout, StyleId, Validation } from "./types";

/** Formulas that can only be written once every sheet has its place. */
export type PendingFormula = (resolve: Resolve, b: SheetBuilder) => void;

/** Accumulates one sheet's layout; cells are addressed by 0-based row and column. */
export class SheetBuilder {
  readonly layout: SheetLayout;
  readonly pending: PendingFormula[] = [];

  constructor(id: string, name: string, widths: number[]) {
    this.layout = {
      id,
      name,
      cells: [],
      styles: [],
      merges: [],
      columns: widths.map((width) => ({ width })),
      hiddenRows: [],
      rowHeights: {},
      validations: [],
      freeze: { rows: 0, columns: 0 },
      print: { titleRows: [0, 0], area: { row: 0, col: 0, rows: 1, cols: 1 } },
      names: [],
      slots: new Map(),
    };
  }

  set(row: number, col: number, value: string | number, style?: StyleId): this {
    this.layout.cells.push({ row, col, value });
    if (style) this.style({ row, col, rows: 1, cols: 1 }, style);
    return this;
  }

  formula(row: number, col: number, formula: string): this {
    this.layout.cells.push({ row, col, formula } satisfies LayoutCell);
    return this;
  }

  /** Room for the longest text a formula cell may show, in the row's height. */
  room(row: number, col: number, text: string): this {
    (this.layout.room ??= []).push({ row, col, text });
    return this;
  }

  style(rect: Rect, style: StyleId): this {
    this.layout.styles.push({ rect, style });
    return this;
  }

  merge(rect: Rect, value?: string, style?: StyleId): this {
    if (rect.rows > 1 || rect.cols > 1) this.layout.merges.push(rect);
    if (value !== undefined) this.set(rect.row, rect.col, value);
    if (style) this.style(rect, style);
    return this;
  }

  validate(rect: Rect, validation: Validation): this {
    if (
      validation.type === "list" &&
      !validation.source &&
      validation.list.some((item) => item.includes(","))
    )
      throw new Error(
        `a list item with a comma needs its items in cells: ${validation.list.join(" | ")}`
      );
    this.layout.validations.push({ rect, validation });
    return this;
  }

  /** The level of unit offered in a drop-down: its labels (with commas) kept in hidden cells from `at` down. */
  levelChoice(target: Rect, at: { row: number; col: number }, cat: Catalogue): this {
    const labels = cat.levels.map((l) => l.label);
    labels.forEach((label, i) => this.set(at.row + i, at.col, label, "key"));
    this.hideColumn(at.col);
    return this.validate(target, {
      type: "list",
      list: labels,
      source: { row: at.row, col: at.col, rows: labels.length, cols: 1 },
      title: text("input.level.title"),
      prompt: text("input.level.prompt"),
      error: text("input.level.error"),
    });
  }

  hideColumn(col: number): this {
    const c = this.layout.columns[col];
    if (c) c.hidden = true;
    return this;
  }

  hideRow(row: number): this {
    this.layout.hiddenRows.push(row);
    return this;
  }

  /** Where a figure of this sheet's form stands: what formulas and readers resolve. */
  place(rowKey: string, period: string, row: number, col: number): this {
    const ref = figureRef(this.layout.id, rowKey, period);
    this.layout.slots.set(figureKey(ref), { ref, row, col });
    return this;
  }

  /** Marks a placed figure as one a unit types, and the kind of figure it takes. */
  input(rowKey: string, period: string, kind: RowKind): this {
    const slot = this.layout.slots.get(figureKey(figureRef(this.layout.id, rowKey, period)));
    if (!slot) throw new Error(`input before place: ${rowKey} ${period}`);
    slot.input = kind;
    return this;
  }

  later(p: PendingFormula): this {
    this.pending.push(p);
    return this;
  }

  /** A formula written once references resolve; `otherwise` runs when a referenced form is absent. */
  laterFormula(
    row: number,
    col: number,
    make: (resolve: Resolve) => string | undefined,
    otherwise: () => void = () => undefined
  ): this {
    return this.later((resolve) => {
      const f = make(resolve);
      if (f === undefined) otherwise();
      else this.formula(row, col, f);
    });
  }
}

export const one = (row: number, col: number): Rect => ({ row, col, rows: 1, cols: 1 });
export const span = (row: number, col: number, rows: number, cols: number): Rect => ({
  row,
  col,
  rows,
  cols,
});
