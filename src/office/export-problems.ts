import type { WorkbookLayout } from "../core/layout/types";
import { missingFeatures, type ExcelHost } from "./host";
import { queueSheet } from "./render";

/** The first of "name", "name (2)", "name (3)"… that no sheet has: a sheet of the user's is never replaced. */
export function freeName(name: string, taken: string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase("vi")));
  let candidate = name;
  for (let n = 2; used.has(candidate.toLocaleLowerCase("vi")); n++) candidate = `${name} (${n})`;
  return candidate;
}

/**
 * Writes the problem list as a new sheet and shows it: the names in one sync, the sheet in a second. It is
 * left unprotected, for the user to sort, filter or add a column of answers.
 */
export async function exportProblems(host: ExcelHost, layout: WorkbookLayout): Promise<string> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheet = layout.sheets[0]!;
    const name = freeName(
      sheet.name,
      sheets.items.map((s) => s.name)
    );
    const ws = sheets.add(name);
    queueSheet(ws, { ...sheet, name }, layout, missingFeatures(host), { protect: false });
    ws.activate();
    await context.sync();
    return name;
  });
}
