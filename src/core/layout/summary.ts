import type { Form } from "../catalogue/schema";

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

/** Bảng tổng hợp VII.7: how many targets are Đạt, Không đạt, still open. */
export function summaryFormula(form: Form, resolve: Resolve): string | undefined {
  const range = verdictRange(form, resolve);
  if (!range) return undefined;
  const total = form.rows.length;
  const dat = `COUNTIF(${range},${quote(text("verdict.dat"))})`;
  const khongDat = `COUNTIF(${range},${quote(text("verdict.khongDat"))})`;
  return messageFormula("assess.summary", {
    dat,
    total: String(total),
    khongDat,
    open: `(${total}-${dat}-${khongDat})`,
  });
}
