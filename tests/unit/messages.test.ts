import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { vi } from "../../src/core/messages/vi";

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]
  );
const sources = [
  ...files(join(__dirname, "..", "..", "src")),
  ...files(join(__dirname, "..", "..", "scripts")),
]
  .filter((f) => /\.(tsx?|html)$/.test(f) && !f.endsWith(join("messages", "vi.ts")))
  .map((f) => readFileSync(f, "utf8"));
/** Every string literal in the sources that has the shape of a message code. */
const literals = new Set(
  sources.flatMap((s) => [...s.matchAll(/"([a-z]+(?:\.[A-Za-z0-9]+)+)"/g)].map((m) => m[1]!))
);

describe("the Vietnamese message catalogue", () => {
  it("has no message that no source names", () => {
    expect(Object.keys(vi).filter((code) => !literals.has(code))).toEqual([]);
  });

  it("is named by literal codes only, which the compiler checks against it", () => {
    const built = sources.flatMap((s) =>
      [...s.matchAll(/\b(?:text|messageFormula)\(`[^`]*`/g)].map((m) => m[0])
    );
    expect(built).toEqual([]);
  });

  it("is what the task pane's inline guard for Internet Explorer says, word for word", () => {
    const html = readFileSync(
      join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"),
      "utf8"
    );
    expect(html).toContain(`"${vi["ui.oldWebview"]}"`);
  });

  it("writes Vietnamese with its diacritics, never stripped", () => {
    const stripped = Object.entries(vi).filter(
      ([code, m]) => code.startsWith("ui.") && /\b(khong|duoc|bieu mau|don vi)\b/i.test(m)
    );
    expect(stripped).toEqual([]);
  });
});
