import { SheetBuilder, span } from "../layout/builder";
import { estimateHeights } from "../layout/heights";
import { STYLES } from "../layout/styles";
import type { WorkbookLayout } from "../layout/types";
import { workbookOf } from "../layout/workbook";
import { text } from "../messages";
import { PROBLEMS_ID } from "../sheet-keys";
import type { UnitEntry } from "./units";
import { byVietnamese } from "./texts";

type Line = Pick<
  UnitEntry,
  "file" | "unit" | "status" | "detail" | "problems" | "errors" | "warnings"
>;

const LISTED = new Set(["ok", "problems", "consolidation"]);

/**
 * Every file's problems as one sheet a consolidating office can sort, filter by unit and send back: a line a
 * problem with its unit, file, cells and message; a line for each file not merged, saying why; and, for a
 * file with more problems than were kept, how many more (its own Kiểm tra lists them all).
 */
export function mergeProblemsLayout(lines: Line[]): WorkbookLayout {
  const b = new SheetBuilder(PROBLEMS_ID, text("problems.mergedSheet"), [4, 6, 30, 28, 10, 18, 70]);
  b.hideColumn(0).hideRow(0).set(0, 0, PROBLEMS_ID, "key");
  b.merge(span(1, 1, 1, 6), text("problems.mergedTitle"), "heading");
  // by unit, so that each unit's lines are together; files of no known unit last
  const troubled = lines
    .filter((l) => l.problems.length > 0 || !LISTED.has(l.status))
    .sort(
      (a, b) =>
        (a.unit === null ? 1 : 0) - (b.unit === null ? 1 : 0) ||
        byVietnamese(a.unit ?? "", b.unit ?? "") ||
        byVietnamese(a.file, b.file)
    );
  b.merge(
    span(2, 1, 1, 6),
    text("problems.mergedSummary", {
      files: troubled.length,
      refused: troubled.filter((l) => !LISTED.has(l.status)).length,
    }),
    "hint"
  );
  text("problems.mergedHead")
    .split("|")
    .forEach((h, i) => b.set(3, 1 + i, h, "header"));
  let r = 4;
  const line = (l: Line, severity: string, cells: string, message: string) => {
    b.set(r, 1, r - 3, "stt")
      .set(r, 2, l.unit ?? text("check.noUnit"), "label0")
      .set(r, 3, l.file, "label0")
      .set(r, 4, severity, "label0")
      .set(r, 5, cells, "label0")
      .set(r, 6, message, "label0");
    r++;
  };
  for (const l of troubled) {
    if (!LISTED.has(l.status)) line(l, text("problems.notMerged"), "", l.detail);
    for (const p of l.problems)
      line(
        l,
        text(p.severity === "error" ? "severity.error" : "severity.warning"),
        p.cells,
        p.message
      );
    const more = l.errors + l.warnings - l.problems.length;
    if (more > 0 && l.problems.length > 0) line(l, "", "", text("problems.more", { count: more }));
  }
  b.layout.freeze = { rows: 4, columns: 0 };
  b.layout.print = { titleRows: [3, 3], area: span(1, 1, Math.max(r - 1, 3), 6) };
  b.layout.rowHeights = estimateHeights(b.layout, STYLES);
  return workbookOf([b.layout]);
}
