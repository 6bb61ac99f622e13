import { SheetBuilder, span } from "../../src/core/layout/builder";
import type { SheetLayout } from "../../src/core/layout/types";

/** Texts a unit's file name or remark may hold: markup, an OOXML escape look-alike, spaces, control codes. */
export const ODD = [
  "A & B <c>",
  "_x0041_ giữ nguyên",
  "  khoảng trắng  ",
  "Tab\tvà\u0001mã",
  "Đơn vị số 5",
];

/** A sheet of two header rows and a body of `n` rows made one at a time: texts, numbers, blanks. */
export function bodySheet(n: number): SheetLayout {
  const b = new SheetBuilder("BODY", "Thân", [20, 12, 12]);
  b.set(0, 0, "BODY", "key").set(1, 0, "Tên", "header").set(1, 1, "Số", "header");
  b.style(span(2, 0, n, 1), "body").style(span(2, 1, n, 2), "bodyNumber");
  const rows = Array.from({ length: n }, (_, i) => i);
  b.layout.body = {
    at: 2,
    leads: rows.map((i) => [ODD[i % ODD.length]!]),
    figures: rows.map((i) => ({
      numbers: Float64Array.of(i * 1.5, i % 3 === 0 ? NaN : -i),
      textAt: new Uint32Array(),
      texts: [],
    })),
    shown: Uint32Array.of(0, 1),
  };
  return b.layout;
}
