import { text } from "../messages";
import { STYLES } from "./styles";
import type { SheetLayout, WorkbookLayout } from "./types";

/** A workbook of one sheet of the add-in's own (a roster, a problem list): landscape A4, the forms' font. */
export const singleSheet = (sheet: SheetLayout): WorkbookLayout => ({
  sheets: [sheet],
  styles: STYLES,
  page: {
    orientation: "landscape",
    paper: "A4",
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    footer: text("layout.footer"),
  },
  font: "Times New Roman",
});
