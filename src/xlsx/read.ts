import type { RawSheet, RawValue } from "../core/read/grid";
import { carriesFiguresOfAnyRound } from "../core/rounds/outlines";
import { isMembersSheet, isMergedCover } from "../core/read/locate";
import { Deadline, LIMITS, TooLarge } from "./limits";
import { NotAWorkbook, workbookParts } from "./package";
import { inflateParts, type Parts } from "./unzip";
import { parseXml, StopReading } from "./xml";

/** Only the XML parts can matter to a reader of values: pictures and the like are inflated, counted, dropped. */
const isXml = (name: string) => name.endsWith(".xml") || name.endsWith(".rels");

/** OOXML writes a character XML cannot carry as "_xHHHH_" (a tab, an escape). */
const unescape = (s: string) =>
  s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;

/**
 * A text of its own: the parser's texts are slices of the 64 K characters decoded at a time, and a slice
 * keeps its whole source alive, so one kept unit name or version would hold 128 KB per file read. Joining
 * and slicing again makes a string that owns only its characters.
 */
const own = (t: string): string => (" " + t).slice(1);

/** The text of the `<t>` runs of a string item, leaving out phonetic guides (`<rPh>`). */
class TextRuns {
  private inT = false;
  private inPhonetic = 0;
  private value = "";

  open(name: string) {
    if (name === "rPh") this.inPhonetic++;
    else if (name === "t" && this.inPhonetic === 0) this.inT = true;
  }
  close(name: string) {
    if (name === "rPh") this.inPhonetic--;
    else if (name === "t") this.inT = false;
  }
  text(t: string) {
    if (this.inT) this.value += t;
  }
  take(): string {
    const v = own(unescape(this.value));
    this.value = "";
    return v;
  }
}

function sharedStrings(bytes: Uint8Array | undefined, deadline: Deadline): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  const runs = new TextRuns();
  parseXml(
    bytes,
    {
      open: (name) => runs.open(name),
      close(name) {
        runs.close(name);
        if (name === "si") strings.push(runs.take());
      },
      text: (t) => runs.text(t),
    },
    deadline
  );
  return strings;
}

const columnOf = (ref: string): number => {
  let col = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
};

/** What a `<c>` holds, as its type says: a formula without a stored result is kept as its text. */
function valueOf(
  type: string,
  v: string | null,
  inline: string,
  formula: string | null,
  strings: string[]
): RawValue {
  if (type === "inlineStr") return inline === "" ? null : inline;
  if (v === null) return formula !== null ? { formula } : null;
  switch (type) {
    case "s": {
      const s = strings[Number(v)];
      if (s === undefined) throw new NotAWorkbook(`sharedStrings #${v}`);
      return s === "" ? null : s;
    }
    case "str":
      return v === "" ? null : own(unescape(v));
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "e":
      return { error: own(v) };
    case "d":
      return own(v.slice(0, 10));
    default:
      return v.trim() === "" ? Number.NaN : Number(v);
  }
}

/** How far a sheet read whole may reach: a value past these refuses the file. */
interface Bounds {
  rows: number;
  columns: number;
  cells: number;
}

const FIGURE_BOUNDS: Bounds = { rows: LIMITS.rows, columns: LIMITS.columns, cells: Infinity };
const MEMBER_BOUNDS: Bounds = {
  rows: LIMITS.rows,
  columns: LIMITS.memberColumns,
  cells: LIMITS.memberCells,
};

/**
 * Which sheets are read whole, from their A1 and B1, and within what bounds: by default those carrying a
 * unit's figures, and a consolidation's per-unit sheet (a row a figure, a column a unit); null: not read.
 */
export type SheetChoice = (a1: RawValue, b1: RawValue) => Bounds | null;

/** Every sheet, within a consolidation's bounds: what a test reads a written workbook back with. */
export const everySheet: SheetChoice = () => MEMBER_BOUNDS;

const unitFileSheets: SheetChoice = (a1, b1) =>
  isMembersSheet(a1, b1)
    ? MEMBER_BOUNDS
    : carriesFiguresOfAnyRound(a1, b1) || isMergedCover(a1, b1)
      ? FIGURE_BOUNDS
      : null;

const beyond = (sheet: string, limit: string) => `trang “${sheet}” có dữ liệu ngoài ${limit} đầu`;

/**
 * One worksheet's values, row by row from A1. A sheet not wanted is left after its first row; one that is
 * is read whole, and a value past the limits refuses the file rather than dropping figures.
 */
function readSheet(
  name: string,
  bytes: Uint8Array,
  strings: string[],
  deadline: Deadline,
  wanted: SheetChoice
): RawSheet {
  const rows: RawValue[][] = [];
  let decided = false;
  let bounds: Bounds = MEMBER_BOUNDS;
  let cells = 0;
  let wide = false;
  let row = -1;
  let col = -1;
  let cell: { type: string; v: string | null; f: string | null } | null = null;
  let into: "v" | "f" | null = null;
  const runs = new TextRuns();
  const decide = () => {
    if (decided) return;
    decided = true;
    const chosen = wanted(rows[0]?.[0] ?? null, rows[0]?.[1] ?? null);
    if (!chosen) throw new StopReading();
    bounds = chosen;
    if (wide || (rows[0]?.length ?? 0) > bounds.columns)
      throw new TooLarge(beyond(name, `${bounds.columns} cột`));
  };
  parseXml(
    bytes,
    {
      open(tag, a) {
        if (tag === "row") {
          row = a.r ? Number(a.r) - 1 : row + 1;
          if (!Number.isInteger(row) || row < 0) throw new NotAWorkbook(`row ${a.r}`);
          col = -1;
          if (row > 0) decide();
        } else if (tag === "c") {
          col = a.r ? columnOf(a.r) : col + 1;
          if (col < 0) throw new NotAWorkbook(`cell ${a.r}`);
          cell = { type: a.t ?? "n", v: null, f: null };
        } else if (cell && (tag === "v" || tag === "f")) {
          into = tag;
          cell[tag] = "";
        } else if (cell) runs.open(tag);
      },
      text(t) {
        if (cell && into) cell[into] += t;
        else runs.text(t);
      },
      close(tag) {
        if (tag === "v" || tag === "f") into = null;
        else if (tag === "c" && cell) {
          const value = valueOf(cell.type, cell.v, runs.take(), cell.f, strings);
          cell = null;
          if (value === null) return;
          if (col >= bounds.columns) {
            // the first row is read before the sheet is known to be wanted: a user's own sheet may reach XFD
            if (decided) throw new TooLarge(beyond(name, `${bounds.columns} cột`));
            wide = true;
            return;
          }
          if (row >= bounds.rows) throw new TooLarge(beyond(name, `${bounds.rows} dòng`));
          // counted as the grid it makes: each row is filled out to its last value
          const line = (rows[row] ??= []);
          cells += Math.max(0, col + 1 - line.length);
          if (cells > bounds.cells) throw new TooLarge(beyond(name, `${bounds.cells} ô`));
          line[col] = value;
        } else if (tag === "sheetData") {
          decide();
          throw new StopReading();
        } else runs.close(tag);
      },
    },
    deadline
  );
  return { name, rows: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) };
}

/**
 * Every worksheet of an .xlsx file as raw grids, values only: the package inflated within the limits, the
 * workbook found by its relationships, the shared strings, then each sheet streamed. Throws TooLarge or
 * TooSlow past a limit, and any other error when the bytes are not a readable workbook.
 */
export function readRawSheets(
  bytes: Uint8Array,
  deadline: Deadline = new Deadline(),
  wanted: SheetChoice = unitFileSheets
): RawSheet[] {
  const parts: Parts = inflateParts(bytes, isXml, deadline);
  const { sheets, sharedStrings: stringsPart } = workbookParts(parts, deadline);
  const strings = sharedStrings(stringsPart ? parts.get(stringsPart) : undefined, deadline);
  return sheets.map((s) => readSheet(s.name, parts.get(s.part)!, strings, deadline, wanted));
}
