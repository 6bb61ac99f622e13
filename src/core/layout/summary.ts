import type { Form, Level } from "../catalogue/schema";

import { text } from "../messages";
import { messageFormula, quote } from "../messages/formula";
import type { Resolve } from "../expr/formula";
import { figureRef } from "../figure";

/** The verdict column of the assessment form, as a range another sheet can count in. */
function verdictRange(form: Form, resolve: Resolve): string | undefined {
  const first = resolve(figureRef(form.id, form.rows[0]!.key, "verdict"));
  const last = resolve(figureRef(form.id, form.rows[form.rows.length - 1]!.key, "verdict"));
  return first && last ? `${first}:${last.replace(/^.*!/, "")}` : undefined;
}

/** Bảng tổng hợp VII.7: how many of the unit's targets are Đạt, Không đạt, still open. */
export function summaryFormula(
  form: Form,
  resolve: Resolve,
  level: Level | undefined
): string | undefined {
  const range = verdictRange(form, resolve);
  if (!range) return undefined;
  const count = (v: string) => `COUNTIF(${range},${quote(v)})`;
  const dat = count(text("verdict.dat"));
  const khongDat = count(text("verdict.khongDat"));
  // targets outside the unit's remit are no target of its
  const total = String(form.rows.filter((r) => !level || !r.notFor?.includes(level)).length);
  return messageFormula("assess.summary", {
    dat,
    total,
    khongDat,
    open: `(${total}-${dat}-${khongDat})`,
  });
}
