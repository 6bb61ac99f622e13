import { round } from "./round";
import { buildWorkbookLayout } from "../../src/core/layout";
import { inputCells } from "../../src/core/check";
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const dist = join(__dirname, "..", "..", "dist-test");
export const screenshots = join(__dirname, "..", "artifacts", "browser");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Serves the test build on a loopback port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? "/").split("?")[0]!));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with no background network: never a browser download. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-gpu",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Opens the task pane with the fake Office host standing in for Microsoft's office.js. */
export async function openPane(
  browser: Browser,
  base: string,
  options: {
    apiVersion?: string;
    page?: Page;
    officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
  } = {}
): Promise<Page> {
  const page =
    options.page ??
    (await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "vi-VN" }));
  if (options.apiVersion)
    await page.addInitScript(
      (v) => ((globalThis as unknown as { __cchcApiVersion: string }).__cchcApiVersion = v),
      options.apiVersion
    );
  if (options.officeTheme)
    await page.addInitScript(
      (t) => ((globalThis as unknown as { __cchcOfficeTheme: unknown }).__cchcOfficeTheme = t),
      options.officeTheme
    );
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ path: join(dist, "fake-office.js"), contentType: "text/javascript" })
  );
  await page.goto(`${base}/taskpane.html`);
  return page;
}

/** One server and one browser for a test file, opened before its tests and closed after. */
export function paneSession(): { url: () => string; browser: () => Browser } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.url, browser: () => browser! };
}

/** The pane's visible content: the live region that repeats each result for screen readers lies outside it. */
export const inPane = (page: Page) => page.getByRole("main");

/** Fills Tạo biểu mẫu's two required fields as a user would: the unit's name, then its level from the list. */
export async function fillCover(page: Page, unit: string, level: string): Promise<void> {
  await page.getByLabel("Tên đơn vị báo cáo").fill(unit);
  await page.getByRole("combobox", { name: "Cấp của đơn vị" }).click();
  await page.getByRole("option", { name: level }).click();
}

/** Types into the fake workbook as a user would in Excel: (row, col) 0-based. */
export const typeCells = (page: Page, sheet: string, cells: [number, number, number | string][]) =>
  page.evaluate(
    ([name, list]) => {
      const m = (
        globalThis as unknown as {
          __cchc: {
            model: {
              sheet(n: string): unknown;
              cell(s: unknown, r: number, c: number): { value: unknown };
            };
          };
        }
      ).__cchc.model;
      for (const [r, c, v] of list) m.cell(m.sheet(name), r, c).value = v;
    },
    [sheet, cells] as const
  );

/** "x" typed into the first `n` count cells of Phụ lục 1–8 of a Sở's forms: each a "not a number" error. */
export async function typeWrongCounts(
  page: Page,
  n: number
): Promise<{ sheet: string; row: number; col: number }[]> {
  const layout = buildWorkbookLayout(round, { unit: "Sở Nội vụ", level: "so" });
  const inputs = inputCells(["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "PL8"], round);
  const typed = layout.sheets
    .flatMap((sheet) =>
      [...(inputs[sheet.id] ?? new Map()).entries()]
        .filter(([, c]) => c.kind === "count")
        .map(([key]) => ({ sheet: sheet.name, ...sheet.slots.get(key)! }))
    )
    .slice(0, n);
  for (const { sheet, row, col } of typed) await typeCells(page, sheet, [[row, col, "x"]]);
  return typed.map(({ sheet, row, col }) => ({ sheet, row, col }));
}

/**
 * What the pane wrote into a sheet of the fake workbook, drawn as a table (values, bold, fills, the fills of
 * conditional formats that test a cell against a text) and screenshot: a look at the sheet without an Excel.
 */
export async function screenshotSheet(pane: Page, sheet: string, path: string): Promise<void> {
  const html = await pane.evaluate((name) => {
    type Cell = { value: unknown; format: Record<string, unknown> };
    type Sheet = {
      cells: Map<string, Cell>;
      merges: { row: number; col: number; rows: number; cols: number }[];
      hiddenRows: Set<number>;
      hiddenCols: Set<number>;
      conditionalFormats: {
        rect: { row: number; col: number; rows: number; cols: number };
        formula: string;
        fill: string;
      }[];
    };
    const s = (
      globalThis as unknown as { __cchc: { model: { sheet(n: string): Sheet } } }
    ).__cchc.model.sheet(name);
    let rows = 0;
    let cols = 0;
    for (const key of s.cells.keys()) {
      const [r, c] = key.split(":").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const covered = new Set<string>();
    const spans = new Map<string, { rows: number; cols: number }>();
    for (const m of s.merges) {
      spans.set(`${m.row}:${m.col}`, m);
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.col; c < m.col + m.cols; c++)
          if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
    }
    const fillOf = (r: number, c: number, cell: Cell | undefined) => {
      for (const cf of s.conditionalFormats) {
        const { rect } = cf;
        const inside =
          r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols;
        const equals = /^=[A-Z]+\d+="(.*)"$/.exec(cf.formula)?.[1];
        if (inside && equals !== undefined && String(cell?.value ?? "") === equals) return cf.fill;
      }
      return cell?.format["fill.color"] as string | undefined;
    };
    const esc = (v: unknown) =>
      String(v ?? "").replace(/[&<>]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[ch]!);
    const body: string[] = [];
    for (let r = 0; r < rows; r++) {
      if (s.hiddenRows.has(r)) continue;
      const tds: string[] = [];
      for (let c = 0; c < cols; c++) {
        if (s.hiddenCols.has(c) || covered.has(`${r}:${c}`)) continue;
        const cell = s.cells.get(`${r}:${c}`);
        const span = spans.get(`${r}:${c}`);
        const style = [
          cell?.format["font.bold"] ? "font-weight:bold" : "",
          fillOf(r, c, cell) ? `background:${fillOf(r, c, cell)}` : "",
          typeof cell?.value === "number" ? "text-align:right" : "",
        ].join(";");
        tds.push(
          `<td style="${style}"${span ? ` rowspan="${span.rows}" colspan="${span.cols}"` : ""}>${esc(cell?.value)}</td>`
        );
      }
      body.push(`<tr>${tds.join("")}</tr>`);
    }
    return `<meta charset="utf-8"><style>body{font:12px 'Times New Roman',serif}table{border-collapse:collapse}td{border:1px solid #bbb;padding:2px 4px;max-width:180px}</style><table>${body.join("")}</table>`;
  }, sheet);
  const context = await pane.context().browser()!.newContext();
  const view = await context.newPage();
  await view.setContent(html);
  await view.screenshot({ path, fullPage: true });
  await context.close();
}
