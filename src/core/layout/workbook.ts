import { STYLES } from "./styles";
import type { SheetLayout, WorkbookLayout } from "./types";

/** A workbook of the add-in's sheets (forms, a roster, a problem list): landscape A4, the forms' font. */
export const workbookOf = (sheets: SheetLayout[]): WorkbookLayout => ({
  sheets,
  styles: STYLES,
  page: {
    orientation: "landscape",
    paper: "A4",
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    pageNumber: "&P",
  },
  font: "Times New Roman",
});
