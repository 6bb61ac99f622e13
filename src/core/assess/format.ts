import type { Check } from "../catalogue/targets/schema";

/**
 * One decimal with a decimal comma ("85,2"), the same in every locale. The formula builds the text
 * from whole numbers because TEXT() and number-to-text conversions follow the user's locale.
 */
export function oneDecimal(v: number): string {
  const r = Math.round(Math.abs(v) * 10) * Math.sign(v);
  const a = Math.abs(r);
  return `${r < 0 ? "-" : ""}${Math.trunc(a / 10)},${a % 10}`;
}

export const oneDecimalFormula = (x: string): string =>
  `IF(ROUND(${x}*10,0)<0,"-","")&TRUNC(ABS(ROUND(${x}*10,0))/10)&","&MOD(ABS(ROUND(${x}*10,0)),10)`;

/** Comparisons round first so that 80 computed as 79.99999999 still meets 80, in Excel as here. */
export const meets = (value: number, threshold: number): boolean =>
  Math.round(value * 1e6) / 1e6 >= threshold;
export const meetsFormula = (value: string, threshold: string): string =>
  `ROUND(${value},6)>=${threshold}`;

/**
 * What a check's figure can be when the figures behind it hold together: a share of a whole lies in 0–100 %,
 * a fall from a base at most 100 % (a rise is a negative fall). Outside, its parts contradict each other.
 */
const bounds = (check: Check): { min: number | null; max: number } =>
  check.value.op === "drop" ? { min: null, max: 100 } : { min: 0, max: 100 };

export function plausible(check: Check, value: number): boolean {
  const { min, max } = bounds(check);
  const v = Math.round(value * 1e6) / 1e6;
  return v <= max && (min === null || v >= min);
}

export function plausibleFormula(check: Check, value: string): string {
  const { min, max } = bounds(check);
  const v = `ROUND(${value},6)`;
  return min === null ? `${v}<=${max}` : `AND(${v}>=${min},${v}<=${max})`;
}
