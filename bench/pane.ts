/* The pane's weight: every script of the production build (raw and gzip), what the first load fetches until
 * Tạo biểu mẫu can be used, and how long that takes in Chromium at 4× CPU throttling. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, openPane, serveDist } from "../tests/support/browser";
import { kb, row } from "./table";

const root = join(__dirname, "..");
const dist = join(root, "dist-test");
/** Microsoft's React task-pane template, same React and Fluent versions: its whole first load, polyfill included. */
const TEMPLATE = { raw: 524 * 1024, gzip: 168 * 1024 };

const scripts = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return scripts(p);
    return n.endsWith(".js") && n !== "fake-office.js" ? [p] : [];
  });

export async function paneFigures(): Promise<void> {
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "production",
      "--env",
      "testHost",
    ],
    { cwd: root, stdio: "pipe" }
  );
  const sizes = new Map(
    scripts(dist).map((p) => {
      const bytes = readFileSync(p);
      return [relative(dist, p), { raw: bytes.length, gzip: gzipSync(bytes).length }] as const;
    })
  );
  row(["pane script (production)", "raw", "gzip"]);
  for (const [name, s] of [...sizes].sort((a, b) => b[1].raw - a[1].raw))
    row([name, kb(s.raw), kb(s.gzip)]);

  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const fetched = new Set<string>();
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 320, height: 560 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      page.on("response", (r) => {
        const path = new URL(r.url()).pathname.slice(1);
        if (sizes.has(path)) fetched.add(path);
      });
      const started = Date.now();
      await openPane(browser, server.url, { page });
      await page.getByRole("button", { name: "Tạo biểu mẫu" }).waitFor();
      times.push(Date.now() - started);
      await page.close();
    }
    const initial = [...fetched].map((p) => sizes.get(p)!);
    const raw = initial.reduce((a, s) => a + s.raw, 0);
    const gzip = initial.reduce((a, s) => a + s.gzip, 0);
    row([]);
    row(["first load", "figure", "goal"]);
    row([
      `scripts fetched (${[...fetched].join(", ")})`,
      `${kb(raw)} raw`,
      `≤ ${kb(TEMPLATE.raw * 1.2)} (1.2 × template ${kb(TEMPLATE.raw)})`,
    ]);
    row(["the same, gzip", `${kb(gzip)}`, `template ${kb(TEMPLATE.gzip)}`]);
    row([
      "Tạo biểu mẫu usable, Chromium, 4× CPU throttling (median of 3)",
      `${[...times].sort((a, b) => a - b)[1]} ms`,
      "template: 869 ms on the issue's machine",
    ]);
  } finally {
    await browser.close();
    await server.close();
  }
}
