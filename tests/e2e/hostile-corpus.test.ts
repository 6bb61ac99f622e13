import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/files";
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

/**
 * The bad and hostile inputs a consolidating office meets (tests/support/hostile.ts): each answered by the
 * built cchc with its exit code and a Vietnamese reason, within 20 s and a 300 MB heap, every input unchanged.
 */
describe("cchc on bad and hostile input", () => {
  it("has at least sixty cases", () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, c, i) => {
    const dir = join(base, `ca-${i}`);
    mkdirSync(dir);
    const argv = await c.make(dir);
    const before = fingerprint(dir);
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=300", join(root, "bin", "cchc.js"), ...argv],
      { encoding: "utf8", timeout: 20_000 }
    );
    const answer = `${r.stdout}${r.stderr}`;
    expect({ signal: r.signal, seconds: (Date.now() - started) / 1000 < 20 }).toEqual({
      signal: null,
      seconds: true,
    });
    expect([r.status, answer.slice(0, 600)]).toEqual([c.code, expect.any(String)]);
    if (c.says) expect(answer).toMatch(c.says);
    expect(answer).not.toMatch(/\n\s+at .+:\d+:\d+/);
    await c.also?.(answer, dir);
    expect(fingerprint(dir)).toEqual(before);
  });
});
