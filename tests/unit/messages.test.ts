import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { vi } from "../../src/core/messages/vi";
import { FEATURES } from "../../src/office/host";

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const sources = files(join(__dirname, "..", "..", "src")).filter((f) => /\.tsx?$/.test(f));
const used = new Set(sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/(?:text|messageFormula)\("([\w.]+)"/g)].map((m) => m[1]!)));

describe("the Vietnamese message catalogue", () => {
  it("has a message for every code the sources use", () => {
    expect([...used].filter((code) => !(code in vi))).toEqual([]);
  });

  it("has a message for every code built at run time", () => {
    const built = [...Object.keys(FEATURES).map((f) => `ui.feature.${f}`), "verdict.dat", "verdict.khongDat", "verdict.chuaDuSoLieu"];
    expect(built.filter((code) => !(code in vi))).toEqual([]);
  });

  it("writes Vietnamese with its diacritics, never stripped", () => {
    const stripped = Object.entries(vi).filter(([code, m]) => code.startsWith("ui.") && /\b(khong|duoc|bieu mau|don vi)\b/i.test(m));
    expect(stripped).toEqual([]);
  });
});
