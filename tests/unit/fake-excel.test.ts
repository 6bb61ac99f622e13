import { fakeHost } from "../fake-excel/host";
import { WorkbookModel } from "../fake-excel/model";

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

  it("rejects an array that does not match the range", async () => {
    const host = fakeHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("has no data validation below ExcelApi 1.8", async () => {
    const host = fakeHost(new WorkbookModel(), "1.7");
    expect(host.supports("1.8")).toBe(false);
    await host.run(async (context) => {
      expect(
        () => context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation
      ).toThrow(/1\.8/);
    });
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
});
