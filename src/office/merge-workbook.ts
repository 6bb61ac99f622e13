import { coverInfoOf, type CoverInfo } from "../core/layout/cover";
import type { WorkbookLayout } from "../core/layout";
import { bodyRows } from "../core/layout/body";
import { rosterLayout } from "../core/layout/roster";
import { UNITS_ID } from "../core/sheet-keys";
import { rosterInWorkbook, type RosterEntry } from "../core/merge/roster";
import { locateWorkbook } from "../core/read/locate";
import { roundNamedIn } from "../core/rounds/workbook";
import { CURRENT_ROUND, roundById } from "../core/rounds";
import { missingFeatures, type ExcelHost } from "./host";
import { readWorkbook } from "./read";
import { protectSheet, queueRows, queueSheet, rowChunks, sheetRows } from "./render";
import { leftovers, restoreNames, temporaryNames, type Leftovers } from "./set-aside";

/** What the consolidating workbook already holds: who it is, whom it expects, what a merge wrote before. */
export interface Consolidation {
  info: CoverInfo;
  /** the round its cover names, by id: the merge's round; absent, the round most files were made for */
  round?: string;
  roster: RosterEntry[];
  hasRoster: boolean;
  /** sheets of the previous merge, replaced by the next */
  previous: string[];
  /** every sheet's name, to find the user's own sheets that a merge's names would collide with */
  names: string[];
  /** sheets a failed run left under temporary names */
  leftovers: Leftovers;
}

export async function readConsolidation(host: ExcelHost): Promise<Consolidation> {
  const sheets = await host.run((context) => readWorkbook(context));
  const round = roundNamedIn(sheets);
  const located = locateWorkbook(sheets, round ?? CURRENT_ROUND);
  const roster = rosterInWorkbook(sheets);
  const left = leftovers(sheets);
  return {
    info: coverInfoOf(located.cover ?? {}, round ?? CURRENT_ROUND),
    ...(round ? { round: round.id } : {}),
    roster: roster ?? [],
    hasRoster: roster !== null,
    previous: located.merged.filter((n) => !left.merged.includes(n)),
    names: sheets.map((s) => s.name),
    leftovers: left,
  };
}

/** The user's own sheets that carry a name the merge writes: the merge stops before writing. */
export const collisions = (layout: WorkbookLayout, c: Consolidation): string[] =>
  layout.sheets
    .map((s) => s.name)
    .filter((n) =>
      c.names.some((m) => m.toLowerCase() === n.toLowerCase() && !c.previous.includes(m))
    );

/** Bytes of values written in one request: Excel on the web refuses more than 5 MB. */
export const BYTES_PER_WRITE = 3 * 1024 * 1024;

/** What a Hủy is asked through: an AbortSignal, or anything that says whether the user asked to stop. */
export interface Stop {
  readonly aborted: boolean;
}

/** How a writing is watched: stopped when asked, told how many units' rows are written, of how many. */
export interface WriteWatch {
  stop?: Stop;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes a merge's output. First sync: the previous output set aside under temporary names, the new sheets
 * added under their final names and written, but the rows of the sheets that grow with the units (the
 * overview, the per-unit sheet, the report); then those rows in requests of at most BYTES_PER_WRITE; last,
 * those sheets protected and the previous output deleted. Nothing else is touched; a failure leaves the
 * previous output under temporary names, which the next merge deletes. A stop asked before the last sync is
 * undone in one more: the new sheets deleted, the previous output given back its names, so the workbook is
 * as it was.
 */
export async function writeMerge(
  host: ExcelHost,
  layout: WorkbookLayout,
  c: Consolidation,
  { stop = { aborted: false }, onProgress = () => undefined }: WriteWatch = {}
): Promise<"written" | "cancelled"> {
  if (stop.aborted) return "cancelled";
  const missing = missingFeatures(host);
  const temporary = temporaryNames(c.previous.length);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const name of c.leftovers.merged) sheets.getItem(name).delete();
    for (const { from, to } of restoreNames(c.leftovers.kept, c.names))
      sheets.getItem(from).name = to;
    c.previous.forEach((name, i) => (sheets.getItem(name).name = temporary[i]!));
    // sheets that grow with the units (the overview, the per-unit sheet, the report): their rows written in
    // requests of their own
    const bulk = new Set(layout.sheets.filter((s) => s.body || s.chunked));
    const added = layout.sheets.map((s) => {
      const ws = sheets.add(s.name);
      queueSheet(ws, s, layout, missing, bulk.has(s) ? { values: false, protect: false } : {});
      // its keys first, so that a merge that fails later still knows this sheet as its own
      if (bulk.has(s)) queueRows(ws, 0, sheetRows(s, layout.styles, 0, 1));
      return { ws, layout: s };
    });
    await context.sync();
    const undo = async () => {
      for (const { ws } of added) ws.delete();
      temporary.forEach((name, i) => (sheets.getItem(name).name = c.previous[i]!));
      await context.sync();
      return "cancelled" as const;
    };
    if (stop.aborted) return undo();
    // the progress told is the per-unit sheet's: its rows are what the pane's "ghi" step counts
    const units = layout.sheets.find((s) => s.id === UNITS_ID)?.body;
    const total = units ? bodyRows(units) : 0;
    onProgress(0, total);
    for (const { ws, layout: sheet } of added.filter((a) => bulk.has(a.layout))) {
      for (const { from, rows } of rowChunks(sheet, layout.styles, BYTES_PER_WRITE, 1)) {
        queueRows(ws, from, rows);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per 3 MB of values: Excel on the web refuses more than 5 MB
        await context.sync();
        if (stop.aborted) return undo();
        if (units && sheet.body === units)
          onProgress(Math.min(Math.max(from + rows.length - units.at, 0), total), total);
      }
      protectSheet(ws);
    }
    for (const name of temporary) sheets.getItem(name).delete();
    (added.find((a) => a.layout.id === layout.opensOn) ?? added.at(-1))?.ws.activate();
    await context.sync();
    return "written" as const;
  });
}

/** Adds the Danh sách đơn vị sheet for the consolidating office to fill, from the units given. */
export async function createRoster(
  host: ExcelHost,
  round: string | undefined,
  units: RosterEntry[] = []
): Promise<void> {
  const layout = rosterLayout((round && roundById(round)) || CURRENT_ROUND, units);
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.add(layout.sheets[0]!.name);
    queueSheet(ws, layout.sheets[0]!, layout, missingFeatures(host));
    ws.activate();
    await context.sync();
  });
}
