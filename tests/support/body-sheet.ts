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

/** The name of unit j of `acrossSheet`: odd texts too, above the body, where ExcelJS writes them. */
export const unitName = (j: number): string => `${ODD[j % ODD.length]} ${j}`;

/**
 * A sheet whose body runs across: a row a figure (a number, a blank-or-number, a text), a column a unit,
 * `units` of them; the first two rows counts, the third a text; above the body, a row of the units' names.
 */
export function acrossSheet(units: number): SheetLayout {
  const b = new SheetBuilder("ACROSS", "Ngang", [
    20,
    12,
    ...Array.from({ length: units }, () => 10),
  ]);
  b.hideRow(0)
    .set(0, 0, "ACROSS", "key")
    .set(1, 0, "Chỉ tiêu", "header")
    .set(1, 1, "Tổng", "header");
  const all = Array.from({ length: units }, (_, j) => j);
  all.forEach((j) => b.set(1, 2 + j, unitName(j), "header"));
  b.style(span(2, 0, 3, 1), "body")
    .style(span(2, 1, 2, units + 1), "bodyCount")
    .style(span(4, 1, 1, units + 1), "bodyWrap");
  b.layout.body = {
    at: 2,
    leads: [
      [ODD[0]!, 1],
      [ODD[1]!, 2],
      [ODD[2]!, null],
    ],
    figures: all.map((j) => ({
      numbers: Float64Array.of(j * 1000.5, j % 3 === 0 ? NaN : -j, NaN),
      textAt: Uint32Array.of(2),
      texts: [ODD[j % ODD.length]!],
    })),
    shown: Uint32Array.of(0, 1, 2),
    across: true,
  };
  return b.layout;
}
