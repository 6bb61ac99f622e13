import type { Form } from "../catalogue/schema";
import { quote } from "../assess/format";
import { text } from "../messages";
import { messageFormula } from "../messages/formula";
import type { Resolver } from "./builder";

/** The verdict column of the assessment form, as a range another sheet can count in. */
function verdictRange(form: Form, resolve: Resolver): string | undefined {
  const first = resolve(form.id, form.rows[0]!.key, "verdict");
  const last = resolve(form.id, form.rows[form.rows.length - 1]!.key, "verdict");
  return first && last ? `${first}:${last.replace(/^.*!/, "")}` : undefined;
}

/** Bảng tổng hợp VII.7: how many targets are Đạt, Không đạt, still open. */
export function summaryFormula(form: Form, resolve: Resolver): string | undefined {
  const range = verdictRange(form, resolve);
  if (!range) return undefined;
  const total = form.rows.length;
  const dat = `COUNTIF(${range},${quote(text("verdict.dat"))})`;
  const khongDat = `COUNTIF(${range},${quote(text("verdict.khongDat"))})`;
  return messageFormula("assess.summary", { dat, total: String(total), khongDat, open: `(${total}-${dat}-${khongDat})` });
}

/** The same summary from verdict texts, as the checker reads them. */
export function summaryText(verdicts: (string | null)[], total: number): string {
  const dat = verdicts.filter((v) => v === text("verdict.dat")).length;
  const khongDat = verdicts.filter((v) => v === text("verdict.khongDat")).length;
  return text("assess.summary", { dat, total, khongDat, open: total - dat - khongDat });
}
