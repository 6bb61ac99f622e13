import { a1, rectA1 } from "../../src/core/a1";
import type { SheetLayout, WorkbookLayout } from "../../src/core/layout";
import type { StyleId, Validation } from "../../src/core/layout/types";

const v = (x: Validation): string =>
  x.type === "list"
    ? `list(${x.source ? `${rectA1(x.source)}: ` : ""}${x.list.join("|")})`
    : x.type === "textLength"
      ? `text≤${x.max}`
      : `${x.type} ${x.min}..${x.max ?? ""}${x.orText !== undefined ? ` or "${x.orText}"` : ""}`;

/** A sheet layout as lines a reviewer can read: each cell's content, style, lock and validation. */
export function describeSheet(sheet: SheetLayout, layout: WorkbookLayout): string {
  const at = new Map<string, { text: string; style?: StyleId; validation?: string }>();
  const get = (r: number, c: number) =>
    at.get(`${r}:${c}`) ?? at.set(`${r}:${c}`, { text: "" }).get(`${r}:${c}`)!;
  for (const c of sheet.cells)
    get(c.row, c.col).text = c.formula !== undefined ? `=${c.formula}` : JSON.stringify(c.value);
  for (const { rect, style } of sheet.styles)
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) get(r, c).style = style;
  for (const { rect, validation } of sheet.validations)
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) get(r, c).validation = v(validation);
  const keys = [...at.keys()]
    .map((k) => k.split(":").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const lines = [
    `# ${sheet.name} (${sheet.id})`,
    `freeze ${sheet.freeze.rows}x${sheet.freeze.columns}; hidden rows ${sheet.hiddenRows.join(",")}; hidden cols ${sheet.columns.flatMap((c, i) => (c.hidden ? [i] : [])).join(",")}`,
  ];
  for (const [r, c] of keys) {
    const e = at.get(`${r}:${c}`)!;
    const locked = e.style ? (layout.styles[e.style].locked ? "" : " unlocked") : "";
    lines.push(
      `${a1(r, c)} ${e.text}${e.style ? ` [${e.style}${locked}]` : ""}${e.validation ? ` {${e.validation}}` : ""}`
    );
  }
  return `${lines.join("\n")}\n`;
}
