import { coverInfoOf, type CoverInfo } from "../core/layout/cover";
import { coverIn } from "../core/read/locate";
import { outlineOfWorkbook } from "../core/rounds/outlines";
import { COVER_ID } from "../core/sheet-keys";
import type { ExcelHost } from "./host";
import { raw } from "./read";

/** What the open workbook's cover says, and the round it names (the current one if it names none known). */
export interface OpenCover {
  info: CoverInfo;
  round: string;
}

/**
 * What the open workbook's cover says (unit, level, round), to fill the pane's fields before the user types:
 * sheet names, then each sheet's A1, then the cover's values, three syncs; null when there is no cover.
 */
export function readCover(host: ExcelHost): Promise<OpenCover | null> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const marks = sheets.items.map((ws) => ws.getRange("A1").load("values"));
    await context.sync();
    const at = marks.findIndex((m) => m.values[0]?.[0] === COVER_ID);
    if (at < 0) return null;
    // the cover starts at A1, which holds its key: its used range is its whole grid
    const used = sheets.items[at]!.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (used.isNullObject) return null;
    const read = [{ name: sheets.items[at]!.name, rows: used.values.map((r) => r.map(raw)) }];
    const cover = coverIn(read);
    const round = outlineOfWorkbook(read);
    return cover ? { info: coverInfoOf(cover, round), round: round.id } : null;
  });
}
