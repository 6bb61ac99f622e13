import { crc32, createDeflateRaw } from "node:zlib";
import { unzipSync, Zip, type ZipInputFile } from "fflate";
import { columnLetter, parseA1 } from "../core/a1";
import type { SheetBody } from "../core/layout/types";
import { bodyFiguresAt, bodyRow, bodyRows } from "../core/layout/body";

/** A sheet whose body rows are spliced into the file ExcelJS wrote with only the first of them. */
export interface BodySheet {
  /** its part in the package, as ExcelJS names it */
  path: string;
  body: SheetBody;
  /** its last column, 0-based */
  lastCol: number;
}

/** The characters XML 1.0 refuses. */
// eslint-disable-next-line no-control-regex -- they are what this finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * A text as OOXML carries it, before its markup is escaped: a character XML cannot hold as "_xHHHH_", and an
 * "_xHHHH_" the text holds kept from being read as one.
 */
export const ooxmlText = (s: string): string =>
  s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);

/** Text as a cell's XML holds it: OOXML's escapes, then markup's. */
const xmlText = (s: string): string =>
  ooxmlText(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(ref: string, style: string, v: string | number | null): string {
  const s = style === "" ? "" : ` s="${style}"`;
  if (v === null || v === "") return `<c r="${ref}"${s}/>`;
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(v)}</t></is></c>`;
}

/**
 * The style id of each column in the first body row as ExcelJS wrote it: every later row takes the same,
 * which the layout guarantees (its style rectangles cover the body whole).
 */
function stylesOfRow(rowXml: string, cols: number): string[] {
  const styles = Array<string>(cols).fill("");
  for (const m of rowXml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) {
    const [, col] = parseA1(m[1]!);
    if (col < cols) styles[col] = m[2] ?? "";
  }
  return styles;
}

/**
 * The sheet's XML in pieces, a body `across`: each of ExcelJS's rows of the body, which end at its first
 * figure, carried on to the last column, every cell styled as that first figure's.
 */
function* acrossPieces(xml: string, sheet: BodySheet): Generator<string> {
  const { body, lastCol } = sheet;
  const from = bodyFiguresAt(body);
  const letters = Array.from({ length: lastCol + 1 }, (_, c) => columnLetter(c));
  const rowTag = /<row r="(\d+)"[^>]*>/g;
  let done = 0;
  for (let m = rowTag.exec(xml); m; m = rowTag.exec(xml)) {
    const i = Number(m[1]) - 1 - body.at;
    if (i < 0 || i >= bodyRows(body)) continue;
    const end = xml.indexOf("</row>", m.index);
    const rowXml = xml.slice(m.index, end);
    const style = stylesOfRow(rowXml, from + 1)[from]!;
    const values = bodyRow(body, i);
    const r = body.at + i + 1;
    let cells = "";
    for (let c = from + 1; c <= lastCol; c++)
      cells += cellXml(`${letters[c]}${r}`, style, values[c] ?? null);
    yield xml.slice(done, m.index);
    yield rowXml.replace(/ spans="[^"]*"/, "") + cells;
    done = end;
    rowTag.lastIndex = end;
  }
  yield xml.slice(done);
}

/** The sheet's XML in pieces: ExcelJS's text up to its first body row, the other rows made one by one, the rest. */
function* sheetPieces(xml: string, sheet: BodySheet): Generator<string> {
  const { body, lastCol } = sheet;
  if (body.across) {
    const dimension = `<dimension ref="A1:${columnLetter(lastCol)}${body.at + bodyRows(body)}"/>`;
    yield* acrossPieces(xml.replace(/<dimension ref="[^"]*"\/>/, dimension), sheet);
    return;
  }
  const first = body.at + 1;
  const start = xml.indexOf(`<row r="${first}"`);
  const end = xml.indexOf("</row>", start);
  if (start < 0 || end < 0) throw new Error(`body row ${first} missing from ${sheet.path}`);
  const cols = lastCol + 1;
  const styles = stylesOfRow(xml.slice(start, end), cols);
  const letters = Array.from({ length: cols }, (_, c) => columnLetter(c));
  yield xml
    .slice(0, end + "</row>".length)
    .replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${letters[lastCol]}${body.at + bodyRows(body)}"/>`
    );
  for (let i = 1; i < bodyRows(body); i++) {
    const r = body.at + i + 1;
    const values = bodyRow(body, i);
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++)
      row += cellXml(`${letters[c]}${r}`, styles[c]!, values[c] ?? null);
    yield `${row}</row>`;
  }
  yield xml.slice(end + "</row>".length);
}

/**
 * The rows' heights as written, but no longer custom (customHeight): the file opens with the height the layout
 * gave, and Excel grows such a row as text is typed into it, as it does a row nobody sized. Rows are 0-based.
 */
export function freeHeights(xml: string, rows: number[]): string {
  if (rows.length === 0) return xml;
  const free = new Set(rows.map((r) => String(r + 1)));
  return xml.replace(/<row r="(\d+)"[^>]*>/g, (tag, r: string) =>
    free.has(r) ? tag.replace(' customHeight="1"', "") : tag
  );
}

/** A part deflated by Node's zlib, streamed into the archive as it is made. */
class NativeDeflate implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  /** set by the archive when the part is added to it */
  ondata!: NonNullable<ZipInputFile["ondata"]>;

  constructor(readonly filename: string) {}

  async write(pieces: Iterable<string | Uint8Array>): Promise<void> {
    const deflate = createDeflateRaw({ level: 6 });
    deflate.on("data", (chunk: Buffer) => this.ondata(null, new Uint8Array(chunk), false));
    const ended = new Promise<void>((done, fail) => {
      deflate.on("end", done);
      deflate.on("error", fail);
    });
    for (const piece of pieces) {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      this.crc = crc32(bytes, this.crc);
      this.size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((done) => deflate.once("drain", done));
    }
    deflate.end();
    await ended;
    this.ondata(null, new Uint8Array(0), true);
  }
}

/**
 * Rewrites ExcelJS's package with each body sheet's rows added, compressed by Node's zlib; the other parts
 * are carried over as they are (deflated again natively). Nothing but the body rows is held row by row.
 */
export async function spliceBodies(
  base: Uint8Array,
  sheets: BodySheet[],
  sink: (chunk: Uint8Array) => void,
  growing: ReadonlyMap<string, number[]> = new Map()
): Promise<void> {
  const parts = unzipSync(base);
  let failed: unknown = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else sink(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    // folders are implied by their parts' names
    if (name.endsWith("/")) continue;
    const file = new NativeDeflate(name);
    zip.add(file);
    const sheet = sheets.find((s) => s.path === name);
    const rows = growing.get(name);
    const xml = sheet || rows ? freeHeights(Buffer.from(data).toString("utf8"), rows ?? []) : null;
    await file.write(xml === null ? [data] : sheet ? sheetPieces(xml, sheet) : [xml]);
  }
  zip.end();
  if (failed) throw failed;
}
