import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { LIMITS } from "../../src/xlsx/limits";
import { openWorkbook } from "../../src/xlsx/open";
import { captureIO, tempDir, writeUnitFile } from "../support/files";
import { y } from "../support/units";

const dir = tempDir();
const run = async (...argv: string[]) => {
  const c = captureIO();
  const code = await main(argv, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
};

/** An .xlsx-looking package whose sheet inflates far past the limits: a few hundred KB on disk. */
const bomb = () =>
  zipSync(
    {
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "xl/worksheets/sheet1.xml": new Uint8Array(LIMITS.entryBytes + 1024 * 1024),
    },
    { level: 9 }
  );

describe("resources stay bounded, whatever the file", () => {
  it("refuses a zip bomb before the .xlsx library inflates it, by the bytes it really inflates to", async () => {
    const bytes = bomb();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const opened = openWorkbook(bytes);
    expect(opened).toMatchObject({ ok: false, reason: "tooLarge" });
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it("refuses a package whose declared sizes lie", async () => {
    const bytes = bomb();
    // zero the sizes every header declares: only the inflated bytes can tell
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 0, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 0, true);
    }
    expect(openWorkbook(bytes)).toMatchObject({ ok: false });
  });

  it("opens a real unit workbook, far under the limits", async () => {
    const file = await writeUnitFile(
      dir,
      "binh-thuong.xlsx",
      { PL1: y({ "pl1.plan.tasks": 10 }) },
      { unit: "UBND xã An Bình", level: "xa" }
    );
    expect(openWorkbook(readFileSync(file)).ok).toBe(true);
  });

  it("checks a zip bomb with exit 2 and a Vietnamese reason, and leaves it unchanged", async () => {
    const file = join(dir, "bom.xlsx");
    writeFileSync(file, bomb());
    const before = readFileSync(file).toString("base64");
    const r = await run("check", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Tệp quá lớn so với một báo cáo đơn vị/);
    expect(readFileSync(file).toString("base64")).toBe(before);
  });

  it("never reads a device or a pipe: cchc check /dev/zero ends at once", async () => {
    const r = await run("check", "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không phải một tệp thông thường/);
    const fifo = join(dir, "ong.xlsx");
    execFileSync("mkfifo", [fifo]);
    const merged = await run("merge", dir, "--out", join(tempDir(), "th.xlsx"), "--json");
    expect(
      JSON.parse(merged.out).files.find((f: { file: string }) => f.file === fifo)
    ).toMatchObject({
      included: false,
      detail: expect.stringMatching(/Không phải một tệp thông thường/),
    });
  });
});

describe("a consolidation's per-unit sheet, read within its own bounds", () => {
  /**
   * A minimal package of one sheet whose first row has A1, B1 and a value in the given column, and each of
   * `rows` rows below it a value in that column too.
   */
  const oneSheet = (a1: string, b1: string, col: number, rows = 0) => {
    const letters = (c: number): string =>
      c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);
    const cell = (c: number, v: string, r = 1) =>
      `<c r="${letters(c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const below = Array.from(
      { length: rows },
      (_, i) => `<row r="${i + 2}">${cell(col, "x", i + 2)}</row>`
    ).join("");
    const enc = (s: string) => new TextEncoder().encode(s);
    return zipSync({
      "[Content_Types].xml": enc("<Types/>"),
      "_rels/.rels": enc(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      "xl/workbook.xml": enc(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`
      ),
      "xl/_rels/workbook.xml.rels": enc(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
      ),
      "xl/worksheets/sheet1.xml": enc(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cell(0, a1)}${cell(1, b1)}${cell(col, "x")}</row>${below}</sheetData></worksheet>`
      ),
    });
  };

  it("takes a per-unit sheet wider than a form may be, up to a column a figure", () => {
    expect(openWorkbook(oneSheet("UNITS", "#merged", 2000)).ok).toBe(true);
    expect(openWorkbook(oneSheet("PL1", "", 2000))).toMatchObject({
      ok: false,
      reason: "tooLarge",
    });
  });

  it("refuses one past its own bound, and reads past a user's own sheet of any width", () => {
    expect(openWorkbook(oneSheet("UNITS", "#merged", LIMITS.memberColumns))).toMatchObject({
      ok: false,
      reason: "tooLarge",
    });
    expect(openWorkbook(oneSheet("Ghi chép", "", 16383)).ok).toBe(true);
  });

  it("counts the grid a sheet makes, not its values: a few far cells a row cannot fill memory", () => {
    // 400 values, a grid of 400 rows × 16,000 columns: past the 6 million cells a consolidation may hold
    expect(openWorkbook(oneSheet("UNITS", "#merged", 16_000, 400))).toMatchObject({
      ok: false,
      reason: "tooLarge",
    });
    expect(openWorkbook(oneSheet("UNITS", "#merged", 16_000, 300)).ok).toBe(true);
  });
});
