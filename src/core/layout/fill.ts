import { figureAt, type Figures } from "../values";
import type { WorkbookLayout } from "./types";

/** The layout with figures typed into its input cells: what a unit's filled workbook holds. */
export function fillLayout(layout: WorkbookLayout, figures: Figures): WorkbookLayout {
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => {
      if (!figures[sheet.id]) return sheet;
      const typed = [...sheet.slots.values()].flatMap((slot) => {
        const value = slot.input === undefined ? null : figureAt(figures, slot.ref);
        return value === null ? [] : [{ row: slot.row, col: slot.col, value }];
      });
      return { ...sheet, cells: [...sheet.cells, ...typed] };
    }),
  };
}
