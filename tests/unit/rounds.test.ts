import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { catalogueIssues } from "../../src/core/catalogue/validate";
import { ruleIssues } from "../../src/core/rules/validate";
import { ROUNDS } from "../../src/core/rounds";
import { OUTLINE_LIST } from "../../src/core/rounds/outlines";
import type { RoundOutline } from "../../src/core/catalogue";
import { tiny } from "../fixtures/rounds/tiny";
import { captureIO, tempDir, writeUnitFile } from "../support/files";
import { round } from "../support/round";

// the two lines docs/rounds.md asks for: the tiny round added to the list, its outline to the outlines
jest.mock("../../src/core/rounds/list", () => {
  const actual = jest.requireActual<{ ROUND_LIST: unknown[] }>("../../src/core/rounds/list");
  const fixture = jest.requireActual<{ tiny: unknown }>("../fixtures/rounds/tiny");
  return { ROUND_LIST: [...actual.ROUND_LIST, fixture.tiny] };
});
jest.mock("../../src/core/rounds/outline-list", () => {
  const actual = jest.requireActual<{ OUTLINE_LIST: unknown[] }>(
    "../../src/core/rounds/outline-list"
  );
  const fixture = jest.requireActual<{ outline: unknown }>("../fixtures/rounds/tiny/outline");
  return { OUTLINE_LIST: [...actual.OUTLINE_LIST, fixture.outline] };
});

const dir = tempDir();
const run = async (...argv: string[]) => {
  const c = captureIO();
  const code = await main(argv, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
};
const unitOfTiny = (name: string, received: number, ontime: number) =>
  writeUnitFile(
    dir,
    `${name}.xlsx`,
    { T1: { "t1.received": { h2: received }, "t1.ontime": { h2: ontime } } },
    { unit: name, level: "xa" },
    tiny
  );

describe("a round added by its folder and a line in each list", () => {
  it("is a valid catalogue with valid rules", () => {
    expect(catalogueIssues(tiny)).toEqual([]);
    expect(ruleIssues(tiny.rules, tiny)).toEqual([]);
  });

  it("would be refused with a version that does not name it, or an assessment form without targets", () => {
    expect(catalogueIssues({ ...tiny, version: "THU-2024/1" }).map((i) => i.message)).toEqual([
      "version THU-2024/1 is not THU-2025/<number>",
    ]);
    const assessing = {
      ...tiny,
      forms: [{ ...tiny.forms[0]!, orientation: "assessment" as const }],
    };
    expect(catalogueIssues(assessing).map((i) => i.message)).toEqual([
      "T1 assesses no target set of the round",
    ]);
  });

  it("has an outline like the round: the pane's first load knows it by that", () => {
    const pick = (r: RoundOutline) => ({
      ...r,
      forms: r.forms.map((f) => ({ id: f.id, sheet: f.sheet })),
    });
    expect(OUTLINE_LIST.map((o) => o.id)).toEqual(ROUNDS.map((r) => r.id));
    for (const [i, r] of ROUNDS.entries())
      expect(pick(OUTLINE_LIST[i]!)).toEqual({
        id: r.id,
        name: r.name,
        version: r.version,
        levels: r.levels,
        forms: pick(r).forms,
      });
  });

  it("is listed by cchc rounds, after the current round", async () => {
    expect(ROUNDS.map((r) => r.id)).toEqual([round.id, "KT-CCHC-2025", "THU-2025"]);
    const r = await run("rounds");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      expect.stringMatching(/^CCHC-2021-2025 — Tổng kết CCHC giai đoạn 2021 - 2025 \(phiên bản/),
      "KT-CCHC-2025 — Kiểm tra công tác CCHC năm 2025 (phiên bản KT-CCHC-2025/1): KT",
      "THU-2025 — Kỳ thử 2025 (phiên bản THU-2025/1): T1",
    ]);
  });

  it("writes its template: its cover names the round, its levels are the round's", async () => {
    const out = join(dir, "thu.xlsx");
    const r = await run("template", "--round", "thu-2025", "--out", out, "--level", "xa");
    expect(r).toMatchObject({ code: 0, out: `Đã ghi ${out}: 2 trang tính.` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cover = wb.getWorksheet("Thông tin")!;
    const values = cover.getSheetValues().flat().map(String);
    expect(values).toEqual(
      expect.arrayContaining(["THU-2025/1", "Kỳ thử 2025", "UBND xã, phường, đặc khu"])
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Biểu T1"]);
  });

  it("refuses a round it does not know, naming those it does", async () => {
    const r = await run("template", "--round", "CCHC-1999", "--out", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /kỳ báo cáo không có: CCHC-1999 \(có: CCHC-2021-2025, KT-CCHC-2025, THU-2025\)/
    );
  });

  it("checks a unit's figures by the round's own rules", async () => {
    const file = await unitOfTiny("UBND xã Một", 10, 12);
    const r = await run("check", file, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      problems: [{ ruleId: "T1.ontime_le_received", severity: "error" }],
    });
  });

  it("merges its units, and refuses to mix them with another round's", async () => {
    const a = await unitOfTiny("UBND xã Hai", 10, 8);
    const b = await unitOfTiny("UBND xã Ba", 30, 21);
    const other = await writeUnitFile(
      dir,
      "khac.xlsx",
      { PL1: { "pl1.plan.tasks": { y2021: 4 } } },
      { unit: "UBND xã Bốn", level: "xa" }
    );
    const out = join(dir, "tong-hop.xlsx");
    const merged = await run("merge", a, b, "--out", out, "--json");
    expect(merged.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const values = wb.getWorksheet("TH Biểu T1")!.getSheetValues().flat();
    expect(values).toEqual(expect.arrayContaining([40, 29]));

    const mixed = await run("merge", a, b, other, "--out", join(dir, "lan.xlsx"));
    expect(mixed.code).toBe(2);
    expect(mixed.err).toMatch(
      /nhiều kỳ báo cáo khác nhau: THU-2025 \(2 tệp\), CCHC-2021-2025 \(1 tệp\)/
    );

    const chosen = await run(
      "merge",
      a,
      b,
      other,
      "--round",
      "THU-2025",
      "--out",
      join(dir, "chon.xlsx"),
      "--json"
    );
    expect(chosen.code).toBe(1);
    expect(
      (
        JSON.parse(chosen.out) as { files: { file: string; status: string; detail: string }[] }
      ).files.find((f) => f.file === other)
    ).toMatchObject({
      status: "otherRound",
      detail: expect.stringMatching(
        /bộ biểu mẫu Tổng kết CCHC giai đoạn 2021 - 2025, không phải bộ Kỳ thử 2025/
      ) as unknown,
    });
  });

  it("is made of the files docs/rounds.md names, each of them", () => {
    const folder = join(__dirname, "..", "fixtures", "rounds", "tiny");
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) =>
        statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]
      );
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "rounds.md"), "utf8");
    for (const f of files(folder)) {
      const inRound = relative(folder, f).replace(/^forms\/.*$/, "forms/<form>.ts");
      expect([inRound, doc.includes(`src/core/rounds/<id>/${inRound}`)]).toEqual([inRound, true]);
    }
    expect(doc).toContain("src/core/rounds/list.ts");
    expect(doc).toContain("src/core/rounds/outline-list.ts");
  });
});
