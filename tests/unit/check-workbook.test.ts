import { createForms } from "../../src/office/create-forms";
import { checkWorkbook, MARK_FILL, selectCells } from "../../src/office/check-workbook";
import { PAYLOAD_LIMIT } from "../fake-excel/context";
import { fakeHost, type FakeHost } from "../fake-excel/host";

const at = (address: string) => {
  const [, col, row] = /^([A-Z])(\d+)$/.exec(address)!;
  return [Number(row) - 1, col!.charCodeAt(0) - 65] as const;
};
const type = (host: FakeHost, sheet: string, address: string, value: number | string) => {
  const s = host.model.sheet(sheet)!;
  const [r, c] = at(address);
  host.model.cell(s, r, c).value = value;
};

describe("Kiểm tra in the open workbook", () => {
  let host: FakeHost;
  beforeEach(async () => {
    host = fakeHost();
    await createForms(host, { unit: "UBND xã Tân Hòa", level: "xa" }, async () => "cancel");
    host.reset();
  });

  it("reads every form in three syncs: names, sizes, then the values of the sheets that hold figures", async () => {
    type(host, "Phụ lục 1", "E12", 40);
    const { report } = await checkWorkbook(host);
    expect(host.syncs[0]).toBe(3);
    expect(report.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(40);
  });

  it("marks the cells in error and restores the protection as it was", async () => {
    type(host, "Phụ lục 1", "E12", 40);
    type(host, "Phụ lục 1", "E13", 45);
    const options = { ...host.model.sheet("Phụ lục 1")!.protection.options };
    const { report, marked } = await checkWorkbook(host);
    expect(report.problems.map((p) => p.ruleId)).toEqual(["PL1.part_le_whole"]);
    expect(marked).toBe(2);
    const pl1 = host.model.sheet("Phụ lục 1")!;
    expect(pl1.conditionalFormats).toEqual([
      {
        rect: { row: 11, col: 4, rows: 2, cols: 1 },
        type: "Custom",
        formula: "=TRUE",
        fill: MARK_FILL.error,
      },
    ]);
    expect(pl1.protection).toEqual({ protected: true, options });
  });

  it("removes the marks on the next check, and leaves the cells' own fill alone", async () => {
    type(host, "Phụ lục 1", "E12", 40);
    type(host, "Phụ lục 1", "E13", 45);
    await checkWorkbook(host);
    const pl1 = host.model.sheet("Phụ lục 1")!;
    const cell = host.model.cell(pl1, 11, 4);
    cell.format = { ...cell.format, "fill.color": "#00FF00" };
    type(host, "Phụ lục 1", "E13", 38);
    const { report } = await checkWorkbook(host);
    expect(report.problems).toEqual([]);
    expect(pl1.conditionalFormats).toEqual([]);
    expect(host.model.cell(pl1, 11, 4).format["fill.color"]).toBe("#00FF00");
  });

  it("leaves a sheet whose password it was not given exactly as it was", async () => {
    const locked = fakeHost();
    await createForms(locked, { forms: ["PL1"], password: "bí-mật" }, async () => "cancel");
    const pl1 = locked.model.sheet("Phụ lục 1")!;
    pl1.cells.get("11:4")!.value = 40;
    pl1.cells.get("12:4")!.value = 45;
    const without = await checkWorkbook(locked);
    expect(without.locked).toEqual(["Phụ lục 1"]);
    expect(pl1.protection).toMatchObject({ protected: true, password: "bí-mật" });
    expect(pl1.conditionalFormats).toEqual([]);
    const withIt = await checkWorkbook(locked, "bí-mật");
    expect(withIt.locked).toEqual([]);
    expect(pl1.conditionalFormats).toHaveLength(1);
    expect(pl1.protection).toMatchObject({ protected: true, password: "bí-mật" });
  });

  it("selects a problem's cells, every area at once from ExcelApi 1.18", async () => {
    host = fakeHost(host.model, "1.18");
    type(host, "Phụ lục 1", "E12", 40);
    type(host, "Phụ lục 1", "E13", 45);
    const { report } = await checkWorkbook(host);
    await selectCells(host, report.problems[0]!.cells);
    const pl1 = host.model.sheet("Phụ lục 1")!;
    expect(host.model.activeSheetId).toBe(pl1.id);
    expect(host.model.selection?.areas).toEqual([
      { row: 12, col: 4, rows: 1, cols: 1 },
      { row: 11, col: 4, rows: 1, cols: 1 },
    ]);
  });

  it("selects the rectangle around a problem's cells below ExcelApi 1.18", async () => {
    type(host, "Phụ lục 1", "E12", 40);
    type(host, "Phụ lục 1", "E13", 45);
    const { report } = await checkWorkbook(host);
    await selectCells(host, report.problems[0]!.cells);
    expect(host.model.selection).toEqual({
      sheetId: host.model.sheet("Phụ lục 1")!.id,
      rect: { row: 11, col: 4, rows: 2, cols: 1 },
    });
  });

  it("reads long texts in as many responses as they need: one refused over 5 MB is read again in eighths", async () => {
    const thkq = host.model.sheet("Bảng tổng hợp")!;
    const notes = [...thkq.cells.entries()]
      .filter(([, c]) => !c.locked)
      .map(([k]) => k.split(":").map(Number) as [number, number]);
    const long = "Ghi chú rất dài. ".repeat(1900);
    for (const [r, c] of notes.slice(0, 400)) host.model.cell(thkq, r, c).value = long;
    const { report } = await checkWorkbook(host);
    expect(report.forms).toContain("THKQ");
    const accepted = host.responses.filter((b) => b <= PAYLOAD_LIMIT);
    expect(Math.max(...accepted)).toBeLessThan(4 * 1024 * 1024);
    expect(host.responses.length - accepted.length).toBeLessThanOrEqual(3);
  });

  describe("restores each sheet's protection exactly as it was", () => {
    it("gives no password to a sheet that had none, when one is typed for the others", async () => {
      const pl1 = host.model.sheet("Phụ lục 1")!;
      host.model.sheet("Phụ lục 2")!.protection.password = "bí-mật";
      type(host, "Phụ lục 1", "E12", 40);
      type(host, "Phụ lục 1", "E13", 45);
      const result = await checkWorkbook(host, "bí-mật");
      expect(result.locked).toEqual([]);
      expect(pl1.protection.protected).toBe(true);
      expect(pl1.protection.password).toBeUndefined();
      expect(host.model.sheet("Phụ lục 2")!.protection).toMatchObject({
        protected: true,
        password: "bí-mật",
      });
    });

    it("protects a sheet again when marking fails after unprotect, and reports the failure", async () => {
      type(host, "Phụ lục 1", "E12", 40);
      type(host, "Phụ lục 1", "E13", 45);
      host.model.faults.push({ action: "add", code: "GeneralException" });
      await expect(checkWorkbook(host)).rejects.toMatchObject({ code: "GeneralException" });
      expect(
        host.model.sheets
          .filter((s) => !s.protection.protected && s.name !== "Sheet1")
          .map((s) => s.name)
      ).toEqual([]);
    });

    it("takes only BadPassword for a wrong password", async () => {
      host.model.faults.push({ action: "unprotect", code: "AccessDenied" });
      await expect(checkWorkbook(host)).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });
});
