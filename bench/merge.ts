/* The merge against its floor, on the same files in one run: the floor unzips and parses the parts a reader
 * needs (fflate, saxes: bench/floor.ts), the merge is `cchc merge` reading, checking, merging and writing. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cchc } from "./cli";
import { row } from "./table";

const root = join(__dirname, "..");

function floor(folder: string): { ms: number; rssMb: number } {
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(__dirname, "floor.ts"), folder],
    {
      encoding: "utf8",
    }
  );
  const { ms, maxRssMb } = JSON.parse(r.stdout) as { ms: number; maxRssMb: number };
  return { ms, rssMb: maxRssMb };
}

export function mergeFigures(runs: { n: number; folder: string }[]): void {
  row([
    "merge (cchc merge, a new process)",
    "time",
    "floor",
    "ratio (goal ≤ 3×)",
    "ms a file",
    "peak RSS (goal ≤ 300 MB at 2,000)",
  ]);
  for (const { n, folder } of runs) {
    const out = join(mkdtempSync(join(tmpdir(), "cchc-merge-")), "tong-hop.xlsx");
    const f = floor(folder);
    const m = cchc(["merge", folder, "--out", out, "--json"]);
    row([
      `${n} units`,
      `${(m.ms / 1000).toFixed(1)} s`,
      `${(f.ms / 1000).toFixed(1)} s`,
      `${(m.ms / f.ms).toFixed(1)}×`,
      (m.ms / n).toFixed(1),
      `${m.rssMb.toFixed(0)} MB`,
    ]);
  }
}
