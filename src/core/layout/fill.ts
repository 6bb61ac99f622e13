import type { Figures } from "../values";
import type { WorkbookLayout } from "./types";

/** The layout with figures typed into its input cells: what a unit's filled workbook holds. */
export function fillLayout(layout: WorkbookLayout, figures: Figures): WorkbookLayout {
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => {
      const typed = figures[sheet.id];
      if (!typed) return sheet;
      const cells = [...sheet.cells];
      for (const [rowKey, byPeriod] of Object.entries(typed))
        for (const [period, value] of Object.entries(byPeriod)) {
          const slot = sheet.slots[`${rowKey}|${period}`];
          if (slot?.input !== undefined && value !== null) cells.push({ row: slot.row, col: slot.col, value });
        }
      return { ...sheet, cells };
    }),
  };
}
