import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  fillCover,
  inPane,
  openPane,
  paneSession,
  screenshots,
  typeCells,
  typeWrongCounts,
} from "../support/browser";
import { consistentFigures } from "../support/consistent";
import { writeUnitFile } from "../support/files";
import { tempDir } from "../support/files";

const session = paneSession();
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it stands. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in globalThis)))
    await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(c: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    // Fluent's known false positives, by rule (docs/accessibility.md): its focus guards (Tabster's hidden
    // dummy inputs) are focusable on purpose; its buttons' colours (Fluent's own tokens, which meet 4.5:1)
    // are read by axe in the disabled state they had while the pane was busy
    const fluent = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    const buttons = new Set(
      fluent.violations
        .filter((v) => v.id === "color-contrast")
        .flatMap((v) =>
          v.nodes.filter((n) => n.html.startsWith('<button type="button" class="fui-Button'))
        )
    );
    return fluent.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !buttons.has(n)) }))
      .filter((v) => v.nodes.length > 0);
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(", ")}`
    );
}

/** Whether anything runs off the pane's right edge: WCAG reflow at this width. */
const overflow = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName}: ${e.textContent?.slice(0, 40)}`)
      .slice(0, 5)
  );

/** Each state of the pane, reached as a user would, at the width given. */
async function everyState(page: Page, seen: (state: string) => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: "Tạo biểu mẫu" }).waitFor();
  await seen("tao-bieu-mau");
  await fillCover(page, "Sở Nội vụ", "Sở, ban, ngành");
  await page.getByRole("button", { name: "Tạo biểu mẫu" }).click();
  await inPane(page)
    .getByText(/Đã tạo 11 trang tính/)
    .waitFor();
  await seen("da-tao");
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await inPane(page)
    .getByText(/cảnh báo|Không có lỗi/)
    .first()
    .waitFor();
  await seen("kiem-tra");
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const dir = tempDir();
  const file = await writeUnitFile(
    dir,
    "an-binh.xlsx",
    { PL1: { "pl1.plan.tasks": { y2021: 10 }, "pl1.plan.done": { y2021: 12 } } },
    { unit: "UBND xã An Bình", level: "xa" }
  );
  await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles([file]);
  await inPane(page)
    .getByText(/Đã tổng hợp 1 đơn vị từ 1 tệp/)
    .waitFor();
  await seen("tong-hop");
  await page.getByRole("tab", { name: "Hỗ trợ" }).click();
  await page.getByRole("button", { name: "Tự kiểm tra" }).click();
  await inPane(page)
    .getByText(/chức năng đạt/)
    .first()
    .waitFor();
  await seen("ho-tro");
}

describe("the pane for every user", () => {
  it("has no serious or critical axe-core violation in any state, at 320 px", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.setViewportSize({ width: 320, height: 560 });
    // as set by a user who turns animations off: colours are never judged halfway through a transition
    await page.emulateMedia({ reducedMotion: "reduce" });
    const found: string[] = [];
    await everyState(page, async (state) => {
      found.push(...(await violations(page)).map((v) => `${state} ${v}`));
      await page.screenshot({
        path: join(screenshots, `a11y-320-${state}.png`),
        fullPage: true,
        animations: "disabled",
      });
    });
    expect(found).toEqual([]);
    await page.close();
  });

  it("reflows at 200 % zoom (160 CSS px): nothing runs off the pane in any state", async () => {
    const page = await openPane(session.browser(), session.url());
    await page.setViewportSize({ width: 160, height: 280 });
    const found: string[] = [];
    await everyState(page, async (state) => {
      found.push(...(await overflow(page)).map((o) => `${state} ${o}`));
      await page.screenshot({
        path: join(screenshots, `reflow-160-${state}.png`),
        fullPage: true,
        animations: "disabled",
      });
    });
    expect(found).toEqual([]);
    await page.close();
  });

  it("follows a dark Office, and stays free of serious violations there", async () => {
    const page = await openPane(session.browser(), session.url(), {
      officeTheme: { bodyBackgroundColor: "#262626", isDarkTheme: true },
    });
    await page.setViewportSize({ width: 320, height: 560 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByRole("button", { name: "Tạo biểu mẫu" }).waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector("main")!).backgroundColor
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(3 * 80);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, "a11y-320-dark.png"), animations: "disabled" });
    await page.close();
  });

  it.each([
    ["at 320 px", 320, 560],
    ["at 200 % zoom (160 CSS px)", 160, 280],
  ])(
    "walks the three flows with the keyboard alone, %s: 240 problems checked and one fixed, 40 files merged, each result said",
    async (_, width, height) => {
      const page = await openPane(session.browser(), session.url());
      // listened for from the start: Chromium must be told to hand the dialog over before it opens
      const chooserOpened = page.waitForEvent("filechooser");
      await page.setViewportSize({ width, height });
      const said = () => page.getByTestId("announcer").textContent();
      await page.getByRole("button", { name: "Tạo biểu mẫu" }).waitFor();
      // Tạo biểu mẫu: the name typed, the level chosen from the list, the button pressed
      await tabTo(page, /^Tên đơn vị báo cáo/);
      await page.keyboard.type("Sở Nội vụ");
      await tabTo(page, /^Cấp của đơn vị|^Chưa chọn/);
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await tabTo(page, /^Tạo biểu mẫu$/);
      await page.keyboard.press("Enter");
      await inPane(page)
        .getByText(/Đã tạo 11 trang tính/)
        .waitFor();
      expect(await said()).toMatch(/^Đã tạo 11 trang tính/);
      // the unit fills its forms, 240 counts typed wrong ("x")
      const wrong = await typeWrongCounts(page, 240);
      // Kiểm tra: the tab reached by arrows, the check run, the first problem walked to
      await tabTo(page, /^Tạo biểu mẫu$/, { tab: true });
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await tabTo(page, /^Kiểm tra$/);
      await page.keyboard.press("Enter");
      await inPane(page).getByRole("button", { name: "Lỗi (240)" }).waitFor();
      expect(await said()).toMatch(/^240 lỗi/);
      await tabTo(page, /^Vấn đề tiếp theo$/);
      await page.keyboard.press("Enter");
      expect(await page.getByTestId("problem-position").textContent()).toBe("1/240");
      expect(await said()).toMatch(/^Vấn đề 1\/240: /);
      expect(await overflow(page)).toEqual([]);
      // the first problem fixed in Excel, then checked again from the keyboard
      await typeCells(page, wrong[0]!.sheet, [[wrong[0]!.row, wrong[0]!.col, 3]]);
      await tabTo(page, /^Kiểm tra$/, { back: true });
      await page.keyboard.press("Enter");
      await inPane(page).getByRole("button", { name: "Lỗi (239)" }).waitFor();
      expect(await said()).toMatch(/^239 lỗi/);
      // Tổng hợp: 40 files chosen through the system's dialog, opened from the keyboard
      await tabTo(page, /^Kiểm tra$/, { tab: true });
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      const dir = tempDir();
      const forty: string[] = [];
      for (let i = 0; i < 40; i++)
        forty.push(
          await writeUnitFile(dir, `xa-${i}.xlsx`, consistentFigures(i + 1, "xa"), {
            unit: `UBND xã Số ${i}`,
            level: "xa",
          })
        );
      await tabTo(page, /^Chọn tệp$/);
      await page.keyboard.press("Enter");
      await (await chooserOpened).setFiles(forty);
      await inPane(page)
        .getByText(/Đã tổng hợp 40 đơn vị từ 40 tệp/)
        .waitFor({ timeout: 60_000 });
      expect(await said()).toMatch(/^Đã tổng hợp 40 đơn vị từ 40 tệp/);
      // the focus is taken to the result
      expect(
        await page.evaluate(() => document.activeElement?.closest("[data-result]") !== null)
      ).toBe(true);
      expect(await overflow(page)).toEqual([]);
      await page.close();
    }
  );
});

/**
 * Presses Tab (Shift+Tab when going back) until the focused element's name matches; `tab`: an element of
 * the tab list, reached going back.
 */
async function tabTo(
  page: Page,
  name: RegExp,
  { tab = false, back = tab }: { tab?: boolean; back?: boolean } = {}
): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e) return { name: "", role: null };
      const label =
        e.getAttribute("aria-label") ??
        (e as HTMLInputElement).labels?.[0]?.textContent ??
        (e.getAttribute("aria-labelledby")
          ? document.getElementById(e.getAttribute("aria-labelledby")!.split(" ")[0]!)?.textContent
          : null) ??
        e.textContent ??
        "";
      return { name: label.trim(), role: e.getAttribute("role") };
    });
    if (name.test(focused.name) && (focused.role === "tab") === tab) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`the keyboard never reaches ${name}`);
}
