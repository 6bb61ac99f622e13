import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  fillCover,
  inPane,
  openPane,
  paneSession,
  screenshots,
  typeCells,
} from "../support/browser";

const session = paneSession();

const sheetNames = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { __cchc: { model: { sheets: { name: string }[] } } }
    ).__cchc.model.sheets.map((s) => s.name)
  );

describe("the Tạo biểu mẫu pane in Chromium", () => {
  it("creates every form, then asks before touching them again", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).waitFor();
    await fillCover(page, "UBND xã Tân Hòa", "UBND cấp xã");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    await page.screenshot({ path: join(screenshots, "create-done.png"), fullPage: true });
    expect(await sheetNames(page)).toEqual(
      expect.arrayContaining(["Thông tin", "Phụ lục 1", "Phụ lục 9", "Bảng tổng hợp"])
    );

    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await page.getByText("Biểu mẫu đã có trong bảng tính").waitFor();
    await page.screenshot({
      path: join(screenshots, "create-conflict.png"),
      animations: "disabled",
    });
    await page.getByRole("button", { name: "Hủy" }).click();
    await inPane(page).getByText("Đã hủy. Bảng tính không thay đổi.").waitFor();
    await page.close();
  });

  it("creates the 2025 inspection forms when that set is chosen, and checks them by its own rules", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("combobox", { name: "Bộ biểu mẫu" }).click();
    await page.getByRole("option", { name: /^Kiểm tra công tác CCHC năm 2025/ }).click();
    // the set's own forms and levels, its name as the Kỳ báo cáo
    await expect(
      page.getByRole("checkbox", { name: "Số liệu kiểm tra" }).isChecked()
    ).resolves.toBe(true);
    expect(await page.getByRole("checkbox", { name: "Phụ lục 1", exact: true }).count()).toBe(0);
    expect(await page.getByLabel("Kỳ báo cáo").inputValue()).toBe(
      "Kiểm tra công tác CCHC năm 2025"
    );
    await fillCover(page, "UBND xã Cẩm Giang", "UBND xã, phường, đặc khu");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 2 trang tính/)
      .waitFor();
    expect(await sheetNames(page)).toEqual(["Thông tin", "Số liệu kiểm tra", "Sheet1"]);
    await page.screenshot({ path: join(screenshots, "create-kt-2025.png"), fullPage: true });
    // 10 tasks planned, 8 done and 4 under way: more than the plan
    await typeCells(page, "Số liệu kiểm tra", [
      [10, 4, 10],
      [11, 4, 8],
      [12, 4, 4],
    ]);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await inPane(page).getByText("1 lỗi, 0 cảnh báo").waitFor();
    await inPane(page)
      .getByText(/Tổng các dòng I\.1\.2 \+ I\.1\.3 là 12/)
      .first()
      .waitFor();
    await page.close();
  });

  it("says in Vietnamese what an old Excel lacks", async () => {
    const page = await openPane(session.browser(), session.url(), { apiVersion: "1.7" });
    await inPane(page)
      .getByText(/Phiên bản Excel này chưa hỗ trợ/)
      .waitFor();
    await page.screenshot({ path: join(screenshots, "create-old-excel.png") });
    await page.close();
  });

  it("toggles only the form whose words are clicked, each checkbox with its own name", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("group", { name: "Biểu mẫu" }).waitFor();
    await inPane(page).getByText("Phụ lục 3", { exact: true }).click();
    await expect(
      page.getByRole("checkbox", { name: "Phụ lục 3", exact: true }).isChecked()
    ).resolves.toBe(false);
    await expect(
      page.getByRole("checkbox", { name: "Phụ lục 4", exact: true }).isChecked()
    ).resolves.toBe(true);
    await expect(
      page
        .getByRole("checkbox", { name: "Chọn tất cả" })
        .evaluate((b) => (b as HTMLInputElement).indeterminate)
    ).resolves.toBe(true);
    const names = await page
      .getByRole("group", { name: "Biểu mẫu" })
      .getByRole("checkbox")
      .evaluateAll((boxes) =>
        boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? "")
      );
    expect(names).toEqual([
      "Chọn tất cả",
      "Phụ lục 1",
      "Phụ lục 2",
      "Phụ lục 3",
      "Phụ lục 4",
      "Phụ lục 5",
      "Phụ lục 6",
      "Phụ lục 7",
      "Phụ lục 8",
      "Phụ lục 9",
      "Bảng tổng hợp",
    ]);
    await page.close();
  });

  it("asks for the unit's name and level before making anything, and reads them back from the cover", async () => {
    const page = await openPane(session.browser(), session.url());
    // a workbook without forms: the three steps of a round are shown first
    await page.getByRole("region", { name: "Bắt đầu" }).waitFor();
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Hãy nhập tên đơn vị/)
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await page.getByLabel("Tên đơn vị báo cáo").fill("UBND xã Tân Hòa");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Hãy chọn cấp của đơn vị/)
      .waitFor();
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { __cchc: { model: { sheets: unknown[] } } }).__cchc.model
            .sheets.length
      )
    ).toBe(1);
    await page.getByRole("combobox", { name: "Cấp của đơn vị" }).click();
    await page.getByRole("option", { name: "UBND cấp xã" }).click();
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    await page.close();
  });

  it("asks again for the sheets' password when it makes the forms again, and keeps it", async () => {
    const page = await openPane(session.browser(), session.url());
    await fillCover(page, "UBND xã Tân Hòa", "UBND cấp xã");
    // an advanced option, folded away until asked for
    expect(await page.getByLabel(/Mật khẩu bảo vệ trang tính/).isVisible()).toBe(false);
    await page.getByRole("button", { name: "Tùy chọn nâng cao" }).click();
    await page.getByLabel(/Mật khẩu bảo vệ trang tính/).fill("bí-mật");
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
    const again = page.getByLabel("Mật khẩu bảo vệ các trang tạo lại");
    // offered again as it was typed; changed here, it is the one the rebuilt sheets get
    expect(await again.inputValue()).toBe("bí-mật");
    await again.fill("mật-khẩu-mới");
    await page.getByRole("button", { name: "Tạo lại, giữ số liệu đã nhập" }).click();
    await inPane(page)
      .getByText(/Đã tạo 11 trang tính/)
      .waitFor();
    expect(
      await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              __cchc: { model: { sheet(n: string): { protection: { password?: string } } } };
            }
          ).__cchc.model.sheet("Phụ lục 1").protection.password
      )
    ).toBe("mật-khẩu-mới");
    await page.close();
  });
});
