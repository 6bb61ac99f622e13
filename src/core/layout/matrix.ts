import type { Form, Row } from "../catalogue/schema";
import { toFormula } from "../expr/formula";
import { text } from "../messages";
import { COLUMN_KEYS_MARK } from "../sheet-keys";
import { SheetBuilder, one, span } from "./builder";
import { coverRef, type BuildEnv } from "./cover";
import { inputOf } from "./inputs";
import { attachedLine, signatureBlock, titleRows } from "./titles";

const PROVINCE = 1;
const PERIOD = 2;
const FIRST_FIGURE = 3;

interface Block {
  heading: Row;
  /** the header groups: a depth-1 group with its depth-2 columns, or one depth-1 column alone */
  groups: { head: Row; columns: Row[] }[];
}

/** Splits the matrix into its sections (I, II, III): a depth-0 row starts each. */
function blocksOf(form: Form): Block[] {
  const blocks: Block[] = [];
  for (const r of form.rows) {
    if (r.depth === 0) blocks.push({ heading: r, groups: [] });
    else if (r.depth === 1)
      blocks[blocks.length - 1]!.groups.push({ head: r, columns: r.kind === "group" ? [] : [r] });
    else blocks[blocks.length - 1]!.groups.at(-1)!.columns.push(r);
  }
  return blocks;
}

/** Phụ lục 5: each section a small table, periods as rows and categories as columns. */
export function buildMatrix(form: Form, env: BuildEnv): SheetBuilder {
  const blocks = blocksOf(form);
  const widest = Math.max(
    ...blocks.map((bl) => bl.groups.reduce((n, g) => n + g.columns.length, 0))
  );
  const lastCol = FIRST_FIGURE + widest - 1;
  const b = new SheetBuilder(form.id, `${env.prefix}${form.sheet}`, [
    4,
    16,
    16,
    ...Array.from({ length: widest }, () => 12),
  ]);
  b.hideColumn(0).hideRow(0).set(0, 0, form.id, "key");
  titleRows(b, form, PROVINCE, lastCol, env);
  attachedLine(b, 3, PROVINCE, lastCol, env);

  let at = 6;
  for (const block of blocks) {
    const columns = block.groups.flatMap((g) => g.columns);
    b.merge(
      span(at, PROVINCE, 1, lastCol - PROVINCE + 1),
      `${block.heading.stt}. ${block.heading.label}`,
      "labelGroup"
    );
    b.set(at, 0, block.heading.key, "key");
    at += 1;
    b.merge(span(at, PROVINCE, 2, 1), text("layout.province"), "header");
    b.merge(span(at, PERIOD, 2, 1), form.indicatorHeader, "header");
    let col = FIRST_FIGURE;
    for (const g of block.groups) {
      if (g.head.kind === "group") {
        b.merge(span(at, col, 1, g.columns.length), g.head.label, "header");
        g.columns.forEach((c, i) => b.set(at + 1, col + i, c.label, "header"));
      } else b.merge(span(at, col, 2, 1), g.head.label, "header");
      col += g.columns.length;
    }
    at += 2;
    // hidden: the row keys of this section's columns
    b.hideRow(at).set(at, 0, COLUMN_KEYS_MARK, "key");
    columns.forEach((c, i) => b.set(at, FIRST_FIGURE + i, c.key, "key"));
    at += 1;
    b.merge(span(at, PROVINCE, form.periods.length, 1), undefined, "unit");
    const unit = coverRef("unit", env.coverSheet);
    b.formula(at, PROVINCE, `IF(${unit}="","",${unit})`);
    form.periods.forEach((p, k) => {
      const r = at + k;
      b.set(r, 0, p.id, "key").set(r, PERIOD, p.note ? `${p.label}\n${p.note}` : p.label, "unit");
      columns.forEach((c, i) => {
        const colAt = FIRST_FIGURE + i;
        b.place(c.key, p.id, r, colAt);
        const expr = c.expr;
        if (env.level !== undefined && c.notFor?.includes(env.level))
          b.style(one(r, colAt), "notApplicable");
        else if (expr) {
          b.style(one(r, colAt), "computedCount");
          b.laterFormula(r, colAt, (resolve) => toFormula(expr, resolve, p.id));
        } else {
          const input = inputOf(c);
          if (input)
            b.style(one(r, colAt), input.style)
              .validate(one(r, colAt), input.validation)
              .input(c.key, p.id, c.kind);
        }
      });
    });
    at += form.periods.length + 1;
  }
  b.layout.rowNames = PERIOD;
  b.layout.freeze = { rows: 6, columns: FIRST_FIGURE };
  const end = signatureBlock(b, at - 2, PROVINCE, lastCol, env);
  b.layout.print = { titleRows: [1, 4], area: span(1, PROVINCE, end, lastCol - PROVINCE + 1) };
  return b;
}
