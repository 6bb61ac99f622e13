import { vi, type MessageCode } from "./vi";

/** A string literal inside a formula. */
export const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * A message as a formula that builds the same text: literal parts quoted, each {placeholder}
 * replaced by the formula given for it. Keeps sheet text and checker text from one template.
 */
export function messageFormula(code: MessageCode, parts: Record<string, string>): string {
  const pieces = vi[code].split(/\{(\w+)\}/);
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) {
      const f = parts[piece];
      if (f === undefined) throw new Error(`no formula for {${piece}} in ${code}`);
      out.push(f);
    } else if (piece !== "") out.push(quote(piece));
  });
  return out.join("&");
}
