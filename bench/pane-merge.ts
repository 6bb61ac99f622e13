/* Tổng hợp in the pane, as a consolidating office runs it: the unit workbooks picked in Chromium, read in the
 * pane's worker, merged and written to the fake Excel; its time beside Node's for the same work, and the
 * page's peak JS heap. */
import { launchChromium, openPane, serveDist, inPane } from "../tests/support/browser";
import { row } from "./table";

export async function paneMergeFigures(files: string[], nodeMs: number): Promise<void> {
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const page = await openPane(browser, server.url);
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const started = Date.now();
    let peak = 0;
    const timer = setInterval(() => {
      page
        .evaluate(
          () =>
            (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize
        )
        .then(
          (used) => (peak = Math.max(peak, used)),
          () => undefined
        );
    }, 250);
    await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(files);
    await inPane(page)
      .getByText(/Đã tổng hợp/)
      .waitFor({ timeout: 20 * 60_000 });
    clearInterval(timer);
    const ms = Date.now() - started;
    row([
      "Tổng hợp in the pane (Chromium, fake Excel)",
      "time",
      "Node, same work",
      "ratio (goal ≤ 1.5×)",
      "peak page heap (goal < 300 MB)",
    ]);
    row([
      `${files.length} units`,
      `${(ms / 1000).toFixed(1)} s`,
      `${(nodeMs / 1000).toFixed(1)} s`,
      `${(ms / nodeMs).toFixed(1)}×`,
      `${(peak / 1024 / 1024).toFixed(0)} MB`,
    ]);
  } finally {
    await browser.close();
    await server.close();
  }
}
