/* Tổng hợp in the pane, as a consolidating office runs it: the unit workbooks picked in Chromium, read, checked
 * and merged in the pane's worker, written by the page to the fake Excel; its time beside Node's for the same
 * work, and the JS heap of the page and its worker together: the heap in use, garbage included (sampled every
 * quarter second), and the live heap (collected first, each second of a second run). The page's heap holds the
 * fake Excel's workbook too, which in Excel lives outside the pane. */
import type { Browser } from "playwright-core";
import { launchChromium, openPane, serveDist, inPane } from "../tests/support/browser";
import { watchHeap } from "./heap";
import { row } from "./table";

/** One merge of the files in a new page: its time and its peak heap, live (collected first) or in use. */
async function mergeInPage(
  browser: Browser,
  url: string,
  files: string[],
  live: boolean
): Promise<{ ms: number; peak: number }> {
  const page = await openPane(browser, url);
  const heap = await watchHeap(page);
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const started = Date.now();
  let peak = 0;
  const sample = async () => (peak = Math.max(peak, await heap.used(live)));
  const timer = setInterval(() => void sample().catch(() => undefined), live ? 1000 : 250);
  await page.getByLabel("Chọn tệp", { exact: true }).setInputFiles(files);
  await inPane(page)
    .getByText(/Đã tổng hợp/)
    .waitFor({ timeout: 20 * 60_000 });
  clearInterval(timer);
  const ms = Date.now() - started;
  await page.close();
  return { ms, peak };
}

const mbOf = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function paneMergeFigures(files: string[], nodeMs: number): Promise<void> {
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const timed = await mergeInPage(browser, server.url, files, false);
    const live = await mergeInPage(browser, server.url, files, true);
    row([
      "Tổng hợp in the pane (Chromium, fake Excel)",
      "time",
      "Node, same work",
      "ratio (goal ≤ 1.5×)",
      "peak heap in use, page + worker (goal < 300 MB)",
      "peak live heap",
    ]);
    row([
      `${files.length} units`,
      `${(timed.ms / 1000).toFixed(1)} s`,
      `${(nodeMs / 1000).toFixed(1)} s`,
      `${(timed.ms / nodeMs).toFixed(2)}×`,
      mbOf(timed.peak),
      mbOf(live.peak),
    ]);
  } finally {
    await browser.close();
    await server.close();
  }
}
