import fc from "fast-check";
import { formIn } from "../../src/core/catalogue";
import type { Row } from "../../src/core/catalogue/schema";
import { catalogueIssues } from "../../src/core/catalogue/validate";
import { mergeUnits } from "../../src/core/merge/merge";
import { readUnit } from "../../src/core/merge/units";
import { roundById } from "../../src/core/rounds";
import { ktCchc2025 as kt } from "../../src/core/rounds/kt-cchc-2025";
import { ruleIssues } from "../../src/core/rules/validate";
import type { Figures } from "../../src/core/values";
import { consistentFigures } from "../support/consistent";
import { readSeed } from "../support/seeds";
import { checkFigures, filledSheets, sheetsOf } from "../support/workbook";
import { mergeLayout } from "../../src/core/merge/output";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { captureIO, tempDir, writeUnitFile } from "../support/files";

const OUTLINES = ["000_b14cca5f28d0288c.txt", "003_76d4f97bdc777d45.txt"];
/** Lower case, whitespace folded, the seeds' italics marks dropped; and the words one outline adds for its level. */
const norm = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\*/g, "")
    .replace(/, địa phương/g, "")
    .replace(/ trong phạm vi (xã|thành phố)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("vi");
const outlines = OUTLINES.map((f) => norm(readSeed(f)));
const form = formIn(kt, "KT");
/** The label as the outline prints it: each recorded fix undone. */
const seedLabel = (r: Row) => (r.fixes ?? []).reduce((l, f) => l.replace(f.fixed, f.seed), r.label);
const at = (n: number | string) => ({ h2025: n });
const problems = (figures: Figures, level: "so" | "xa" = "xa") =>
  checkFigures({ KT: figures.KT ?? {} }, { unit: "UBND xã Cẩm Giang", level }, kt).problems.map(
    (p) => `${p.ruleId}: ${p.message}`
  );

describe("Kiểm tra công tác CCHC năm 2025, the round of seeds 000 and 003", () => {
  it("is listed, valid, with valid rules", () => {
    expect(roundById("KT-CCHC-2025")).toBe(kt);
    expect(catalogueIssues(kt)).toEqual([]);
    expect(ruleIssues(kt.rules, kt)).toEqual([]);
  });

  it("invents no row: every label stands in an outline", () => {
    for (const r of form.rows)
      expect([r.key, outlines.some((o) => o.includes(norm(seedLabel(r))))]).toEqual([r.key, true]);
  });

  it("has a row for every figure the outlines ask for", () => {
    // a line with a blank to fill ("… nhiệm vụ", "%"), its bullet and its blank cut off
    const asked = OUTLINES.flatMap((f) =>
      readSeed(f)
        .split("\n")
        .filter((l) => /…|\.\.\.|%/.test(l) && !/KH-UBND/.test(l))
        .map((l) =>
          norm(
            l
              .replace(/^[\s\-+·]*([a-zđ]\)\s*)?[\s\-+]*/, "")
              .split(/:|…|\.\.\.|\s*%|\.\s*Trong đó/)[0]!
          )
        )
    );
    expect(asked.length).toBeGreaterThan(40);
    // a row that takes an answer: a heading takes none
    const labels = form.rows
      .filter((r) => r.kind !== "group")
      .flatMap((r) => [norm(r.label), norm(seedLabel(r))]);
    for (const phrase of asked)
      expect([phrase, labels.some((l) => phrase.includes(l) || l.includes(phrase))]).toEqual([
        phrase,
        true,
      ]);
  });

  it("is for the city's departments and the communes, wards and special zones, from 01/7/2025", () => {
    expect(kt.levels.map((l) => l.label)).toEqual(["Sở, ban, ngành", "UBND xã, phường, đặc khu"]);
    expect(form.periods.map((p) => `${p.label} ${p.note ?? ""}`)).toEqual([
      "Từ 01/7/2025 (đến thời điểm báo cáo)",
    ]);
    // a reorganised commune names its predecessors
    expect(form.rows[0]).toMatchObject({ key: "kt.predecessors", kind: "text" });
  });

  it("checks clean when filled consistently, by a unit of either level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom("so", "xa"),
        (seed, level) => {
          const figures = consistentFigures(seed, level, ["KT"], kt);
          expect(problems(figures, level)).toEqual([]);
        }
      ),
      { numRuns: 15 }
    );
  });

  it("computes its rates: on time over resolved, online over received, disbursed over planned", () => {
    const report = checkFigures(
      {
        KT: {
          "kt.ii.tthc.received": at(200),
          "kt.ii.tthc.resolved": at(160),
          "kt.ii.tthc.ontime": at(152),
          "kt.ii.tthc.online": at(150),
          "kt.ii.finance.invest.plan": at(1000),
          "kt.ii.finance.invest.done": at(640),
        },
      },
      { unit: "UBND xã Cẩm Giang", level: "xa" },
      kt
    );
    const rate = (key: string) => report.figures.KT?.[key]?.h2025;
    expect(rate("kt.ii.tthc.ontime.rate")).toBeCloseTo(95);
    expect(rate("kt.ii.tthc.online.rate")).toBeCloseTo(75);
    expect(rate("kt.ii.finance.invest.rate")).toBeCloseTo(64);
  });

  it("catches on time over resolved over received, and parts over the plan", () => {
    expect(
      problems({
        KT: {
          "kt.i.plan.tasks": at(10),
          "kt.i.plan.done": at(8),
          "kt.i.plan.ongoing": at(4),
          "kt.ii.tthc.received": at(100),
          "kt.ii.tthc.resolved": at(90),
          "kt.ii.tthc.ontime": at(95),
        },
      })
    ).toEqual([
      expect.stringMatching(/^KT\.plan_parts: Tổng các dòng I\.1\.2 \+ I\.1\.3 là 12, lớn hơn/),
      expect.stringMatching(/^KT\.part_le_whole: .*\(95\) lớn hơn dòng II\.2\.1\.1/),
    ]);
  });

  it("asks for the groups of public service units, which add up to their total", () => {
    const units = (g4: number | string): Figures => ({
      KT: {
        "kt.ii.finance.units": at(5),
        "kt.ii.finance.units.g1": at(0),
        "kt.ii.finance.units.g2": at(1),
        "kt.ii.finance.units.g3": at(2),
        "kt.ii.finance.units.g4": at(g4),
      },
    });
    expect(problems(units(2))).toEqual([]);
    expect(problems(units(3))).toEqual([expect.stringMatching(/^KT\.units_by_group: /)]);
    expect(problems(units(""))).toEqual([expect.stringMatching(/^KT\.units_by_group_blank: /)]);
  });

  it("keeps a department out of the local budget rows", () => {
    expect(problems({ KT: { "kt.ii.finance.revenue": at(12000) } }, "so")).toEqual([
      expect.stringMatching(/^level\.not_applicable: .*Sở, ban, ngành.*ngân sách địa phương/),
    ]);
    expect(problems({ KT: { "kt.ii.finance.revenue": at(12000) } }, "xa")).toEqual([]);
  });

  it("merges communes: dossiers added, the payment share weighted by dossiers received", () => {
    const commune = (name: string, received: number, payment: number) =>
      readUnit({
        file: `${name}.xlsx`,
        sheets: filledSheets(
          { KT: { "kt.ii.tthc.received": at(received), "kt.ii.tthc.payment": at(payment) } },
          { unit: name, level: "xa" },
          kt
        ),
      });
    const result = mergeUnits(
      [commune("UBND xã A", 100, 50), commune("UBND phường B", 300, 90)],
      kt
    );
    expect(result.lines.map((l) => l.status)).toEqual(["ok", "ok"]);
    expect(result.merged.figures.KT?.["kt.ii.tthc.received"]?.h2025).toBe(400);
    expect(result.merged.figures.KT?.["kt.ii.tthc.payment"]?.h2025).toBeCloseTo(80);
    // merged again one level up, as the communes it holds: the same figures, an overview without targets
    const layout = mergeLayout(result, { unit: "Sở Nội vụ", level: "so" }, kt);
    expect(layout.sheets[0]!.charts).toBeUndefined();
    const again = mergeUnits([readUnit({ file: "so.xlsx", sheets: sheetsOf(layout) })], kt);
    expect(again.units.map((u) => u.name)).toEqual(result.units.map((u) => u.name));
    expect(again.merged.figures).toEqual(result.merged.figures);
  });

  it("is made, checked and merged from the command line", async () => {
    const dir = tempDir();
    const run = async (...argv: string[]) => {
      const c = captureIO();
      return { code: await main(argv, c.io), out: c.out.join("\n"), err: c.err.join("\n") };
    };
    const blank = join(dir, "kiem-tra.xlsx");
    expect(
      await run("template", "--round", "kt-cchc-2025", "--out", blank, "--level", "xa")
    ).toMatchObject({ code: 0, out: `Đã ghi ${blank}: 2 trang tính.` });
    const commune = (name: string, received: number, resolved: number) =>
      writeUnitFile(
        dir,
        `${name}.xlsx`,
        { KT: { "kt.ii.tthc.received": at(received), "kt.ii.tthc.resolved": at(resolved) } },
        { unit: `UBND xã ${name}`, level: "xa" },
        kt
      );
    const a = await commune("Cẩm Giang", 120, 110);
    const b = await commune("Tân Trường", 80, 90);
    expect((await run("check", a)).code).toBe(0);
    const wrong = await run("check", b, "--json");
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.out)).toMatchObject({ problems: [{ ruleId: "KT.part_le_whole" }] });
    const merged = await run("merge", a, b, "--out", join(dir, "tong-hop.xlsx"), "--json");
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.out)).toMatchObject({ merged: 2 });
  });
});
