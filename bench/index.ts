/* npm run bench: figures beside their goals, not timed tests. Prints what each Office action costs on the
 * fake Excel (syncs, the largest request against Excel on the web's 5 MB); the pane's scripts and first load;
 * the command line's start and check; the merge against its floor at 500 and BENCH_UNITS (2,000) units; and
 * the reading in-process: files per second and peak memory. */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CURRENT_ROUND } from "../src/core/rounds";
import { buildWorkbookLayout } from "../src/core/layout";
import { mergeUnits } from "../src/core/merge/merge";
import { mergeLayout } from "../src/core/merge/output";
import { readUnit, type UnitEntry } from "../src/core/merge/units";
import { checkWorkbook } from "../src/office/check-workbook";
import { createForms } from "../src/office/create-forms";
import { readConsolidation, writeMerge } from "../src/office/merge-workbook";
import { openWorkbook } from "../src/xlsx/open";
import { writeLayout } from "../src/xlsx/write";
import { fakeHost, type FakeHost } from "../tests/fake-excel/host";
import { consistentFigures } from "../tests/support/consistent";
import { writeUnitFile } from "../tests/support/files";
import { cliFigures } from "./cli";
import { mergeFigures } from "./merge";
import { paneFigures } from "./pane";
import { paneMergeFigures } from "./pane-merge";
import { kb, mb, row } from "./table";

const cost = (name: string, host: FakeHost, ms: number) =>
  row([
    name,
    host.syncs.reduce((a, b) => a + b, 0),
    host.payloads.length,
    kb(Math.max(...host.payloads)),
    `${ms.toFixed(0)} ms`,
  ]);

async function officeActions(): Promise<void> {
  row(["action", "syncs", "requests", "largest request", "time"]);
  let t = performance.now();
  for (let i = 0; i < 20; i++) buildWorkbookLayout(CURRENT_ROUND);
  row([
    "layout (core, all forms)",
    "-",
    "-",
    "-",
    `${((performance.now() - t) / 20).toFixed(1)} ms`,
  ]);
  const host = fakeHost();
  t = performance.now();
  await createForms(host, { unit: "UBND xã Tân Hòa", level: "xa" }, async () => "replace");
  cost("Tạo biểu mẫu (10 forms)", host, performance.now() - t);
  host.reset();
  t = performance.now();
  await createForms(host, {}, async () => "replace");
  cost("Tạo lại, giữ số liệu", host, performance.now() - t);
  host.reset();
  t = performance.now();
  await checkWorkbook(host);
  cost("Kiểm tra (10 forms)", host, performance.now() - t);
}

/** Unit workbooks for the merge, made once and kept in the system's temporary folder. */
async function unitFiles(n: number): Promise<{ dir: string; files: string[] }> {
  const dir = join(tmpdir(), `cchc-bench-${CURRENT_ROUND.version.replace(/\W/g, "_")}-${n}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const name = `don-vi-${String(i).padStart(4, "0")}.xlsx`;
    if (existsSync(join(dir, name))) continue;
    if (i % 50 === 0) process.stderr.write(`making unit workbooks: ${i}/${n}\n`);
    await writeUnitFile(dir, name, consistentFigures(i + 1, "xa"), {
      unit: `UBND xã Số ${i}`,
      level: "xa",
    });
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .slice(0, n)
    .map((f) => join(dir, f));
  return { dir, files };
}

/** Reads, checks, merges and writes to the fake Excel in Node; returns the time it took, for the pane's ratio. */
async function mergeAtScale(n: number): Promise<number> {
  const { files } = await unitFiles(n);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t = performance.now();
  const entries: UnitEntry[] = [];
  for (const f of files) {
    const opened = openWorkbook(readFileSync(f));
    entries.push(
      readUnit(opened.ok ? { file: f, sheets: opened.sheets } : { file: f, failure: opened.reason })
    );
    sample();
  }
  const readMs = performance.now() - t;
  const t2 = performance.now();
  const result = mergeUnits(entries, CURRENT_ROUND);
  const layout = mergeLayout(result, { unit: "Sở Nội vụ", level: "so" }, CURRENT_ROUND);
  const mergeMs = performance.now() - t2;
  clearInterval(timer);
  row([]);
  row(["merge of", "files", "files/s", "peak RSS", "peak heap", "merge + layout"]);
  row([
    `${n} unit workbooks`,
    files.length,
    (files.length / (readMs / 1000)).toFixed(1),
    mb(peakRss),
    mb(peakHeap),
    `${mergeMs.toFixed(0)} ms`,
  ]);

  const host = fakeHost();
  const t3 = performance.now();
  const total = () => readMs + mergeMs + (performance.now() - t3);
  await writeMerge(host, layout, await readConsolidation(host));
  row([]);
  row(["action", "syncs", "requests", "largest request", "time"]);
  cost(`Tổng hợp: write (${result.units.length} units)`, host, performance.now() - t3);
  const nodeMs = total();
  const t4 = performance.now();
  const bytes = await writeLayout(layout);
  row([
    `cchc merge: .xlsx written`,
    "-",
    "-",
    kb(bytes.length),
    `${(performance.now() - t4).toFixed(0)} ms`,
  ]);
  return nodeMs;
}

async function main(): Promise<void> {
  const big = Number(process.env.BENCH_UNITS ?? 2000);
  await officeActions();
  row([]);
  await paneFigures();
  const small = await unitFiles(500);
  row([]);
  cliFigures(small.files, small.dir);
  row([]);
  mergeFigures([
    { n: 500, folder: small.dir },
    ...(big !== 500 ? [{ n: big, folder: (await unitFiles(big)).dir }] : []),
  ]);
  const nodeMs = await mergeAtScale(500);
  row([]);
  await paneMergeFigures(small.files, nodeMs);
}

void main();
