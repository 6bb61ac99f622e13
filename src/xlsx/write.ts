import ExcelJS from "exceljs";
import { absolute, columnLetter, rectA1, type Rect } from "../core/a1";
import type { SheetLayout, WorkbookLayout } from "../core/layout";
import { extent, highlightFormula } from "../core/layout/paint";
import type { SheetBody, Style, Validation } from "../core/layout/types";
import { bodyFiguresAt, bodyRow, bodyRows } from "../core/layout/body";
import { growingRows } from "../core/layout/heights";
import { numberRuleFormula } from "../core/layout/inputs";
import { ooxmlText, spliceBodies, type BodySheet } from "./body";

const MM_PER_INCH = 25.4;
const argb = (hex: string) => ({ argb: `FF${hex.replace("#", "")}` });

function cellsOf(rect: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) out.push([r, c]);
  return out;
}

/** A layout style as ExcelJS's cell style: made once per style and shared by its cells, as ExcelJS allows. */
function excelStyle(style: Style, font: string): Partial<ExcelJS.Style> {
  const thin = { style: "thin" as const };
  return {
    font: {
      name: font,
      size: style.size,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      ...(style.color ? { color: argb(style.color) } : {}),
    },
    alignment: {
      horizontal: style.align,
      vertical: "middle",
      wrapText: style.wrap ?? false,
      ...(style.indent ? { indent: style.indent } : {}),
    },
    ...(style.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(style.fill
      ? { fill: { type: "pattern" as const, pattern: "solid" as const, fgColor: argb(style.fill) } }
      : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    protection: { locked: style.locked },
  };
}

/** A validation over one range: a custom formula reads its cells relative to the range's top-left. */
function toDataValidation(v: Validation, at: Rect): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: v.title,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.title,
    error: v.error,
  };
  switch (v.type) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        formulae: [
          v.source
            ? `${absolute(v.source.row, v.source.col)}:${absolute(v.source.row + v.source.rows - 1, v.source.col + v.source.cols - 1)}`
            : `"${v.list.join(",")}"`,
        ],
        ...messages,
      };
    case "textLength":
      return {
        type: "textLength",
        operator: "lessThanOrEqual",
        allowBlank: true,
        formulae: [v.max],
        ...messages,
      };
    default:
      if (v.orText !== undefined)
        return {
          type: "custom",
          allowBlank: true,
          formulae: [numberRuleFormula(v, at.row, at.col)],
          ...messages,
        };
      return v.max === undefined
        ? {
            type: v.type,
            operator: "greaterThanOrEqual",
            allowBlank: true,
            formulae: [v.min],
            ...messages,
          }
        : {
            type: v.type,
            operator: "between",
            allowBlank: true,
            formulae: [v.min, v.max],
            ...messages,
          };
  }
}

/** ExcelJS's validations by range address: in its model, left out of its type declarations. */
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

/**
 * The part of a sheet ExcelJS writes: all of it, but of a body only its first row, or, of a body `across`,
 * each row up to its first figure; the rest is spliced in after, styled as what ExcelJS wrote.
 */
function forExcelJs(sheet: SheetLayout): { rows: number; cols: number; from: number } {
  const body = sheet.body;
  if (!body) return { rows: Infinity, cols: Infinity, from: Infinity };
  return body.across
    ? { rows: Infinity, cols: bodyFiguresAt(body) + 1, from: body.at }
    : { rows: body.at + Math.min(1, bodyRows(body)), cols: Infinity, from: Infinity };
}

/** A rectangle cut to the part ExcelJS writes: its rows up to `rows`, and of those from `from` on, its columns up to `cols`. */
function clipped(rect: Rect, end: { rows: number; cols: number; from: number }): Rect[] {
  const cut = (r: Rect, rows: number, cols: number): Rect[] => {
    const h = Math.min(r.row + r.rows, rows) - r.row;
    const w = Math.min(r.col + r.cols, cols) - r.col;
    return h > 0 && w > 0 ? [{ ...r, rows: h, cols: w }] : [];
  };
  const above = Math.max(0, Math.min(rect.rows, end.from - rect.row));
  return [
    ...cut({ ...rect, rows: above }, end.rows, Infinity),
    ...cut({ ...rect, row: rect.row + above, rows: rect.rows - above }, end.rows, end.cols),
  ];
}

/** Why a style cannot be spliced over a body: it must be alike across what is made from the part written. */
function partOfBody(rect: Rect, body: SheetBody, lastCol: number): boolean {
  const end = body.at + bodyRows(body);
  if (rect.row + rect.rows <= body.at || rect.row >= end) return false;
  if (!body.across) return rect.row > body.at || rect.row + rect.rows < end;
  const from = bodyFiguresAt(body);
  return rect.col + rect.cols > from && (rect.col > from || rect.col + rect.cols <= lastCol);
}

async function writeSheet(
  wb: ExcelJS.Workbook,
  layout: WorkbookLayout,
  sheet: SheetLayout,
  password: string
): Promise<SheetPart> {
  const { page } = layout;
  const inches = (mm: number) => mm / MM_PER_INCH;
  const area = sheet.print.area;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }],
    pageSetup: {
      paperSize: 9,
      orientation: page.orientation,
      ...(sheet.print.scale === undefined
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : { fitToPage: false, scale: sheet.print.scale }),
      horizontalCentered: true,
      firstPageNumber: 1,
      margins: {
        top: inches(page.marginsMm.top),
        bottom: inches(page.marginsMm.bottom),
        left: inches(page.marginsMm.left),
        right: inches(page.marginsMm.right),
        header: 0.3,
        footer: 0.3,
      },
      printTitlesRow: `${sheet.print.titleRows[0] + 1}:${sheet.print.titleRows[1] + 1}`,
      printArea: rectA1(area),
      ...(sheet.print.titleColumns && {
        printTitlesColumn: sheet.print.titleColumns.map(columnLetter).join(":"),
      }),
    },
    // the page number from the second page on, at the top centre (Nghị định 30/2020)
    headerFooter: {
      differentFirst: true,
      firstHeader: "",
      oddHeader: `&C&"${layout.font},Regular"${page.pageNumber}`,
    },
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const [r, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    // ExcelJS writes a text as it is: a control code would be lost, an "_xHHHH_" read as a character
    cell.value =
      c.formula !== undefined
        ? { formula: c.formula, date1904: false }
        : typeof c.value === "string"
          ? ooxmlText(c.value)
          : (c.value ?? null);
  }
  const end = forExcelJs(sheet);
  const body = sheet.body;
  const lastCol = extent(sheet).cols - 1;
  if (body)
    for (let i = 0; i < Math.min(bodyRows(body), end.rows - body.at); i++)
      bodyRow(body, i, end.cols).forEach((v, c) => {
        if (v !== null)
          ws.getCell(body.at + i + 1, c + 1).value = typeof v === "string" ? ooxmlText(v) : v;
      });
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const { rect, style } of sheet.styles) {
    const shared =
      styles.get(style) ??
      styles.set(style, excelStyle(layout.styles[style], layout.font)).get(style)!;
    const cut = clipped(rect, end);
    if (body && partOfBody(rect, body, lastCol))
      throw new Error(`style ${style} covers part of ${sheet.name}'s body: it must cover it whole`);
    for (const part of cut)
      for (const [r, c] of cellsOf(part)) ws.getCell(r + 1, c + 1).style = shared;
  }
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  // by range, not by cell: ExcelJS would regroup cells in its own order, and a custom formula is relative to
  // its range's top-left cell
  for (const { rect, validation } of sheet.validations)
    validationsOf(ws).add(rectA1(rect), toDataValidation(validation, rect));
  sheet.highlights?.forEach((h, i) =>
    ws.addConditionalFormatting({
      ref: rectA1(h.rect),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [highlightFormula(h)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(h.fill) } },
        },
      ],
    })
  );
  sheet.bars?.forEach((bar) => {
    // ExcelJS writes a data bar's colour, though its types leave it out
    const rule = {
      type: "dataBar",
      priority: (sheet.highlights?.length ?? 0) + 1,
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: bar.max },
      ],
      color: argb(bar.color),
    } as ExcelJS.DataBarRuleType;
    ws.addConditionalFormatting({ ref: rectA1(bar.rect), rules: [rule] });
  });
  sheet.scales?.forEach((scale, i) =>
    ws.addConditionalFormatting({
      ref: rectA1(scale.rect),
      rules: [
        {
          type: "colorScale",
          priority: (sheet.highlights?.length ?? 0) + (sheet.bars?.length ?? 0) + i + 1,
          cfvo: [0, scale.max / 2, scale.max].map((value) => ({ type: "num", value })),
          color: scale.colors.map(argb),
        },
      ],
    })
  );
  for (const n of sheet.names)
    wb.definedNames.add(`'${sheet.name}'!$${columnLetter(n.col)}$${n.row + 1}`, n.name);
  await ws.protect(password, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const path = `xl/worksheets/sheet${ws.id}.xml`;
  return {
    path,
    body:
      body && (body.across ? lastCol > bodyFiguresAt(body) : bodyRows(body) > 1)
        ? { path, body, lastCol }
        : null,
    growing: growingRows(sheet, layout.styles),
  };
}

/** What is done to a sheet's part after ExcelJS: its body spliced in, its growing rows' heights left free. */
interface SheetPart {
  path: string;
  body: BodySheet | null;
  growing: number[];
}

/** Where a written package goes, piece by piece. */
export type Sink = (chunk: Uint8Array) => void;

/** Writes a workbook layout as an .xlsx package into a sink; formulas are recalculated when it opens. */
export async function streamLayout(
  layout: WorkbookLayout,
  sink: Sink,
  options: { password?: string } = {}
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC";
  wb.calcProperties.fullCalcOnLoad = true;
  const parts: SheetPart[] = [];
  for (const sheet of layout.sheets)
    parts.push(await writeSheet(wb, layout, sheet, options.password ?? ""));
  const opensOn = layout.sheets.findIndex((s) => s.id === layout.opensOn);
  if (opensOn > 0) {
    wb.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: opensOn,
        visibility: "visible",
      },
    ];
  }
  // stored, not deflated: the package is deflated once, by Node's zlib, as the bodies are added
  const base = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  await spliceBodies(
    base,
    parts.flatMap((p) => (p.body ? [p.body] : [])),
    sink,
    new Map(parts.filter((p) => p.growing.length > 0).map((p) => [p.path, p.growing]))
  );
}

/** Writes a workbook layout as an .xlsx file's bytes. */
export async function writeLayout(
  layout: WorkbookLayout,
  options: { password?: string } = {}
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await streamLayout(layout, (c) => chunks.push(c), options);
  return Buffer.concat(chunks);
}
