import { join } from "node:path";
import type { Page } from "playwright-core";
import { inPane, openPane, paneSession, screenshots } from "../support/browser";

const session = paneSession();

interface FakeWindow {
  __cchc: {
    model: {
      activeSheetId: number;
      selection: { sheetId: number; areas?: { row: number; col: number }[] } | null;
      sheet(name: string): { id: number; conditionalFormats: unknown[] };
      cell(sheet: unknown, row: number, col: number): { value: unknown };
    };
  };
}

/** Types into the fake workbook as a user would in Excel: (row, col) 0-based. */
const typeCells = (page: Page, sheet: string, cells: [number, number, number | string][]) =>
  page.evaluate(
    ([name, list]) => {
      const m = (globalThis as unknown as FakeWindow).__cchc.model;
      for (const [r, c, v] of list) m.cell(m.sheet(name), r, c).value = v;
    },
    [sheet, cells] as const
  );

describe("the Kiểm tra pane in Chromium", () => {
  it("lists each problem by form, marks its cells, and selects them on a click", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByLabel("Tên đơn vị báo cáo").fill("Sở Nội vụ");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    // Phụ lục 1, 2021: 40 tasks planned, 45 done; Phụ lục 7, 2022: "12,5" typed as text
    await typeCells(page, "Phụ lục 1", [
      [11, 4, 40],
      [12, 4, 45],
    ]);
    await typeCells(page, "Phụ lục 7", [[8, 5, "12,5"]]);

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await inPane(page).getByText("1 lỗi, 2 cảnh báo").waitFor();
    // the result is said through the one live region, and the focus is taken to it
    expect(await page.getByTestId("announcer").textContent()).toBe("1 lỗi, 2 cảnh báo");
    expect(
      await page.evaluate(() => document.activeElement?.closest("[data-result]") !== null)
    ).toBe(true);
    // each tab controls its panel, and a tab left and opened again still holds its result
    const controls = await page
      .getByRole("tab", { name: "Kiểm tra" })
      .getAttribute("aria-controls");
    expect(await page.locator(`#${controls}`).getAttribute("role")).toBe("tabpanel");
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await inPane(page).getByText("1 lỗi, 2 cảnh báo").waitFor();
    await page.screenshot({
      path: join(screenshots, "check-problems.png"),
      fullPage: true,
      animations: "disabled",
    });

    await page.locator('[data-rule="PL1.part_le_whole"]').click();
    await page.waitForFunction(
      () => (globalThis as unknown as FakeWindow).__cchc.model.selection !== null
    );
    expect(
      await page.evaluate(() => (globalThis as unknown as FakeWindow).__cchc.model.selection?.areas)
    ).toEqual([
      { row: 12, col: 4, rows: 1, cols: 1 },
      { row: 11, col: 4, rows: 1, cols: 1 },
    ]);
    const marks = await page.evaluate(
      () =>
        (globalThis as unknown as FakeWindow).__cchc.model.sheet("Phụ lục 1").conditionalFormats
          .length
    );
    expect(marks).toBe(1);

    await page.getByRole("switch", { name: "Tóm tắt theo quy tắc" }).click();
    await page.getByRole("table", { name: "Tóm tắt theo quy tắc" }).waitFor();
    await page.screenshot({
      path: join(screenshots, "check-stats.png"),
      fullPage: true,
      animations: "disabled",
    });
    await page.close();
  });
});
