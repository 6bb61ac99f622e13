import type { Form } from "../catalogue/schema";
import { messageFormula } from "../messages/formula";
import { quote } from "../messages/formula";
import { MERGED_MARK } from "../sheet-keys";
import { SheetBuilder, span } from "./builder";
import { coverRef, type BuildEnv } from "./cover";

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

/** "(Kèm theo Báo cáo … của <đơn vị>)", the unit read live from the cover sheet. */
export function attachedLine(
  b: SheetBuilder,
  row: number,
  firstCol: number,
  lastCol: number,
  env: BuildEnv
): void {
  const unit = coverRef("unit", env.coverSheet);
  b.merge(span(row, firstCol, 1, lastCol - firstCol + 1), undefined, "subtitle");
  b.formula(
    row,
    firstCol,
    messageFormula("layout.attached", { unit: `IF(${unit}="",${quote("…")},${unit})` })
  );
}
