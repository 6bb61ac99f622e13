import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir, writeUnitFile } from "../support/files";
import { y } from "../support/units";
import { CASES } from "../support/hostile";

const root = join(__dirname, "..", "..");
const base = tempDir();

/** Every regular file under a folder with its content hash: the inputs, to prove them untouched. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = lstatSync(path);
    if (info.isFile()) out[path] = createHash("sha256").update(readFileSync(path)).digest("hex");
    else if (info.isDirectory()) Object.assign(out, fingerprint(path));
  }
  return out;
}

/** The built cchc run on `argv`, within 20 s and a 300 MB heap, its peak resident memory measured. */
function cchc(argv: string[], rssFile: string) {
  return spawnSync(
    process.execPath,
    [
      "--max-old-space-size=300",
      "-r",
      join(root, "tests", "support", "max-rss.cjs"),
      join(root, "bin", "cchc.js"),
      ...argv,
    ],
    { encoding: "utf8", timeout: 20_000, env: { ...process.env, CCHC_MAX_RSS_FILE: rssFile } }
  );
}

const peakMb = (rssFile: string) => Number(readFileSync(rssFile, "utf8"));

/**
 * The bad and hostile inputs a consolidating office meets (tests/support/hostile.ts): each answered by the
 * built cchc with its exit code and a Vietnamese reason, within 20 s and 300 MB of memory, every input
 * unchanged.
 */
describe("cchc on bad and hostile input", () => {
  it("has at least sixty cases", () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const dir = join(base, `ca-${i}`);
    mkdirSync(dir);
    const argv = await c.make(dir);
    const before = fingerprint(dir);
    const started = Date.now();
    const rss = join(base, `rss-${i}`);
    const r = cchc(argv, rss);
    const answer = `${r.stdout}${r.stderr}`;
    expect({
      signal: r.signal,
      seconds: (Date.now() - started) / 1000 < 20,
      under300Mb: peakMb(rss) < 300,
    }).toEqual({ signal: null, seconds: true, under300Mb: true });
    expect([r.status, answer.slice(0, 600)]).toEqual([c.code, expect.any(String)]);
    if (c.says) expect(answer).toMatch(c.says);
    expect(answer).not.toMatch(/\n\s+at .+:\d+:\d+/);
    await c.also?.(answer, dir);
    expect(fingerprint(dir)).toEqual(before);
  });

  /** Each bad file of the check cases beside a good unit's file: the good unit is merged with its exact figures. */
  const single = CASES.map((c, i) => [c.name, c, i] as const).filter(([, c]) => c.code === 2);
  it.each(single)("merges a good unit's exact figures beside %s", async (_name, c, i) => {
    const dir = join(base, `tron-${i}`);
    mkdirSync(dir);
    const argv = await c.make(dir);
    if (argv[0] !== "check") return;
    const goodDir = join(base, `tot-${i}`);
    mkdirSync(goodDir);
    const good = await writeUnitFile(
      goodDir,
      "tot.xlsx",
      { PL1: y({ "pl1.plan.tasks": 40 }) },
      { unit: "UBND xã Tốt", level: "xa" }
    );
    const out = join(base, `tron-${i}.xlsx`);
    const rss = join(base, `rss-tron-${i}`);
    const r = cchc(["merge", good, argv[1]!, "--out", out, "--json"], rss);
    expect(r.signal).toBeNull();
    expect(peakMb(rss)).toBeLessThan(300);
    expect([0, 1]).toContain(r.status);
    const json = JSON.parse(r.stdout) as { files: { file: string; included: boolean }[] };
    expect(json.files.find((f) => f.file === good)?.included).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("TH Phụ lục 1")!.getCell("E12").value).toBe(40);
  });
});
