import type { ExcelContext, WorksheetApi } from "./excel-api";
import { a1, boundingRect, type Rect } from "../core/a1";
import { checkSheets, type CheckReport, type PlacedCell } from "../core/check";
import type { SheetCell } from "../core/figure";
import { coalesce } from "../core/layout/paint";
import { roundOfWorkbook } from "../core/rounds/workbook";
import type { Severity } from "../core/rules/schema";
import type { ExcelHost } from "./host";
import { readWorkbookWithProtection } from "./read";

/** Fills of the marks: conditional formats, so the cells' own formatting is never touched. */
export const MARK_FILL: Record<Severity, string> = { error: "#F8CBAD", warning: "#FFE699" };

export interface OfficeCheck {
  report: CheckReport;
  /** cells marked in the sheets */
  marked: number;
  /** form sheets whose protection has a password this check was not given: left unmarked */
  locked: string[];
}

const range = (ws: WorksheetApi, r: Rect) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

const isBadPassword = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "BadPassword";

/**
 * Kiểm tra in the open workbook: one run reads every sheet and its protection, the core checks, then
 * each form sheet, in a sync of its own, is unprotected, cleared of the previous marks, marked and
 * protected again exactly as it was (its options; a password only where it had one, tried without one
 * first). A wrong password stops at unprotect and leaves that sheet as it was; any other failure after
 * unprotect protects the sheet again before it is reported.
 */
export async function checkWorkbook(host: ExcelHost, password?: string): Promise<OfficeCheck> {
  const { sheets, protection } = await host.run((context) => readWorkbookWithProtection(context));
  const report = checkSheets(sheets, roundOfWorkbook(sheets));
  const located = report.located;

  const marks = new Map<string, Map<string, Severity>>();
  for (const p of report.problems)
    for (const { at } of p.cells) {
      if (!at) continue;
      const sheet = marks.get(at.sheet) ?? marks.set(at.sheet, new Map()).get(at.sheet)!;
      if (sheet.get(`${at.row}:${at.col}`) !== "error")
        sheet.set(`${at.row}:${at.col}`, p.severity);
    }

  let marked = 0;
  const locked: string[] = [];
  await host.run(async (context) => {
    for (const lf of located.forms) {
      const ws = context.workbook.worksheets.getItem(lf.sheet);
      const was = protection.get(lf.sheet);
      const area = boundingRect([...lf.cells.values()]);
      let here = 0;
      const queueMarks = () => {
        here = 0;
        range(ws, area).conditionalFormats.clearAll();
        for (const { value, rects } of coalesce(marks.get(lf.sheet) ?? new Map<string, Severity>()))
          for (const r of rects) {
            const cf = range(ws, r).conditionalFormats.add(Excel.ConditionalFormatType.custom);
            cf.custom.rule.formula = "=TRUE";
            cf.custom.format.fill.color = MARK_FILL[value];
            here += r.rows * r.cols;
          }
      };
      // without a password first: a sheet that had none must not gain the one typed for the others
      const attempts: (string | undefined)[] = was?.protected
        ? [undefined, ...(password ? [password] : [])]
        : [undefined];
      for (const [i, pw] of attempts.entries()) {
        if (was?.protected) ws.protection.unprotect(pw);
        queueMarks();
        if (was?.protected) ws.protection.protect(was.options, pw);
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync or two per form sheet (at most 10): a wrong password stops only its own sheet
          await context.sync();
          marked += here;
          break;
        } catch (e) {
          if (was?.protected && isBadPassword(e)) {
            if (i === attempts.length - 1) locked.push(lf.sheet);
            continue;
          }
          if (was?.protected) await reprotect(context, lf.sheet, was.options, pw);
          throw e;
        }
      }
    }
  });
  return { report, marked, locked };
}

/** After a failure past unprotect: the sheet protected again as it was, whatever state the batch left it in. */
async function reprotect(
  context: ExcelContext,
  sheet: string,
  options: Excel.WorksheetProtectionOptions,
  password: string | undefined
): Promise<void> {
  const protection = context.workbook.worksheets.getItem(sheet).protection.load("protected");
  await context.sync();
  if (protection.protected) return;
  protection.protect(options, password);
  await context.sync();
}

/**
 * Selects a problem's cells: every area at once where ExcelApi 1.18 can select several areas, else the
 * smallest rectangle that holds them all (on the sheet of the first).
 */
export async function selectCells(host: ExcelHost, cells: PlacedCell[]): Promise<void> {
  const placed = cells.flatMap((c): SheetCell[] => (c.at ? [c.at] : []));
  const first = placed[0];
  if (!first) return;
  const same = placed.filter((c) => c.sheet === first.sheet);
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(first.sheet);
    ws.activate();
    if (same.length > 1 && host.supports(MULTI_AREA_SELECT))
      ws.getRanges(same.map((c) => a1(c.row, c.col)).join(",")).select();
    else range(ws, boundingRect(same)).select();
    await context.sync();
  });
}

/** RangeAreas.select(): several areas selected at once. */
export const MULTI_AREA_SELECT = "1.18";
