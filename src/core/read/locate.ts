import type { Catalogue } from "../catalogue";
import { columnsOf } from "../catalogue/columns";
import type { Form } from "../catalogue/schema";
import { COVER_FIELDS, type CoverKey } from "../layout/cover";
import {
  COLUMN_KEYS_MARK,
  COVER_ID,
  KEY_COLUMN,
  MERGED_MARK,
  ROSTER_ID,
  UNITS_ID,
} from "../sheet-keys";
import { figureKey, figureRef, type FigureKey, type FigureRef } from "../figure";
import { visibleText } from "./clean";
import { rawAt, type RawSheet, type RawValue } from "./grid";

/** Where one figure of a form stands in a sheet (0-based), and what it holds. */
export interface LocatedCell {
  ref: FigureRef;
  row: number;
  col: number;
  raw: RawValue;
}

export interface LocatedForm {
  form: Form;
  sheet: string;
  cells: Map<FigureKey, LocatedCell>;
  /** rows keyed with a key the form does not have (an older version's), holding something typed: 0-based */
  strays: { key: string; row: number }[];
}

export interface LocatedWorkbook {
  cover: Partial<Record<CoverKey, string>> | null;
  coverSheet: string | null;
  forms: LocatedForm[];
  /** sheets that are neither the cover nor a known form */
  others: string[];
  /** sheets a merge wrote: never read as figures, replaced by the next merge */
  merged: string[];
  /** further sheets that hold a form already found: their figures are not read, and the check says so */
  copies: { form: string; sheet: string; of: string }[];
}

/** A cell as the text a unit typed, composed and trimmed, its invisible characters shown; null for none. */
export const cellText = (v: RawValue): string | null =>
  v === null || typeof v === "object" ? null : visibleText(String(v).normalize("NFC").trim());

export const asKey = (v: RawValue): string | null =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : null;

/**
 * Finds the cover and the forms by the keys the template keeps in column A and in its key rows,
 * never by sheet name or cell position: a renamed sheet or a moved row is still read right.
 */
/** Each figure of a form by its row key and column key, made once per form: every file read looks them up. */
const figuresOf = new WeakMap<Form, Map<string, Map<string, { ref: FigureRef; key: FigureKey }>>>();

function formFigures(form: Form): Map<string, Map<string, { ref: FigureRef; key: FigureKey }>> {
  const known = figuresOf.get(form);
  if (known) return known;
  const byRow = new Map(
    form.rows.map((r) => [
      r.key,
      new Map(
        columnsOf(form).map((p) => {
          const ref = figureRef(form.id, r.key, p);
          return [p, { ref, key: figureKey(ref) }] as const;
        })
      ),
    ])
  );
  figuresOf.set(form, byRow);
  return byRow;
}

export function locateForm(sheet: RawSheet, form: Form): LocatedForm {
  const cells = new Map<FigureKey, LocatedCell>();
  const strays: LocatedForm["strays"] = [];
  const figures = formFigures(form);
  let columnKeys = new Map<number, string>();
  const readColumnKeys = (r: number) => {
    columnKeys = new Map();
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const k = asKey(v);
      if (c > 0 && k) columnKeys.set(c, k);
    });
  };
  readColumnKeys(0);
  // periods as columns: a row's key is a catalogue row; periods as rows: a column's is
  const asRows = form.orientation === "periodsAsRows";
  for (let r = 1; r < sheet.rows.length; r++) {
    const key = asKey(rawAt(sheet, r, KEY_COLUMN));
    if (key === null) continue;
    if (key === COLUMN_KEYS_MARK) {
      readColumnKeys(r);
      continue;
    }
    const rowFigures = asRows ? undefined : figures.get(key);
    const values = sheet.rows[r] ?? [];
    if (!asRows && !rowFigures) {
      const typed = (c: number) => {
        const v = values[c];
        return v !== null && v !== undefined && v !== "" && typeof v !== "object";
      };
      if ([...columnKeys.keys()].some(typed)) strays.push({ key, row: r });
      continue;
    }
    for (const [c, colKey] of columnKeys) {
      const figure = rowFigures ? rowFigures.get(colKey) : figures.get(colKey)?.get(key);
      if (figure)
        cells.set(figure.key, { ref: figure.ref, row: r, col: c, raw: values[c] ?? null });
    }
  }
  return { form, sheet: sheet.name, cells, strays };
}

function readCover(sheet: RawSheet): Partial<Record<CoverKey, string>> {
  const cover: Partial<Record<CoverKey, string>> = {};
  for (let r = 1; r < sheet.rows.length; r++) {
    const key = asKey(rawAt(sheet, r, KEY_COLUMN));
    const field = COVER_FIELDS.find((f) => f.key === key);
    const value = cellText(rawAt(sheet, r, 2));
    if (field && value !== null) cover[field.key] = value;
  }
  return cover;
}

/** The cover a merge wrote, if any: it names the consolidating unit. */
export function mergedCoverIn(sheets: RawSheet[]): Partial<Record<CoverKey, string>> | null {
  const sheet = sheets.find(
    (s) => asKey(rawAt(s, 0, 0)) === COVER_ID && asKey(rawAt(s, 0, 1)) === MERGED_MARK
  );
  return sheet ? readCover(sheet) : null;
}

/** The cover's fields, wherever its sheet is: read before the round is known, since it names the round. */
export function coverIn(sheets: RawSheet[]): Partial<Record<CoverKey, string>> | null {
  const sheet = sheets.find((s) => asKey(rawAt(s, 0, 0)) === COVER_ID);
  return sheet ? readCover(sheet) : null;
}

export function locateWorkbook(sheets: RawSheet[], cat: Catalogue): LocatedWorkbook {
  const result: LocatedWorkbook = {
    cover: null,
    coverSheet: null,
    forms: [],
    others: [],
    merged: [],
    copies: [],
  };
  for (const sheet of sheets) {
    const marker = asKey(rawAt(sheet, 0, 0));
    if (asKey(rawAt(sheet, 0, 1)) === MERGED_MARK) {
      result.merged.push(sheet.name);
      continue;
    }
    const form = cat.forms.find((f) => f.id === marker);
    if (marker === COVER_ID) {
      result.cover = readCover(sheet);
      result.coverSheet = sheet.name;
    } else if (form) {
      const first = result.forms.find((f) => f.form.id === form.id);
      if (first) result.copies.push({ form: form.id, sheet: sheet.name, of: first.sheet });
      else result.forms.push(locateForm(sheet, form));
    } else result.others.push(sheet.name);
  }
  return result;
}

/**
 * Whether a sheet's figures must be read, from its A1 and B1: the cover, the roster and the forms, never a
 * merge's output or a sheet of the user's own (those are known by their names alone).
 */
export const carriesFigures = (
  a1: RawValue,
  b1: RawValue,
  cat: { forms: readonly { id: string }[] }
): boolean => {
  const id = asKey(a1);
  if (id === null || asKey(b1) === MERGED_MARK) return false;
  return id === COVER_ID || id === ROSTER_ID || cat.forms.some((f) => f.id === id);
};

/** Whether a sheet is the cover a merge wrote, from its A1 and B1: it names a consolidation's unit and version. */
export const isMergedCover = (a1: RawValue, b1: RawValue): boolean =>
  asKey(a1) === COVER_ID && asKey(b1) === MERGED_MARK;

/** Whether a sheet is a merge's per-unit sheet, from its A1 and B1: what makes a workbook a consolidation. */
export const isMembersSheet = (a1: RawValue, b1: RawValue): boolean =>
  asKey(a1) === UNITS_ID && asKey(b1) === MERGED_MARK;
