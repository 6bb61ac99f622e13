import ExcelJS from "exceljs";
import { span } from "../../src/core/layout/builder";
import { workbookOf } from "../../src/core/layout/workbook";
import { Deadline } from "../../src/xlsx/limits";
import { readRawSheets, everySheet } from "../../src/xlsx/read";
import { writeLayout } from "../../src/xlsx/write";
import { acrossSheet, bodySheet, ODD, unitName } from "../support/body-sheet";

describe("a sheet body written as a stream", () => {
  it("holds every row's values, read back by the add-in's reader and by ExcelJS", async () => {
    const bytes = await writeLayout(workbookOf([bodySheet(1200)]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Thân")!;
    expect(ws.rowCount).toBe(1202);
    for (const i of [0, 2, 4, 599, 1199]) {
      const row = ws.getRow(i + 3);
      // ExcelJS leaves OOXML's _xHHHH_ escapes as written: the add-in's reader (and LibreOffice) decode them
      expect(row.getCell(1).value).toBe(ODD[i % ODD.length]);
      expect(row.getCell(2).value).toBe(i * 1.5);
      expect(row.getCell(3).value).toBe(i % 3 === 0 ? null : -i);
    }
    const [sheet] = readRawSheets(bytes, new Deadline(), everySheet);
    expect(sheet!.rows.slice(2).map((r) => r[0])).toEqual(
      Array.from({ length: 1200 }, (_, i) => ODD[i % ODD.length])
    );
  });

  it("gives every row the styles of the first: borders, alignment, the same font", async () => {
    const bytes = await writeLayout(workbookOf([bodySheet(50)]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Thân")!;
    for (const col of [1, 2, 3]) {
      const first = ws.getRow(3).getCell(col).style;
      expect(first.border?.top?.style).toBe("thin");
      expect(ws.getRow(52).getCell(col).style).toEqual(first);
    }
    expect(ws.getRow(52).getCell(2).alignment?.horizontal).toBe("right");
  });

  it("refuses a style that covers part of a body: its rows could not share the first row's styles", async () => {
    const sheet = bodySheet(10);
    sheet.styles.push({ rect: span(5, 1, 2, 1), style: "header" });
    await expect(writeLayout(workbookOf([sheet]))).rejects.toThrow(/covers part of Thân's body/);
  });
});

describe("a sheet body written across: a row a figure, a column a unit", () => {
  const load = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb.getWorksheet("Ngang")!;
  };

  it("holds every unit's values, read back by the add-in's reader and by ExcelJS", async () => {
    const bytes = await writeLayout(workbookOf([acrossSheet(300)]));
    const ws = await load(bytes);
    for (const j of [0, 1, 2, 150, 299]) {
      const col = 3 + j;
      expect(ws.getRow(3).getCell(col).value).toBe(j * 1000.5);
      expect(ws.getRow(4).getCell(col).value).toBe(j % 3 === 0 ? null : -j);
    }
    const [sheet] = readRawSheets(bytes, new Deadline(), everySheet);
    expect(sheet!.rows[1]!.slice(2)).toEqual(Array.from({ length: 300 }, (_, j) => unitName(j)));
    expect(sheet!.rows[4]!.slice(2)).toEqual(
      Array.from({ length: 300 }, (_, j) => ODD[j % ODD.length])
    );
    expect(sheet!.rows.slice(2).map((r) => r[0])).toEqual(ODD.slice(0, 3));
  });

  it("gives each row's units the style of its first unit: a count's format, a text's wrapping", async () => {
    const ws = await load(await writeLayout(workbookOf([acrossSheet(40)])));
    for (const row of [3, 5]) {
      const first = ws.getRow(row).getCell(3).style;
      expect(ws.getRow(row).getCell(42).style).toEqual(first);
    }
    expect(ws.getRow(3).getCell(42).numFmt).toBe("#,##0");
    expect(ws.getRow(5).getCell(42).alignment?.wrapText).toBe(true);
    // the rows above the body are written whole, every unit's header styled
    expect(ws.getRow(2).getCell(42).style).toEqual(ws.getRow(2).getCell(3).style);
    expect(ws.getRow(2).getCell(42).font?.bold).toBe(true);
  });

  it("prints at the sheet's own scale with its title columns, or else one page wide", async () => {
    const sheet = acrossSheet(40);
    sheet.print = { ...sheet.print, scale: 70, titleColumns: [0, 1] };
    const bytes = await writeLayout(workbookOf([sheet, { ...bodySheet(3), name: "Rộng" }]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Ngang")!.pageSetup).toMatchObject({
      fitToPage: false,
      scale: 70,
      printTitlesColumn: "A:B",
    });
    expect(wb.getWorksheet("Rộng")!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
  });

  it("refuses a style that covers some of a row's units: they could not share the first's", async () => {
    const sheet = acrossSheet(10);
    sheet.styles.push({ rect: span(3, 5, 1, 2), style: "header" });
    await expect(writeLayout(workbookOf([sheet]))).rejects.toThrow(/covers part of Ngang's body/);
  });
});
