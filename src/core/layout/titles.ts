import type { Form } from "../catalogue/schema";
import { messageFormula } from "../messages/formula";
import { quote } from "../messages/formula";
import { MERGED_MARK } from "../sheet-keys";
import { SheetBuilder, span } from "./builder";
import { coverRef, type BuildEnv, type CoverKey } from "./cover";
import { text } from "../messages";

/** "Phụ lục …" 14 pt bold, the name in capitals 13 pt bold, a subtitle in italics (Nghị định 30/2020). */
export function titleRows(
  b: SheetBuilder,
  form: Form,
  firstCol: number,
  lastCol: number,
  env: BuildEnv
): void {
  const width = lastCol - firstCol + 1;
  if (env.merged) b.set(0, 1, MERGED_MARK, "key");
  b.merge(span(1, firstCol, 1, width), form.heading, "heading");
  b.merge(span(2, firstCol, 1, width), form.title.toLocaleUpperCase("vi"), "title");
  if (form.subtitle) b.merge(span(4, firstCol, 1, width), form.subtitle, "subtitle");
}

/** A cover field in a formula: what the unit wrote there, or "……" while it is blank. */
const orDots = (key: CoverKey, env: BuildEnv): string => {
  const ref = coverRef(key, env.coverSheet);
  return `IF(${ref}="",${quote("……")},${ref})`;
};

/**
 * "(Kèm theo Báo cáo số: … ngày … của <đơn vị>)" as the seed writes it, the report's number, date and unit
 * read live from the cover sheet.
 */
export function attachedLine(
  b: SheetBuilder,
  row: number,
  firstCol: number,
  lastCol: number,
  env: BuildEnv
): void {
  b.merge(span(row, firstCol, 1, lastCol - firstCol + 1), undefined, "subtitle");
  b.formula(
    row,
    firstCol,
    messageFormula("layout.attached", {
      number: orDots("reportNo", env),
      date: orDots("reportDate", env),
      unit: orDots("unit", env),
    })
  );
}

/** Rows left blank for the signatures and the seal. */
const SIGNING_ROWS = 3;

/**
 * The signatures under a form's table, one row below `after` (Nghị định 30/2020): the preparer on the left,
 * the head of the unit on the right with the title the cover gives, each name read live from the cover.
 * Returns the block's last row.
 */
export function signatureBlock(
  b: SheetBuilder,
  after: number,
  firstCol: number,
  lastCol: number,
  env: BuildEnv
): number {
  const width = lastCol - firstCol + 1;
  const left = span(0, firstCol, 1, Math.floor(width / 2));
  const right = span(0, firstCol + left.cols, 1, width - left.cols);
  const at = (rect: typeof left, row: number) => ({ ...rect, row });
  const top = after + 2;
  const title = coverRef("signerTitle", env.coverSheet);
  const name = (key: CoverKey) => {
    const ref = coverRef(key, env.coverSheet);
    return `IF(${ref}="","",${ref})`;
  };
  b.merge(at(left, top), text("layout.sign.preparer"), "signTitle");
  b.merge(at(right, top), undefined, "signTitle");
  b.formula(top, right.col, `IF(${title}="",${quote(text("layout.sign.head"))},UPPER(${title}))`);
  b.merge(at(left, top + 1), text("layout.sign.preparerHint"), "signHint");
  b.merge(at(right, top + 1), text("layout.sign.headHint"), "signHint");
  const names = top + 2 + SIGNING_ROWS;
  b.merge(at(left, names), undefined, "signName").formula(names, left.col, name("preparer"));
  b.merge(at(right, names), undefined, "signName").formula(names, right.col, name("signer"));
  return names;
}
