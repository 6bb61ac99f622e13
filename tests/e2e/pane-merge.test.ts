import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { inPane, openPane, paneSession, screenshotSheet, screenshots } from "../support/browser";
import { consistentFigures } from "../support/consistent";
import { captureIO, oldXlsBytes, writeUnitFile } from "../support/files";
import { main } from "../../src/cli/main";
import { ktCchc2025 } from "../../src/core/rounds/kt-cchc-2025";

const dir = join(__dirname, "..", "artifacts", "merge-pane");
const session = paneSession();
let files: string[];

const tasks = (n: number, done: number) => ({
  PL1: { "pl1.plan.tasks": { y2021: n }, "pl1.plan.done": { y2021: done } },
});

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  files = [
    await writeUnitFile(dir, "an-binh.xlsx", tasks(10, 5), {
      unit: "UBND xã An Bình",
      level: "xa",
    }),
    await writeUnitFile(dir, "an-binh-ban-sua.xlsx", tasks(12, 6), {
      unit: "UBND xã An Bình",
      level: "xa",
    }),
    await writeUnitFile(dir, "binh-minh.xlsx", tasks(30, 25), {
      unit: "UBND xã Bình Minh",
      level: "xa",
    }),
    await writeUnitFile(dir, "cam-pha.xlsx", tasks(20, 21), {
      unit: "UBND xã Cẩm Phả",
      level: "xa",
    }),
  ];
  writeFileSync(join(dir, "cu.xls"), oldXlsBytes());
  writeFileSync(join(dir, "bao-cao.pdf"), "%PDF-1.4");
  files.push(join(dir, "cu.xls"), join(dir, "bao-cao.pdf"));
});

/** A cell's value in the fake workbook, by "row:col" (0-based). */
const sheetValue = (page: Page, sheet: string, at: string) =>
  page.evaluate(
    ([name, key]) =>
      (
        globalThis as unknown as {
          __cchc: { model: { sheet(n: string): { cells: Map<string, { value: unknown }> } } };
        }
      ).__cchc.model
        .sheet(name!)
        .cells.get(key!)?.value,
    [sheet, at]
  );

const sheetNames = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { __cchc: { model: { sheets: { name: string }[] } } }
    ).__cchc.model.sheets.map((s) => s.name)
  );

/** Measured in the page: from the click on Hủy to the words that say it is done. */
const watchCancel = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as { clickedAt: number; doneAt: number };
    document.addEventListener(
      "click",
      (e) => {
        if ((e.target as HTMLElement).closest("button")?.textContent === "Hủy")
          w.clickedAt = performance.now();
      },
      true
    );
    new MutationObserver(() => {
      if (!w.doneAt && document.querySelector("main")?.textContent?.includes("Đã hủy."))
        w.doneAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

const cancelTook = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as { clickedAt: number; doneAt: number };
    return w.doneAt - w.clickedAt;
  });

describe("the Tổng hợp pane in Chromium", () => {
  it("reads the chosen files, asks which copy of a unit counts, and writes the consolidated report", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(files);
    await inPane(page)
      .getByText("Các đơn vị sau nộp nhiều tệp. Chọn tệp dùng để tổng hợp:")
      .waitFor();
    await page.screenshot({
      path: join(screenshots, "merge-duplicates.png"),
      fullPage: true,
      animations: "disabled",
    });
    // each copy told apart by when it was saved, how many figures it holds and what its check found
    await page
      .getByRole("radio", {
        name: /^an-binh-ban-sua\.xlsx \(lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}; 2 ô số liệu; 0 lỗi, 0 cảnh báo\)$/,
      })
      .check();
    await page.getByRole("button", { name: "Ghi kết quả tổng hợp" }).click();
    await inPane(page)
      .getByText(/Đã tổng hợp 3 đơn vị từ 6 tệp/)
      .waitFor();
    await page.screenshot({
      path: join(screenshots, "merge-done.png"),
      fullPage: true,
      animations: "disabled",
    });

    expect(await sheetNames(page)).toEqual(
      expect.arrayContaining([
        "TH Tổng quan",
        "TH Phụ lục 1",
        "TH Chi tiết đơn vị",
        "TH Báo cáo tổng hợp",
      ])
    );
    // the workbook shows the overview first: who sent what, by level, and the targets by unit
    const active = await page.evaluate(() => {
      const m = (
        globalThis as unknown as {
          __cchc: { model: { activeSheetId: number; sheets: { id: number; name: string }[] } };
        }
      ).__cchc.model;
      return m.sheets.find((s) => s.id === m.activeSheetId)?.name;
    });
    expect(active).toBe("TH Tổng quan");
    // and a chart of each level's rates, which Excel draws (a file from the command line has the table)
    const charts = await page.evaluate(() =>
      (
        globalThis as unknown as {
          __cchc: { model: { sheet(n: string): { charts: { title: string }[] } } };
        }
      ).__cchc.model
        .sheet("TH Tổng quan")
        .charts.map((c) => c.title)
    );
    expect(charts).toEqual(["Tỷ lệ theo cấp (%)"]);
    await screenshotSheet(page, "TH Tổng quan", join(screenshots, "merge-overview.png"));
    const tasks2021 = await sheetValue(page, "TH Phụ lục 1", "11:4");
    expect(tasks2021).toBe(12 + 30 + 20);
    await expect(
      inPane(page).getByText("Tệp Excel cũ (.xls)", { exact: false }).count()
    ).resolves.toBeGreaterThan(0);
    // a file's problems, listed when its line is opened, by a click or the keyboard
    const camPha = inPane(page).getByRole("listitem").filter({ hasText: "cam-pha.xlsx" });
    await camPha.getByText("Xem 1 lỗi, cảnh báo của tệp").click();
    await camPha.getByText(/Số nhiệm vụ đã hoàn thành.*\(21\) lớn hơn/).waitFor();
    await page.screenshot({
      path: join(screenshots, "merge-file-problems.png"),
      fullPage: true,
      animations: "disabled",
    });
    // every file's problems as one sheet, to send back to each unit
    await page.getByRole("button", { name: "Xuất danh sách lỗi các tệp" }).click();
    await inPane(page).getByText("Đã ghi vấn đề của 3 tệp vào trang “Lỗi các đơn vị”.").waitFor();
    const listed = await page.evaluate(() => {
      const m = (
        globalThis as unknown as {
          __cchc: { model: { sheet(n: string): { cells: Map<string, { value: unknown }> } } };
        }
      ).__cchc.model;
      const cells = m.sheet("Lỗi các đơn vị").cells;
      return [4, 5, 6].map((r) => [2, 3, 4].map((c) => cells.get(`${r}:${c}`)?.value ?? ""));
    });
    expect(listed).toEqual([
      ["UBND xã Cẩm Phả", "cam-pha.xlsx", "lỗi"],
      ["(chưa có tên đơn vị)", "bao-cao.pdf", "không tổng hợp"],
      ["(chưa có tên đơn vị)", "cu.xls", "không tổng hợp"],
    ]);
    await screenshotSheet(page, "Lỗi các đơn vị", join(screenshots, "merge-problem-list.png"));
    await page.close();
  });

  it("merges the units of the 2025 inspection round, and refuses a file of another round", async () => {
    const kt = (name: string, received: number) =>
      writeUnitFile(
        dir,
        `${name}.xlsx`,
        { KT: { "kt.ii.tthc.received": { h2025: received } } },
        { unit: `UBND xã ${name}`, level: "xa" },
        ktCchc2025
      );
    const picked = [await kt("Cam Giang", 120), await kt("Tan Truong", 80), files[2]!];
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(picked);
    await inPane(page)
      .getByText(/Đã tổng hợp 2 đơn vị từ 3 tệp/)
      .waitFor();
    await inPane(page)
      .getByText(/không phải bộ Kiểm tra công tác CCHC năm 2025/)
      .first()
      .waitFor();
    const received = await page.evaluate(() => {
      const m = (
        globalThis as unknown as {
          __cchc: { model: { sheet(n: string): { cells: Map<string, { value: unknown }> } } };
        }
      ).__cchc.model;
      return [...m.sheet("TH Số liệu kiểm tra").cells.values()].map((c) => c.value);
    });
    expect(received).toContain(200);
    await page.screenshot({ path: join(screenshots, "merge-kt-2025.png"), fullPage: true });
    await page.close();
  });

  it("merges a huyện's consolidation beside a unit's file, as the units it holds", async () => {
    const huyen = join(dir, "huyen-vu-thu.xlsx");
    expect(
      await main(
        [
          "merge",
          files[0]!,
          files[2]!,
          "--out",
          huyen,
          "--unit",
          "UBND huyện Vũ Thư",
          "--level",
          "huyen",
        ],
        captureIO().io
      )
    ).toBe(0);
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles([huyen, files[3]!]);
    await inPane(page)
      .getByText(/Đã tổng hợp 3 đơn vị từ 2 tệp/)
      .waitFor();
    // the tree: the consolidation's line, said to stand for its units, then each of them
    const cards = inPane(page).getByRole("listitem");
    await cards.filter({ hasText: "Bảng tổng hợp (UBND cấp huyện) của 2 đơn vị" }).waitFor();
    await expect(
      cards.filter({ hasText: "huyen-vu-thu.xlsx › UBND xã Bình Minh" }).count()
    ).resolves.toBe(1);
    const tasks = await sheetValue(page, "TH Phụ lục 1", "11:4");
    expect(tasks).toBe(10 + 30 + 20);
    await page.screenshot({ path: join(screenshots, "merge-consolidation.png"), fullPage: true });
    await page.close();
  });

  it("leaves out the files with errors when asked, and merges them, marked, by default", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const skip = page.getByRole("checkbox", { name: /^Bỏ qua các tệp có lỗi/ });
    expect(await skip.isChecked()).toBe(false);
    await skip.check();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles([files[2]!, files[3]!]);
    await inPane(page)
      .getByText(/Đã tổng hợp 1 đơn vị từ 2 tệp/)
      .waitFor();
    await inPane(page)
      .getByText(/Có lỗi: không tổng hợp \(theo lựa chọn bỏ qua tệp có lỗi\)/)
      .waitFor();
    await page.close();
  });

  it("asks whether names a slip apart are one unit, then which of its files counts", async () => {
    const slip = await writeUnitFile(dir, "tan-hoa.xlsx", tasks(7, 7), {
      unit: "UBND xã Bình Mính",
      level: "xa",
    });
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles([files[2]!, slip]);
    await inPane(page)
      .getByText(/Có tên đơn vị gần giống nhau/)
      .waitFor();
    const write = page.getByRole("button", { name: "Ghi kết quả tổng hợp" });
    // no answer is given in advance
    expect(await write.isDisabled()).toBe(true);
    await page.getByRole("radio", { name: /^Cùng một đơn vị/ }).check();
    await page.screenshot({ path: join(screenshots, "merge-near-names.png"), fullPage: true });
    await write.click();
    await inPane(page)
      .getByText("Các đơn vị sau nộp nhiều tệp. Chọn tệp dùng để tổng hợp:")
      .waitFor();
    await page.getByRole("radio", { name: /^binh-minh\.xlsx/ }).check();
    await page.getByRole("button", { name: "Ghi kết quả tổng hợp" }).click();
    await inPane(page)
      .getByText(/Đã tổng hợp 1 đơn vị từ 2 tệp/)
      .waitFor();
    await page.close();
  });

  it("takes files dropped on it", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const payload = files
      .slice(2, 4)
      .map((f) => ({ name: f.split("/").pop()!, bytes: [...readFileSync(f)] }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, payload);
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
    await inPane(page)
      .getByText(/Đã tổng hợp 2 đơn vị từ 2 tệp/)
      .waitFor();
    expect(await sheetNames(page)).toContain("TH Báo cáo tổng hợp");
    // the roster starts from the units just merged
    await page.getByRole("button", { name: "Tạo danh sách đơn vị" }).click();
    await inPane(page)
      .getByText(/Đã tạo trang Danh sách đơn vị với 2 đơn vị vừa tổng hợp/)
      .waitFor();
    const listed = await page.evaluate(() => {
      const m = (
        globalThis as unknown as {
          __cchc: {
            model: {
              sheet(n: string): unknown;
              valueAt(s: unknown, r: number, c: number): unknown;
            };
          };
        }
      ).__cchc.model;
      const roster = m.sheet("Danh sách đơn vị");
      return [4, 5, 6].map((r) => m.valueAt(roster, r, 2));
    });
    expect(listed).toEqual(["UBND xã Bình Minh", "UBND xã Cẩm Phả", ""]);
    await page.close();
  });

  it("writes nothing when cancelled", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(files);
    await page.getByRole("button", { name: "Hủy" }).click();
    await inPane(page).getByText("Đã hủy. Chưa ghi gì vào bảng tính.").waitFor();
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await page.close();
  });

  it("reads 40 files off the page: it keeps answering, and Hủy ends the reading within half a second", async () => {
    const forty = join(dir, "forty");
    mkdirSync(forty, { recursive: true });
    const many: string[] = [];
    for (let i = 0; i < 40; i++)
      many.push(
        await writeUnitFile(
          forty,
          `xa-${String(i).padStart(2, "0")}.xlsx`,
          consistentFigures(i + 1, "xa"),
          {
            unit: `UBND xã Số ${i}`,
            level: "xa",
          }
        )
      );
    const page = await openPane(session.browser(), session.url());
    // a slow office computer: the reading of 40 files takes seconds
    await (
      await page.context().newCDPSession(page)
    ).send("Emulation.setCPUThrottlingRate", {
      rate: 6,
    });
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(many);
    await inPane(page)
      .getByText(/Đang đọc ([2-9]|[12]\d)\/40/)
      .waitFor();
    // the named steps, the current one marked for screen readers
    expect(await page.locator('[aria-current="step"]').textContent()).toMatch(
      /^Đọc các tệp \(\d+\/40\)$/
    );
    await page.screenshot({ path: join(screenshots, "merge-reading.png"), animations: "disabled" });
    // the page's own clock for one second: a timer fires late only when something blocks the page
    const late = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let worst = 0;
          let last = performance.now();
          const until = last + 1000;
          const tick = () => {
            const now = performance.now();
            worst = Math.max(worst, now - last - 10);
            last = now;
            if (now < until) setTimeout(tick, 10);
            else resolve(worst);
          };
          setTimeout(tick, 10);
        })
    );
    expect(late).toBeLessThan(120);
    await watchCancel(page);
    await page.getByRole("button", { name: "Hủy" }).click();
    await inPane(page).getByText("Đã hủy. Chưa ghi gì vào bảng tính.").waitFor();
    expect(await cancelTook(page)).toBeLessThan(500);
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await page.close();
  });

  it("merges in the worker: a slow Tổng hợp is stopped by Hủy within half a second, and nothing written", async () => {
    const page = await session.browser().newPage({ viewport: { width: 380, height: 900 } });
    // the worker as the page sees it: what it is asked, whether it is ended; its merge answers late
    await page.addInitScript(() => {
      const w = globalThis as unknown as { asked: string[]; ended: boolean };
      w.asked = [];
      w.ended = false;
      const post = Worker.prototype.postMessage as (m: unknown, t: Transferable[]) => void;
      Worker.prototype.postMessage = function (this: Worker, m: unknown, t: Transferable[]) {
        const kind = (m as { kind: string }).kind;
        w.asked.push(kind);
        if (kind === "merge") setTimeout(() => post.call(this, m, t), 3000);
        else post.call(this, m, t);
      } as Worker["postMessage"];
      const terminate = Worker.prototype.terminate;
      Worker.prototype.terminate = function (this: Worker) {
        w.ended = true;
        terminate.call(this);
      };
    });
    await openPane(session.browser(), session.url(), { page });
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(files.slice(2, 4));
    await inPane(page).getByText("Đang tổng hợp số liệu các đơn vị…").waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toBe("Tổng hợp số liệu");
    await page.screenshot({ path: join(screenshots, "merge-merging.png"), animations: "disabled" });
    expect(await page.getByRole("listitem").allTextContents()).toEqual(
      expect.arrayContaining(["Đọc các tệp (2/2) ✓", "Kiểm tra số liệu (2/2) ✓"])
    );
    await watchCancel(page);
    await page.getByRole("button", { name: "Hủy" }).click();
    await inPane(page).getByText("Đã hủy. Chưa ghi gì vào bảng tính.").waitFor();
    expect(await cancelTook(page)).toBeLessThan(500);
    expect(
      await page.evaluate(() => {
        const { asked, ended } = globalThis as unknown as { asked: string[]; ended: boolean };
        return { asked, ended };
      })
    ).toEqual({ asked: ["read", "read", "merge"], ended: true });
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await page.close();
  });

  it("undoes a merge stopped while it is written: the previous output stays, within half a second", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const two = [files[2]!, files[3]!];
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(two);
    await inPane(page)
      .getByText(/Đã tổng hợp 2/)
      .waitFor();
    const workbook = () =>
      page.evaluate(() =>
        (
          globalThis as unknown as {
            __cchc: {
              model: { sheets: { name: string; cells: Map<string, { value: unknown }> }[] };
            };
          }
        ).__cchc.model.sheets.map((s) => [s.name, [...s.cells].map(([at, c]) => [at, c.value])])
      );
    const before = await workbook();
    // Excel on the web: each request takes a while, so the writing is long enough to stop
    await page.evaluate(() => {
      (
        globalThis as unknown as { __cchc: { model: { latencyMs: number } } }
      ).__cchc.model.latencyMs = 150;
    });
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles([files[0]!, ...two]);
    await inPane(page)
      .getByText(/^Đang ghi kết quả tổng hợp/)
      .waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toMatch(/^Ghi vào bảng tính/);
    await watchCancel(page);
    await page.getByRole("button", { name: "Hủy" }).click();
    await inPane(page).getByText("Đã hủy. Chưa ghi gì vào bảng tính.").waitFor();
    expect(await cancelTook(page)).toBeLessThan(500);
    expect(await workbook()).toEqual(before);
    await page.close();
  });
});
