/* The command line as a user starts it: the built bundle, each run a new process. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { row } from "./table";

const root = join(__dirname, "..");

/** Runs the built cchc; returns its wall time and peak resident memory. */
export function cchc(args: string[]): { ms: number; rssMb: number; status: number | null } {
  const rssFile = join(mkdtempSync(join(tmpdir(), "cchc-rss-")), "rss");
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ["-r", join(root, "tests", "support", "max-rss.cjs"), join(root, "bin", "cchc.js"), ...args],
    { stdio: "ignore", env: { ...process.env, CCHC_MAX_RSS_FILE: rssFile } }
  );
  return {
    ms: performance.now() - started,
    rssMb: Number(readFileSync(rssFile, "utf8")),
    status: r.status,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function cliFigures(files: string[], folder: string): void {
  row(["command line (built bundle)", "figure", "goal"]);
  row([
    "cchc --help",
    `${median([1, 2, 3].map(() => cchc(["--help"]).ms)).toFixed(0)} ms`,
    "< 300 ms",
  ]);
  row([
    "cchc check (one file)",
    `${median([1, 2, 3].map(() => cchc(["check", files[0]!]).ms)).toFixed(0)} ms`,
    "-",
  ]);
  const all = cchc(["check", folder]);
  row([
    `cchc check (${files.length} files, one process)`,
    `${all.ms.toFixed(0)} ms, ${(all.ms / files.length).toFixed(1)} ms a file`,
    "-",
  ]);
}
