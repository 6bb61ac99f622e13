import { join } from "node:path";
import {
  fillCover,
  inPane,
  openPane,
  paneSession,
  screenshots,
  typeCells,
  typeWrongCounts,
} from "../support/browser";

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

describe("the Kiểm tra pane in Chromium", () => {
  it("lists each problem by form, marks its cells, and selects them on a click", async () => {
    const page = await openPane(session.browser(), session.url());
    await fillCover(page, "Sở Nội vụ", "Sở, ban, ngành");
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
    await inPane(page).getByText("1 lỗi, 1 cảnh báo").waitFor();
    // the result is said through the one live region, and the focus is taken to it
    expect(await page.getByTestId("announcer").textContent()).toBe("1 lỗi, 1 cảnh báo");
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
    await inPane(page).getByText("1 lỗi, 1 cảnh báo").waitFor();
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

    // the list written as a sheet the unit can act on, beside the user's own sheets
    await page.getByRole("button", { name: "Xuất danh sách" }).click();
    await inPane(page)
      .getByText(/Đã ghi danh sách 2 vấn đề vào trang “Danh sách vấn đề”/)
      .waitFor();
    expect(
      await page.evaluate(() => {
        const m = (globalThis as unknown as FakeWindow).__cchc.model;
        const ws = m.sheet("Danh sách vấn đề");
        return [4, 5, 6].map((c) => m.cell(ws, 4, c).value);
      })
    ).toEqual([
      "E13, E12",
      expect.stringMatching(/^Dòng này không được lớn hơn dòng kia/),
      expect.any(String),
    ]);

    await page.getByRole("switch", { name: "Tóm tắt theo quy tắc" }).click();
    await page.getByRole("list", { name: "Tóm tắt theo quy tắc" }).waitFor();
    await page.screenshot({
      path: join(screenshots, "check-stats.png"),
      fullPage: true,
      animations: "disabled",
    });
    await page.close();
  });

  it("walks a workbook of 240 problems at 320 px: filters, groups by rule, next, visited marks", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.setViewportSize({ width: 320, height: 560 });
    await fillCover(page, "Sở Nội vụ", "Sở, ban, ngành");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    await typeWrongCounts(page, 240);

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await inPane(page).getByRole("button", { name: "Lỗi (240)" }).waitFor();
    // a long list shows its groups' titles first
    expect(await page.locator("[data-rule]").count()).toBe(0);
    // walking back from the start reaches the end of the list: its group opens at that row, and only the
    // rows in view (and a few around) are in the page, each saying its place in the whole group
    await page.getByRole("button", { name: "Vấn đề trước" }).click();
    expect(await page.getByTestId("problem-position").textContent()).toBe("239/240");
    const row = page.locator('[aria-current="true"]');
    await row.waitFor();
    // in the window once the rows around it are measured
    await page.waitForFunction(
      () => {
        const r = document.querySelector('[aria-current="true"]')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight + 1;
      },
      undefined,
      { timeout: 3000 }
    );
    const item = page.locator('[role="listitem"]:has([aria-current="true"])');
    expect(await item.getAttribute("aria-posinset")).toBe("239");
    expect(await item.getAttribute("aria-setsize")).toBe("240");
    expect(await page.locator("[data-rule]").count()).toBeLessThan(40);
    await page.screenshot({
      path: join(screenshots, "check-240-problems-end.png"),
      fullPage: false,
      animations: "disabled",
    });
    // on past the end, back to the first problem (Phụ lục 1)
    await page.getByRole("button", { name: "Vấn đề tiếp theo" }).click();
    await page.getByRole("button", { name: "Vấn đề tiếp theo" }).click();
    expect(await page.getByTestId("problem-position").textContent()).toBe("1/240");
    await page.getByRole("button", { name: /^Phụ lục 3 \(\d+\)$/ }).click();
    const inPl3 = Number(
      (await page.getByRole("button", { name: /^Phụ lục 3 \(\d+\)$/ }).textContent())!
        .match(/\d+/g)!
        .pop()
    );
    await page.getByRole("button", { name: "Vấn đề tiếp theo" }).click();
    expect(await page.getByTestId("problem-position").textContent()).toBe(`1/${inPl3}`);
    const selection = await page.evaluate(
      () => (globalThis as unknown as FakeWindow).__cchc.model.selection
    );
    const pl3 = await page.evaluate(
      () => (globalThis as unknown as FakeWindow).__cchc.model.sheet("Phụ lục 3").id
    );
    expect(selection?.sheetId).toBe(pl3);
    await page.getByRole("button", { name: "Vấn đề tiếp theo" }).click();
    expect(await page.getByTestId("problem-position").textContent()).toBe(`2/${inPl3}`);
    expect(await page.getByTestId("announcer").textContent()).toMatch(/^Vấn đề 2\/\d+: /);
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);
    expect(await inPane(page).getByText("✓ đã xem").count()).toBe(2);
    await page.screenshot({
      path: join(screenshots, "check-240-problems-320px.png"),
      fullPage: false,
      animations: "disabled",
    });
    // no horizontal scroll at 320 px
    expect(
      await page.evaluate(() => [
        document.documentElement.scrollWidth,

        [...document.querySelectorAll("main *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .map((e) => `${e.tagName}.${e.className}:${e.textContent?.slice(0, 30)}`)
          .slice(0, 5),
      ])
    ).toEqual([320, []]);
    await page.close();
  });
});
