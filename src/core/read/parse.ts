import type { Row } from "../catalogue/schema";
import type { MessageCode } from "../messages";
import { NOT_APPLICABLE, type Scalar } from "../values";
import { visibleText } from "./clean";
import type { RawValue } from "./grid";

/** A cell once read: its value, and how the reading went when it was not a plain number. */
export interface Reading {
  value: Scalar;
  /** read.converted: text read as a number where the meaning is certain; others: not read */
  issue?: { code: MessageCode; raw: string; alternatives?: number[] };
}

const fold = (s: string) =>
  visibleText(
    s
      .normalize("NFC")
      .replace(/[\u00a0\u202f\s]+/g, " ")
      .trim()
  );
const lower = (s: string) => fold(s).toLocaleLowerCase("vi");

const NUMERIC = new Set(["count", "amount", "enteredRate", "total", "rate"]);

/**
 * The numbers a text may mean, under Vietnamese (1.234,5) and English (1,234.5) conventions.
 * "12,5" is only Vietnamese; "1.234" can be either, so it yields two readings.
 */
export function numberReadings(text: string): number[] {
  const s = text.replace(/ /g, "");
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return [];
  const sign = s.startsWith("-") ? -1 : 1;
  const body = s.replace(/^[-+]/, "");
  const out = new Set<number>();
  const grouped = (digits: string, sep: string) =>
    new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(digits);
  const read = (thousands: string, decimal: string) => {
    const [intPart, frac, extra] = body.split(decimal);
    if (extra !== undefined || intPart === undefined || intPart === "") return;
    if (intPart.includes(thousands) && !grouped(intPart, thousands)) return;
    if (frac !== undefined && (frac === "" || frac.includes(thousands))) return;
    out.add(
      sign * Number(`${intPart.split(thousands).join("")}${frac !== undefined ? `.${frac}` : ""}`)
    );
  };
  read(".", ",");
  read(",", ".");
  return [...out].filter((n) => Number.isFinite(n));
}

/** Whether a value fits the row's kind: readings that do not are dropped before judging ambiguity. */
const fits = (row: Row, n: number) => (row.kind === "count" ? Number.isInteger(n) : true);

function readNumber(row: Row, raw: string): Reading {
  if (lower(raw) === lower(NOT_APPLICABLE)) return { value: NOT_APPLICABLE };
  let s = fold(raw);
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.replace(/\s*%$/, "");
  }
  // "15 nhiệm vụ": a trailing unit word is dropped when it is the row's own unit
  const unit = row.unit && row.unit !== "%" ? lower(row.unit) : null;
  const m = /^([-+]?[\d.,\s]+?)\s*([^\d.,\s].*)$/.exec(s);
  if (m) {
    if (!unit || lower(m[2]!) !== unit)
      return { value: null, issue: { code: "read.notNumber", raw: visibleText(raw) } };
    s = m[1]!.trim();
  }
  if (percent && row.kind !== "enteredRate")
    return { value: null, issue: { code: "read.notNumber", raw: visibleText(raw) } };
  const readings = numberReadings(s);
  if (readings.length === 0)
    return { value: null, issue: { code: "read.notNumber", raw: visibleText(raw) } };
  const fitting = readings.filter((n) => fits(row, n));
  if (fitting.length === 1)
    return { value: fitting[0]!, issue: { code: "read.converted", raw: visibleText(raw) } };
  if (fitting.length === 0)
    return { value: readings[0]!, issue: { code: "read.converted", raw: visibleText(raw) } };
  return {
    value: null,
    issue: { code: "read.ambiguous", raw: visibleText(raw), alternatives: fitting },
  };
}

function readCode(row: Row, raw: string): Reading {
  const s = lower(raw);
  const numbers = numberReadings(s);
  if (numbers.length === 1)
    return { value: numbers[0]!, issue: { code: "read.converted", raw: visibleText(raw) } };
  const labels = (row.codes ?? []).map((c) => ({ code: c.code, label: lower(c.label) }));
  const exact = labels.find((c) => c.label === s);
  if (exact) return { value: exact.code, issue: { code: "read.converted", raw: visibleText(raw) } };
  // "Có" / "Không" for any yes/no row, whatever its labels say after the first word
  if (row.kind === "yesNo") {
    const yes = ["có", "x", "✓", "đã"];
    const no = ["không", "chưa"];
    if (yes.includes(s))
      return { value: 1, issue: { code: "read.converted", raw: visibleText(raw) } };
    if (no.includes(s))
      return { value: 0, issue: { code: "read.converted", raw: visibleText(raw) } };
  }
  return { value: null, issue: { code: "read.notCode", raw: visibleText(raw) } };
}

/** Reads one cell as its row expects: blank stays blank, never zero; nothing uncertain is guessed. */
export function readCell(row: Row, raw: RawValue): Reading {
  if (raw === null) return { value: null };
  if (typeof raw === "object")
    return "formula" in raw
      ? { value: null, issue: { code: "read.noValue", raw: visibleText(`=${raw.formula}`) } }
      : { value: null, issue: { code: "read.error", raw: visibleText(raw.error) } };
  // NaN or ±Infinity stored in a file: never a figure, so never merged
  if (typeof raw === "number" && !Number.isFinite(raw))
    return { value: null, issue: { code: "read.notFinite", raw: String(raw) } };
  if (row.kind === "text" || row.kind === "assessment" || row.kind === "assessmentSummary") {
    const s = typeof raw === "string" ? fold(raw) : String(raw);
    return { value: s === "" ? null : s };
  }
  if (typeof raw === "number") return { value: raw };
  if (typeof raw === "boolean") {
    if (row.kind === "yesNo")
      return { value: raw ? 1 : 0, issue: { code: "read.converted", raw: String(raw) } };
    return { value: null, issue: { code: "read.notNumber", raw: String(raw) } };
  }
  if (fold(raw) === "") return { value: null };
  if (row.kind === "yesNo" || row.kind === "status") return readCode(row, raw);
  if (NUMERIC.has(row.kind)) return readNumber(row, raw);
  return { value: fold(raw) };
}
