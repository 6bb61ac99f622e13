import { createForms } from "../../src/office/create-forms";
import { runSelfTest } from "../../src/office/self-test";
import { reportText } from "../../src/taskpane/self-test-report";
import { fakeHost, type FakeHost } from "../fake-excel/host";
import type { WorkbookModel } from "../fake-excel/model";

/** Everything a user could see of the workbook: sheets in order, cells, names, protection, active sheet. */
const snapshot = (m: WorkbookModel) =>
  JSON.stringify({
    sheets: m.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells],
      protection: s.protection,
      validations: s.validations,
      cf: s.conditionalFormats,
    })),
    names: [...m.names],
    active: m.activeSheetId,
  });

async function prepared(version: string): Promise<FakeHost> {
  const host = fakeHost(undefined, version);
  await createForms(
    host,
    { forms: ["PL1"], unit: "UBND xã Tân Hòa", level: "xa" },
    async () => "cancel"
  );
  return host;
}

describe("Tự kiểm tra", () => {
  it("passes every step on an Excel with the newest API, and leaves the workbook as it was", async () => {
    const host = await prepared("1.18");
    const before = snapshot(host.model);
    const report = await runSelfTest(host);
    expect(report.steps.map((s) => [s.id, s.outcome, s.detail])).toEqual(
      [
        "formulaBinding",
        "textKept",
        "listWithCommas",
        "protection",
        "conditionalFormat",
        "multiSelect",
        "pageLayout",
        "largeWrite",
      ].map((id) => [id, "ok", ""])
    );
    expect(report.apiVersion).toBe("1.18");
    expect(report.cleanupFailure).toBeNull();
    expect(snapshot(host.model)).toBe(before);
  });

  it("says what an older Excel lacks, without trying it", async () => {
    const host = await prepared("1.7");
    const before = snapshot(host.model);
    const report = await runSelfTest(host);
    expect(
      report.steps.filter((s) => s.outcome === "unsupported").map((s) => [s.id, s.detail])
    ).toEqual([
      ["listWithCommas", "ExcelApi 1.8"],
      ["multiSelect", "ExcelApi 1.18"],
      ["pageLayout", "ExcelApi 1.9"],
    ]);
    expect(snapshot(host.model)).toBe(before);
  });

  it("reports a failing step with Excel's code, goes on with the others, and still cleans up", async () => {
    const host = await prepared("1.18");
    const before = snapshot(host.model);
    host.model.faults.push({ action: "set:formulas", code: "InvalidArgument" });
    const report = await runSelfTest(host);
    expect(report.steps[0]).toMatchObject({
      id: "formulaBinding",
      outcome: "failed",
      detail: expect.stringMatching(/^InvalidArgument: /),
    });
    expect(report.steps.slice(1).every((s) => s.outcome === "ok")).toBe(true);
    expect(snapshot(host.model)).toBe(before);
  });

  it("cleans up when a step fails with its scratch sheet left protected", async () => {
    const host = await prepared("1.18");
    const before = snapshot(host.model);
    host.model.faults.push({ action: "unprotect", code: "GeneralException" });
    const report = await runSelfTest(host);
    expect(report.steps.find((s) => s.id === "protection")?.outcome).toBe("failed");
    expect(report.cleanupFailure).toBeNull();
    expect(snapshot(host.model)).toBe(before);
  });

  it("tells when it cannot even add its scratch sheet", async () => {
    const host = await prepared("1.18");
    host.model.structureProtected = true;
    const before = snapshot(host.model);
    const report = await runSelfTest(host);
    expect(report.steps).toEqual([
      {
        id: "scratch",
        label: "ui.selfTest.scratch",
        outcome: "failed",
        detail: expect.stringMatching(/^AccessDenied/),
      },
    ]);
    expect(snapshot(host.model)).toBe(before);
  });

  it("writes a report to paste into a message to support", async () => {
    const report = await runSelfTest(await prepared("1.9"));
    const lines = reportText(report).split("\n");
    expect(lines[0]).toBe("Báo cáo Tự kiểm tra — Báo cáo CCHC");
    expect(lines[1]).toBe("7/8 chức năng đạt. Office 16.0.fake, OfficeOnline, ExcelApi 1.9.");
    expect(lines).toContain("- Chọn nhiều vùng một lúc: Không hỗ trợ (ExcelApi 1.18)");
  });
});
