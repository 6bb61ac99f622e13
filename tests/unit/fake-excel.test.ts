import type { ExcelContext } from "../../src/office/excel-api";
import { fakeHost } from "../fake-excel/host";
import { WorkbookModel } from "../fake-excel/model";
import { listItems } from "../fake-excel/range";

describe("the fake Excel", () => {
  it("refuses to read a property before load and sync", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("applies writes only at sync", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[7]];
      expect(host.model.valueAt(host.model.sheets[0]!, 1, 1)).toBe("");
      await context.sync();
    });
    expect(host.model.valueAt(host.model.sheets[0]!, 1, 1)).toBe(7);
  });

  it("refuses a write to a locked cell of a protected sheet, and allows unlocked ones", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C3").format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
      ws.getRange("C3").values = [[1]];
      await context.sync();
      ws.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  it("refuses a formula holding a text constant longer than 255 characters, as Excel does", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").formulas = [[`="${"a".repeat(255)}"&"${"b".repeat(255)}"`]];
      await context.sync();
      ws.getRange("A2").formulas = [[`="${"a".repeat(256)}"`]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("rejects an array that does not match the range", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("applies a 1 × 1 number format to every cell of a range, but never a 1 × 1 value", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C400").numberFormat = [["#,##0"]];
      await context.sync();
      ws.getRange("A1:B2").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const sheet = host.model.sheets[0]!;
    expect([sheet.cells.get("0:0")?.numberFormat, sheet.cells.get("399:2")?.numberFormat]).toEqual([
      "#,##0",
      "#,##0",
    ]);
  });

  it("keeps a data bar's bounds and colour, and refuses a number bound that is no number", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const bar = ws.getRange("B2:B9").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      bar.dataBar.lowerBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "0" };
      bar.dataBar.upperBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "100" };
      bar.dataBar.positiveFormat.fillColor = "#638EC6";
      await context.sync();
      const wrong = ws.getRange("C2").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      wrong.dataBar.upperBoundRule = {
        type: Excel.ConditionalFormatRuleType.number,
        formula: "cao",
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.model.sheets[0]!.conditionalFormats[0]).toMatchObject({
      type: "DataBar",
      bounds: ["0", "100"],
      fill: "#638EC6",
    });
  });

  it("keeps a colour scale's colours, and refuses one without a maximum or with a bound no number", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const point = (formula: string, color: string) => ({
        type: Excel.ConditionalFormatColorCriterionType.number,
        formula,
        color,
      });
      const add = () =>
        ws.getRange("B2:D4").conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      add().colorScale.criteria = {
        minimum: point("0", "#F8696B"),
        midpoint: point("50", "#FFEB84"),
        maximum: point("100", "#63BE7B"),
      };
      await context.sync();
      add().colorScale.criteria = {
        minimum: point("0", "#F8696B"),
      } as Excel.ConditionalColorScaleCriteria;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      add().colorScale.criteria = {
        minimum: point("thấp", "#F8696B"),
        maximum: point("100", "#63BE7B"),
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.model.sheets[0]!.conditionalFormats[0]).toMatchObject({
      type: "ColorScale",
      bounds: ["0", "100"],
      scale: ["#F8696B", "#FFEB84", "#63BE7B"],
    });
  });

  it("prints at a scale of 10 to 400 per cent, and keeps the title columns", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.zoom = { scale: 70 };
      page.setPrintTitleColumns("$B:$E");
      await context.sync();
      page.zoom = { scale: 5 };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.model.sheets[0]!.page).toMatchObject({
      zoom: { scale: 70 },
      printTitleColumns: "$B:$E",
    });
  });

  it("adds a chart of a range, titled and placed, but not on a sheet protected without objects", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const chart = ws.charts.add(
        Excel.ChartType.barClustered,
        ws.getRange("B2:D5"),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = "Tỷ lệ theo cấp";
      chart.setPosition("F2", "K16");
      await context.sync();
      ws.protection.protect({ allowFormatColumns: true });
      ws.charts.add(Excel.ChartType.barClustered, ws.getRange("B2:D5"));
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(host.model.sheets[0]!.charts).toEqual([
      expect.objectContaining({
        source: { sheetId: host.model.sheets[0]!.id, rect: { row: 1, col: 1, rows: 4, cols: 3 } },
        title: "Tỷ lệ theo cấp",
        position: ["F2", "K16"],
      }),
    ]);
  });

  it("has no data validation below ExcelApi 1.8: the sync that meets it is rejected", async () => {
    const host = fakeHost(new WorkbookModel(), "1.7");
    expect(host.supports("1.8")).toBe(false);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      ws.getRange("B1").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(host.model.valueAt(host.model.sheets[0]!, 0, 0)).toBe(1);
  });

  it("refuses a validation rule Excel refuses: two kinds, a custom rule without = or too long", async () => {
    for (const rule of [
      {
        wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
        custom: { formula: "=TRUE" },
      },
      { custom: { formula: "ISNUMBER(A1)" } },
      { custom: { formula: `=${"A1+".repeat(85)}A1>0` } },
    ] as Excel.DataValidationRule[]) {
      const host = fakeHost();
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").dataValidation.rule = rule;
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      });
    }
    const host = fakeHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:B3").dataValidation.rule = {
        custom: { formula: "=ISNUMBER(B1)" },
      };
      await context.sync();
    });
    expect(host.model.sheets[0]!.validations).toHaveLength(1);
  });

  it("selects several areas only from ExcelApi 1.18", async () => {
    for (const [version, outcome] of [
      ["1.17", "ApiNotFound"],
      ["1.18", null],
    ] as const) {
      const host = fakeHost(new WorkbookModel(), version);
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRanges("A1,C3").select();
        if (outcome) await expect(context.sync()).rejects.toMatchObject({ code: outcome });
        else await context.sync();
      });
    }
  });

  it("counts syncs and request sizes", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["xin chào"]];
      await context.sync();
      await context.sync();
    });
    expect(host.syncs).toEqual([2]);
    expect(host.payloads[0]).toBeGreaterThan(host.payloads[1]!);
  });

  describe("binds a formula's sheet references when it is written", () => {
    it("follows a renamed sheet", async () => {
      const host = fakeHost(new WorkbookModel(["Sheet1", "Dữ liệu"]));
      await host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A1").formulas = [["='Dữ liệu'!B2*2"]];
        sheets.getItem("Dữ liệu").name = "Số liệu";
        await context.sync();
      });
      expect(host.model.formulaAt(host.model.sheets[0]!, 0, 0)).toBe("'Số liệu'!B2*2");
    });

    it("reads #REF! once the sheet is deleted, even when a new sheet takes its name", async () => {
      const host = fakeHost(new WorkbookModel(["Sheet1", "Thông tin"]));
      await host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A1").formulas = [["='Thông tin'!C5"]];
        sheets.getItem("Thông tin").delete();
        sheets.add("Thông tin");
        await context.sync();
      });
      expect(host.model.formulaAt(host.model.sheets[0]!, 0, 0)).toBe("#REF!C5");
    });

    it("leaves a sheet's name inside a text alone: a text is no reference (a HYPERLINK's target)", async () => {
      const host = fakeHost();
      await host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
          [`=HYPERLINK("#'Chi tiết'!$G$7","1.1")&"Phụ lục 8!F2"`],
        ];
        context.workbook.worksheets.add("Chi tiết");
        await context.sync();
      });
      expect(host.model.formulaAt(host.model.sheets[0]!, 0, 0)).toBe(
        `HYPERLINK("#'Chi tiết'!$G$7","1.1")&"Phụ lục 8!F2"`
      );
    });

    it("reads #REF! when no sheet had the name at the time of writing", async () => {
      const host = fakeHost();
      await host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A1").formulas = [["='Phụ lục 8'!F20"]];
        sheets.add("Phụ lục 8");
        await context.sync();
      });
      expect(host.model.formulaAt(host.model.sheets[0]!, 0, 0)).toBe("#REF!F20");
    });
  });

  it("takes written text as typed, unless it starts with an apostrophe or the cell is formatted as text", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:H1").values = [
        [
          "- Tổ chức 02 hội nghị",
          "1.1",
          "0912345678",
          "=1+1",
          "'0912345678",
          "TRUE",
          "15/10/2025",
          "31/02/2025",
        ],
      ];
      ws.getRange("A2").numberFormat = [["@"]];
      await context.sync();
      ws.getRange("A2").values = [["=chữ"]];
      await context.sync();
    });
    const s = host.model.sheets[0]!;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => host.model.valueAt(s, 0, c))).toEqual([
      "#NAME?",
      1.1,
      912345678,
      "",
      "0912345678",
      true,
      // a date in a Vietnamese Excel: its serial number; no such day stays text
      45945,
      "31/02/2025",
    ]);
    expect(host.model.formulaAt(s, 0, 0)).toBe("- Tổ chức 02 hội nghị");
    expect(host.model.formulaAt(s, 0, 3)).toBe("1+1");
    expect(host.model.valueAt(s, 1, 0)).toBe("=chữ");
  });

  it("leaves a cell unchanged where the written array holds null", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [[1, 2]];
      await context.sync();
      ws.getRange("A1:B1").values = [[null as unknown as number, 3]];
      await context.sync();
    });
    expect([0, 1].map((c) => host.model.valueAt(host.model.sheets[0]!, 0, c))).toEqual([1, 3]);
  });

  it("keeps only the top-left value when cells are merged", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [["trái", "phải"]];
      ws.getRange("A1:B1").merge();
      await context.sync();
    });
    expect([0, 1].map((c) => host.model.valueAt(host.model.sheets[0]!, 0, c))).toEqual([
      "trái",
      "",
    ]);
  });

  it("splits a list validation's text source at every comma, and reads a range source", () => {
    const model = new WorkbookModel();
    const s = model.sheets[0]!;
    expect(listItems(model, s, { list: { source: "Sở, ban, ngành,UBND cấp huyện" } })).toEqual([
      "Sở",
      " ban",
      " ngành",
      "UBND cấp huyện",
    ]);
    model.cell(s, 4, 3).value = "Sở, ban, ngành";
    model.cell(s, 5, 3).value = "UBND cấp huyện";
    expect(listItems(model, s, { list: { source: "=$D$5:$D$6" } })).toEqual([
      "Sở, ban, ngành",
      "UBND cấp huyện",
    ]);
  });

  it("measures requests and responses with their envelope, and refuses either over 5 MB", async () => {
    const host = fakeHost();
    const big = "x".repeat(1024 * 1024);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:F1").values = [[big, big, big, big, big, big]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
      ws.getRange("A1:C1").values = [[big, big, big]];
      await context.sync();
      ws.getRange("A2:C2").values = [[big, big, big]];
      await context.sync();
      const read = ws.getRange("A1:C2").load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
      expect(() => read.values).toThrow(/not available/);
    });
    expect(Math.max(...host.payloads)).toBeGreaterThan(6 * 1024 * 1024);
    expect(Math.max(...host.responses)).toBeGreaterThan(6 * 1024 * 1024);
  });

  it("tells a wrong password by its code, BadPassword", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.protection.protect({}, "đúng");
      await context.sync();
      ws.protection.unprotect("sai");
      await expect(context.sync()).rejects.toMatchObject({ code: "BadPassword" });
    });
    expect(host.model.sheets[0]!.protection.protected).toBe(true);
  });

  it("refuses invalid sheet names and defined names", async () => {
    const host = fakeHost();
    for (const name of ["x".repeat(32), "TH: tổng hợp", "a/b", "[1]", "'trích"])
      await host.run(async (context) => {
        context.workbook.worksheets.add(name);
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      });
    for (const name of ["CCHC Đơn vị", "A1", "1abc"])
      await host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        context.workbook.names.add(name, ws.getRange("A1"));
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      });
  });

  it("refuses every request while a cell is being edited", async () => {
    const host = fakeHost();
    host.model.cellEditMode = true;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidOperationInCellEditMode",
      });
    });
    expect(host.model.valueAt(host.model.sheets[0]!, 0, 0)).toBe("");
  });

  it("refuses to add, rename or delete sheets in a workbook whose structure is protected", async () => {
    const host = fakeHost(new WorkbookModel(["Sheet1", "Sheet2"]));
    host.model.structureProtected = true;
    for (const act of [
      (c: ExcelContext) => void c.workbook.worksheets.add("Mới"),
      (c: ExcelContext) => void (c.workbook.worksheets.getItem("Sheet2").name = "Khác"),
      (c: ExcelContext) => c.workbook.worksheets.getItem("Sheet2").delete(),
    ])
      await host.run(async (context) => {
        act(context);
        await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
  });

  it("takes its time over each round trip when given a latency, as Excel on the web does", async () => {
    const host = fakeHost();
    host.model.latencyMs = 40;
    const started = performance.now();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it("keeps one format for the cells formatted alike, as Excel keeps one style for many cells", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:CV100");
      range.format.font.bold = true;
      range.format.fill.color = "#EDE7F6";
      await context.sync();
    });
    const sheet = host.model.sheet("Sheet1")!;
    const formats = new Set([...sheet.cells.values()].map((c) => c.format));
    expect(sheet.cells.size).toBe(10_000);
    expect([...formats]).toEqual([{ "font.bold": true, "fill.color": "#EDE7F6" }]);
  });
});
