import { extent } from "../core/layout/paint";
import { coverInfoOf, type CoverInfo } from "../core/layout/cover";
import type { WorkbookLayout } from "../core/layout";
import { rosterLayout } from "../core/layout/roster";
import { UNITS_ID } from "../core/sheet-keys";
import { rosterInWorkbook, type RosterEntry } from "../core/merge/roster";
import { locateWorkbook } from "../core/read/locate";
import { missingFeatures, type ExcelHost } from "./host";
import { readWorkbook } from "./read";
import { protectSheet, queueSheet, queueValues } from "./render";

/** What the consolidating workbook already holds: who it is, whom it expects, what a merge wrote before. */
export interface Consolidation {
  info: CoverInfo;
  roster: RosterEntry[];
  hasRoster: boolean;
  /** sheets of the previous merge, replaced by the next */
  previous: string[];
  /** every sheet's name, to find the user's own sheets that a merge's names would collide with */
  names: string[];
}

export async function readConsolidation(host: ExcelHost): Promise<Consolidation> {
  const sheets = await host.run((context) => readWorkbook(context));
  const located = locateWorkbook(sheets);
  const roster = rosterInWorkbook(sheets);
  return {
    info: coverInfoOf(located.cover ?? {}),
    roster: roster ?? [],
    hasRoster: roster !== null,
    previous: located.merged,
    names: sheets.map((s) => s.name),
  };
}

/** The user's own sheets that carry a name the merge writes: the merge stops before writing. */
export const collisions = (layout: WorkbookLayout, c: Consolidation): string[] =>
  layout.sheets
    .map((s) => s.name)
    .filter((n) =>
      c.names.some((m) => m.toLowerCase() === n.toLowerCase() && !c.previous.includes(m))
    );

/** Rows of the per-unit sheet are written in this many requests, whatever the number of units. */
export const UNIT_CHUNKS = 4;

/**
 * Writes a merge's output: one sync for every sheet but the per-unit values, then those values in
 * UNIT_CHUNKS syncs; the previous merge's sheets are deleted in the first, and nothing else is touched.
 */
export async function writeMerge(
  host: ExcelHost,
  layout: WorkbookLayout,
  previous: string[]
): Promise<void> {
  const missing = missingFeatures(host);
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const bulk = layout.sheets.find((s) => s.id === UNITS_ID);
    const added = layout.sheets.map((s, i) => {
      const ws = sheets.add(`cchc-th-${i + 1}`);
      queueSheet(ws, s, layout, missing, s === bulk ? { values: false, protect: false } : {});
      return { ws, layout: s };
    });
    for (const name of previous) sheets.getItem(name).delete();
    for (const { ws, layout: s } of added) ws.name = s.name;
    await context.sync();
    const units = added.find((a) => a.layout === bulk);
    if (units) {
      const rows = extent(units.layout).rows;
      const per = Math.ceil(rows / UNIT_CHUNKS);
      for (let k = 0; k < UNIT_CHUNKS; k++) {
        queueValues(units.ws, units.layout, layout.styles, k * per, Math.min(rows, (k + 1) * per));
        if (k === UNIT_CHUNKS - 1) protectSheet(units.ws);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a fixed UNIT_CHUNKS requests, each under 5 MB whatever the number of units
        await context.sync();
      }
    }
    added.at(-1)?.ws.activate();
    await context.sync();
  });
}

/** Adds the Danh sách đơn vị sheet for the consolidating office to fill. */
export async function createRoster(host: ExcelHost): Promise<void> {
  const layout = rosterLayout();
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.add(layout.sheets[0]!.name);
    queueSheet(ws, layout.sheets[0]!, layout, missingFeatures(host));
    ws.activate();
    await context.sync();
  });
}
