import { formIn } from "./catalogue";
import { cellsText, checkSummary, type PlacedProblem } from "./check";
import { SheetBuilder, span } from "./layout/builder";
import { estimateHeights } from "./layout/heights";
import { STYLES } from "./layout/styles";
import { workbookOf } from "./layout/workbook";
import type { WorkbookLayout } from "./layout/types";
import { text } from "./messages";
import { groupProblems } from "./problems";
import type { Round } from "./rules/round";
import { PROBLEMS_ID } from "./sheet-keys";

/**
 * The problem list as a sheet a unit can act on: one line a problem, grouped by rule, errors first, with its
 * sheet and cells; written by the pane into the workbook and by `cchc check --problems` as a file.
 */
export function problemsLayout(
  problems: PlacedProblem[],
  unit: string | null,
  round: Round
): WorkbookLayout {
  const b = new SheetBuilder(PROBLEMS_ID, text("problems.sheet"), [4, 6, 11, 16, 14, 40, 70]);
  b.hideColumn(0).hideRow(0).set(0, 0, PROBLEMS_ID, "key");
  b.merge(
    span(1, 1, 1, 6),
    text("problems.title", { unit: unit ?? text("check.noUnit") }),
    "heading"
  );
  const errors = problems.filter((p) => p.severity === "error").length;
  b.merge(span(2, 1, 1, 6), checkSummary(errors, problems.length - errors), "hint");
  text("problems.head")
    .split("|")
    .forEach((h, i) => b.set(3, 1 + i, h, "header"));
  let r = 4;
  for (const group of groupProblems(problems, round))
    for (const p of group.problems) {
      const sheet =
        p.cells.find((c) => c.at)?.at?.sheet ??
        (p.form === null ? text("sheet.cover") : formIn(round, p.form).sheet);
      b.set(r, 1, r - 3, "stt")
        .set(r, 2, text(p.severity === "error" ? "severity.error" : "severity.warning"), "label0")
        .set(r, 3, sheet, "label0")
        .set(r, 4, cellsText(p.cells), "label0")
        .set(r, 5, group.title, "label0")
        .set(r, 6, p.message, "label0");
      r++;
    }
  b.layout.freeze = { rows: 4, columns: 0 };
  b.layout.print = { titleRows: [3, 3], area: span(1, 1, Math.max(r - 1, 3), 6) };
  // rule titles and messages wrap: each row as tall as its longest text
  b.layout.rowHeights = estimateHeights(b.layout, STYLES);
  return workbookOf([b.layout]);
}
