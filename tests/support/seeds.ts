import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The source documents are kept in the repository (docs/sources): a plain clone tests alone. */
export const seedsDir = join(__dirname, "..", "..", "docs", "sources");

export const readSeed = (name: string): string => readFileSync(join(seedsDir, name), "utf8");

/** Whitespace folded, spaces inside brackets dropped: the seeds are flattened tables. */
export const fold = (s: string): string =>
  s.normalize("NFC").replace(/\s+/g, " ").replace(/\( /g, "(").replace(/ \)/g, ")").trim();

/** The seed text of one form, from its heading to the next form's heading. */
export function seedSection(formId: string): string {
  if (formId === "THKQ") {
    const text = readSeed("002_ce9121f83808a25f.txt");
    return text.slice(text.indexOf("BẢNG TỔNG HỢP"));
  }
  const text = readSeed("004_2e8591458536c317.txt");
  const n = Number(formId.slice(2));
  const start = text.indexOf(`\nPhụ lục ${n}\n`);
  const end = n < 9 ? text.indexOf(`\nPhụ lục ${n + 1}\n`) : text.length;
  return text.slice(start, end);
}

/** The STT codes of a seed section, in order, as printed (one table cell per line). */
export const seedSttCodes = (section: string): string[] =>
  section
    .split("\n")
    .map((l) => l.trim())
    .map((l) => /^(\d+(\.\d+)*\.?|[IVX]+)$/.exec(l)?.[1] ?? /^([IVX]+)\. /.exec(l)?.[1])
    .filter((code): code is string => code !== undefined);
