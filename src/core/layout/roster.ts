import { text } from "../messages";
import { ROSTER_ID, ROSTER_LINE_KEY } from "../sheet-keys";
import { SheetBuilder, span } from "./builder";
import { workbookOf } from "./workbook";
import { textValidation } from "./inputs";
import type { WorkbookLayout } from "./types";

const ROWS = 300;

/** Danh sách đơn vị: the units expected in a round, typed by the consolidating office. */
export function rosterLayout(): WorkbookLayout {
  const b = new SheetBuilder(ROSTER_ID, text("roster.sheet"), [4, 7, 60, 24, 4]);
  b.hideColumn(0).hideRow(0).set(0, 0, ROSTER_ID, "key");
  b.merge(span(1, 1, 1, 3), text("roster.title"), "heading");
  b.merge(span(2, 1, 1, 3), text("roster.hint"), "hint");
  text("roster.head")
    .split("|")
    .forEach((h, i) => b.set(3, 1 + i, h, "header"));
  for (let i = 0; i < ROWS; i++) {
    const r = 4 + i;
    b.set(r, 0, ROSTER_LINE_KEY, "key").set(r, 1, i + 1, "stt");
  }
  b.style(span(4, 2, ROWS, 1), "coverValue").validate(span(4, 2, ROWS, 1), textValidation());
  b.style(span(4, 3, ROWS, 1), "coverValue").levelChoice(span(4, 3, ROWS, 1), { row: 4, col: 4 });
  b.layout.freeze = { rows: 4, columns: 0 };
  b.layout.print = { titleRows: [3, 3], area: span(1, 1, ROWS + 3, 3) };
  return workbookOf([b.layout]);
}
