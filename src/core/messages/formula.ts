import { vi, type MessageCode } from "./vi";

/** Excel refuses a text constant longer than this inside a formula. */
const MAX_LITERAL = 255;

/** A string literal inside a formula: joined from pieces where it is longer than Excel takes in one. */
export function quote(s: string): string {
  const pieces: string[] = [];
  for (let at = 0; at < s.length || pieces.length === 0; at += MAX_LITERAL)
    pieces.push(`"${s.slice(at, at + MAX_LITERAL).replace(/"/g, '""')}"`);
  return pieces.join("&");
}

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
