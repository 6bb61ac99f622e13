import ExcelJS from "exceljs";
import { span } from "../../src/core/layout/builder";
import { workbookOf } from "../../src/core/layout/workbook";
import { Deadline } from "../../src/xlsx/limits";
import { readRawSheets, everySheet } from "../../src/xlsx/read";
import { writeLayout } from "../../src/xlsx/write";
import { bodySheet, ODD } from "../support/body-sheet";

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
