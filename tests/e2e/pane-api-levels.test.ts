import { join } from "node:path";
import type { Page } from "playwright-core";
import { fillCover, inPane, openPane, paneSession, screenshots } from "../support/browser";

const session = paneSession();

interface FakeWindow {
  __cchc: {
    model: {
      sheets: {
        name: string;
        cells: Map<string, { formula: string | null }>;
        validations: unknown[];
      }[];
      selection: {
        rect: { row: number; col: number; rows: number; cols: number };
        areas?: unknown[];
      } | null;
      sheet(name: string): unknown;
      cell(sheet: unknown, row: number, col: number): { value: unknown };
      formulaText(f: string): string;
    };
  };
}

const model = (page: Page) =>
  page.evaluate(() => {
    const m = (globalThis as unknown as FakeWindow).__cchc.model;
    return {
      broken: m.sheets.flatMap((s) =>
        [...s.cells.values()].filter(
          (c) => c.formula !== null && m.formulaText(c.formula).includes("#REF!")
        )
      ).length,
      validations: m.sheets.reduce((n, s) => n + s.validations.length, 0),
      selection: m.selection,
    };
  });

/** Each Excel the add-in meets: 2016 and 2019 retail (1.7), 2019 (1.9), 2021 and 2024 (1.18 lacks in some), Microsoft 365. */
describe.each(["1.7", "1.9", "1.18", "1.20"])("the pane on ExcelApi %s", (version) => {
  it("creates the forms with formulas that hold, checks them and selects a problem's cells", async () => {
    const page = await openPane(session.browser(), session.url(), { apiVersion: version });
    await fillCover(page, "UBND xã Tân Hòa", "UBND cấp xã");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    const created = await model(page);
    expect(created.broken).toBe(0);
    expect(created.validations > 0).toBe(version !== "1.7");

    await page.evaluate(() => {
      const m = (globalThis as unknown as FakeWindow).__cchc.model;
      m.cell(m.sheet("Phụ lục 1"), 11, 4).value = 40;
      m.cell(m.sheet("Phụ lục 1"), 12, 4).value = 45;
    });
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.locator('[data-rule="PL1.part_le_whole"]').click();
    await page.waitForFunction(
      () => (globalThis as unknown as FakeWindow).__cchc.model.selection !== null
    );
    const { selection } = await model(page);
    if (version === "1.7" || version === "1.9")
      expect(selection).toMatchObject({ rect: { row: 11, col: 4, rows: 2, cols: 1 } });
    else expect(selection?.areas).toHaveLength(2);
    await page.close();
  });
});

describe("the pane's help and self-test", () => {
  it("runs Tự kiểm tra, shows each step, and copies the report for support", async () => {
    const page = await openPane(session.browser(), session.url(), { apiVersion: "1.9" });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("tab", { name: "Hỗ trợ" }).click();
    await page.getByRole("button", { name: "Tự kiểm tra" }).click();
    await inPane(page)
      .getByText(/^7\/8 chức năng đạt/)
      .waitFor();
    await page.getByRole("table", { name: "Tự kiểm tra" }).waitFor();
    await page.screenshot({
      path: join(screenshots, "support-self-test.png"),
      fullPage: true,
      animations: "disabled",
    });
    await page.getByRole("button", { name: "Sao chép báo cáo" }).click();
    await inPane(page)
      .getByText(/Đã sao chép báo cáo/)
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Báo cáo Tự kiểm tra — Báo cáo CCHC\n7\/8 chức năng đạt/);
    const help = await page.getByRole("link", { name: "Hướng dẫn sử dụng" }).getAttribute("href");
    const served = await page.request.get(help!);
    expect(await served.text()).toMatch(/<h1>Hướng dẫn sử dụng Báo cáo CCHC<\/h1>/);
    const sheets = await page.evaluate(() =>
      (globalThis as unknown as FakeWindow).__cchc.model.sheets.map((s) => s.name)
    );
    expect(sheets).toEqual(["Sheet1"]);
    await page.close();
  });

  it("shows what to do and, behind Chi tiết, Excel's own code when Excel refuses", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.evaluate(
      () =>
        ((
          globalThis as unknown as { __cchc: { model: { cellEditMode: boolean } } }
        ).__cchc.model.cellEditMode = true)
    );
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Bạn đang nhập dở một ô/)
      .waitFor();
    await page.getByRole("button", { name: "Chi tiết" }).click();
    await expect(page.getByTestId("failure-detail").textContent()).resolves.toMatch(
      /^InvalidOperationInCellEditMode: /
    );
    await page.screenshot({
      path: join(screenshots, "failure-details.png"),
      fullPage: true,
      animations: "disabled",
    });
    await page.close();
  });

  it("says in Vietnamese that an Internet Explorer webview is too old, instead of a blank pane", async () => {
    const page = await session.browser().newPage({ viewport: { width: 380, height: 600 } });
    await page.addInitScript(() => Object.defineProperty(document, "documentMode", { value: 11 }));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ body: "", contentType: "text/javascript" })
    );
    await page.goto(`${session.url()}/taskpane.html`);
    await page
      .getByRole("alert")
      .getByText(/Internet Explorer, quá cũ để chạy Báo cáo CCHC/)
      .waitFor();
    await page.waitForTimeout(300);
    await expect(page.getByRole("tab").count()).resolves.toBe(0);
    await page.screenshot({ path: join(screenshots, "old-webview.png") });
    await page.close();
  });
});
