import { text } from "../messages";
import { ROSTER_ID, ROSTER_LINE_KEY } from "../sheet-keys";
import { SheetBuilder, span } from "./builder";
import { workbookOf } from "./workbook";
import { textValidation } from "./inputs";
import type { WorkbookLayout } from "./types";
import type { Level } from "../catalogue/schema";
import { levelLabelIn, type Catalogue } from "../catalogue";

/** Blank lines the office can fill, below the units given. */
const ROWS = 300;

/**
 * Danh sách đơn vị: the units expected in a round, typed by the consolidating office; `units` fill its first
 * lines (the units of the files just merged), with room left for those that sent nothing.
 */
export function rosterLayout(
  cat: Catalogue,
  units: { name: string; level: Level | null }[] = []
): WorkbookLayout {
  const rows = Math.max(ROWS, units.length + 100);
  const b = new SheetBuilder(ROSTER_ID, text("roster.sheet"), [4, 7, 60, 24, 4]);
  b.hideColumn(0).hideRow(0).set(0, 0, ROSTER_ID, "key");
  b.merge(span(1, 1, 1, 3), text("roster.title"), "heading");
  b.merge(span(2, 1, 1, 3), text("roster.hint"), "hint");
  text("roster.head")
    .split("|")
    .forEach((h, i) => b.set(3, 1 + i, h, "header"));
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    b.set(r, 0, ROSTER_LINE_KEY, "key").set(r, 1, i + 1, "stt");
  }
  units.forEach((u, i) => {
    b.set(4 + i, 2, u.name);
    if (u.level) b.set(4 + i, 3, levelLabelIn(cat, u.level));
  });
  b.style(span(4, 2, rows, 1), "coverValue").validate(span(4, 2, rows, 1), textValidation());
  b.style(span(4, 3, rows, 1), "coverValue").levelChoice(
    span(4, 3, rows, 1),
    { row: 4, col: 4 },
    cat
  );
  b.layout.freeze = { rows: 4, columns: 0 };
  b.layout.print = { titleRows: [3, 3], area: span(1, 1, rows + 3, 3) };
  return workbookOf([b.layout]);
}
