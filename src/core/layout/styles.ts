import type { Style, StyleId } from "./types";

const FILL_HEADER = "#DDEBF7";
const FILL_GROUP = "#F2F2F2";
const FILL_COMPUTED = "#E2EFDA";
const FILL_NA = "#D9D9D9";
/** Input cells: a pale lavender, apart from the headers (blue), computed cells (green), the cells that do
 * not apply (grey) and the check's marks (red, yellow), so that where to type shows at a glance. */
const FILL_INPUT = "#EDE7F6";

export const NUMBER_FORMATS = {
  count: "#,##0",
  amount: "#,##0.###",
  rate: "0.0",
  code: "0",
  text: "@",
} as const;

const cell = (extra: Partial<Style>): Style => ({
  size: 12,
  align: "left",
  border: true,
  locked: true,
  ...extra,
});

/** Nghị định 30/2020: Times New Roman, headings 13–14 pt; table body 12 pt. */
export const STYLES: Record<StyleId, Style> = {
  heading: { size: 14, bold: true, align: "center", locked: true },
  title: { size: 13, bold: true, align: "center", wrap: true, locked: true },
  subtitle: { size: 13, italic: true, align: "center", wrap: true, locked: true },
  header: cell({ bold: true, align: "center", wrap: true, fill: FILL_HEADER }),
  // STT codes are text: "9.1" written to Excel would otherwise become a number, or a date in some locales
  stt: cell({ align: "center", numberFormat: NUMBER_FORMATS.text }),
  // a consolidation's STT, a link to the row's units: not text-formatted, where a formula would stay text
  sttLink: cell({ align: "center", color: "#0563C1" }),
  sttGroup: cell({
    align: "center",
    bold: true,
    fill: FILL_GROUP,
    numberFormat: NUMBER_FORMATS.text,
  }),
  label0: cell({ wrap: true }),
  label1: cell({ wrap: true, indent: 1 }),
  label2: cell({ wrap: true, indent: 2 }),
  label3: cell({ wrap: true, indent: 3 }),
  labelGroup: cell({ wrap: true, bold: true, fill: FILL_GROUP }),
  unit: cell({ align: "center", wrap: true }),
  groupCell: cell({ fill: FILL_GROUP }),
  count: cell({
    align: "right",
    numberFormat: NUMBER_FORMATS.count,
    locked: false,
    fill: FILL_INPUT,
  }),
  amount: cell({
    align: "right",
    numberFormat: NUMBER_FORMATS.amount,
    locked: false,
    fill: FILL_INPUT,
  }),
  rate: cell({
    align: "right",
    numberFormat: NUMBER_FORMATS.rate,
    locked: false,
    fill: FILL_INPUT,
  }),
  code: cell({
    align: "center",
    numberFormat: NUMBER_FORMATS.code,
    locked: false,
    fill: FILL_INPUT,
  }),
  textInput: cell({
    wrap: true,
    numberFormat: NUMBER_FORMATS.text,
    locked: false,
    fill: FILL_INPUT,
  }),
  inputSwatch: cell({ align: "center", fill: FILL_INPUT }),
  computedCount: cell({ align: "right", numberFormat: NUMBER_FORMATS.count, fill: FILL_COMPUTED }),
  computedRate: cell({ align: "right", numberFormat: NUMBER_FORMATS.rate, fill: FILL_COMPUTED }),
  computedAmount: cell({
    align: "right",
    numberFormat: NUMBER_FORMATS.amount,
    fill: FILL_COMPUTED,
  }),
  computedCode: cell({ align: "center", numberFormat: NUMBER_FORMATS.code, fill: FILL_COMPUTED }),
  computedText: cell({ wrap: true, fill: FILL_COMPUTED }),
  notApplicable: cell({ fill: FILL_NA, align: "center", italic: true, color: "#595959" }),
  coverLabel: cell({ bold: true, wrap: true }),
  // as typed: a phone's leading 0 and a date like 15/10/2025 stay what the unit wrote
  coverValue: cell({ wrap: true, locked: false, numberFormat: NUMBER_FORMATS.text }),
  coverFixed: cell({ wrap: true, fill: FILL_GROUP }),
  hint: { size: 11, italic: true, align: "left", wrap: true, locked: true, color: "#595959" },
  body: { size: 11, align: "left", border: true, locked: true },
  bodyWrap: { size: 11, align: "left", wrap: true, border: true, locked: true },
  bodyNumber: { size: 11, align: "right", border: true, locked: true },
  bodyCenter: { size: 11, align: "center", border: true, locked: true },
  bodyCenterWrap: { size: 11, align: "center", wrap: true, border: true, locked: true },
  bodyCount: {
    size: 11,
    align: "right",
    border: true,
    locked: true,
    numberFormat: NUMBER_FORMATS.count,
  },
  bodyRate: {
    size: 11,
    align: "right",
    border: true,
    locked: true,
    numberFormat: NUMBER_FORMATS.rate,
  },
  bodyAmount: {
    size: 11,
    align: "right",
    border: true,
    locked: true,
    numberFormat: NUMBER_FORMATS.amount,
  },
  bodyTotal: { size: 11, bold: true, align: "left", border: true, locked: true, fill: FILL_GROUP },
  bodyTotalCount: {
    size: 11,
    bold: true,
    align: "right",
    border: true,
    locked: true,
    fill: FILL_GROUP,
    numberFormat: NUMBER_FORMATS.count,
  },
  key: { size: 8, align: "left", locked: true, color: "#808080" },
  signTitle: { size: 13, bold: true, align: "center", wrap: true, locked: true },
  signHint: { size: 13, italic: true, align: "center", locked: true },
  signName: { size: 13, bold: true, align: "center", locked: true },
};
