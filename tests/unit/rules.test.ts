import { round } from "../support/round";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { cellAddress, inputCells } from "../../src/core/check";
import { ruleIssues } from "../../src/core/rules/validate";
import { renderRulesDoc } from "../../scripts/rules-doc";
import { witness } from "../support/rule-witness";
import { checkFigures, checkTyped } from "../support/workbook";

const failures = (ruleId: string, report: ReturnType<typeof checkFigures>) =>
  report.problems.filter((p) => p.ruleId === ruleId);

describe("the rules", () => {
  it("pass their schema, each id once and every row in its form", () => {
    expect(ruleIssues(round.rules, round)).toEqual([]);
  });

  it("would be refused with an id used twice or a row its form does not have", () => {
    const first = round.rules.find((r) => "form" in r)!;
    expect(ruleIssues([...round.rules, first], round).map((i) => i.message)).toContain(
      `duplicate rule id ${first.id}`
    );
    const atMost = { id: "PL1.x_y", severity: "error", kind: "atMost", form: "PL1" };
    expect(
      ruleIssues([{ ...atMost, pairs: [["nope", "pl1.plan.tasks"]] }], round).map((i) => i.message)
    ).toEqual(["PL1.x_y: no row nope in PL1"]);
  });

  describe.each(round.rules.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    const w = witness(rule);
    it("passes on consistent figures", () => {
      const passOptions =
        rule.kind === "cover" ? { unit: "Sở Nội vụ", level: "so" as const } : w.options;
      expect(failures(id, checkFigures(w.pass, passOptions))).toEqual([]);
    });
    it("fails, naming its cells, on inconsistent ones", () => {
      const found = failures(id, checkFigures(w.fail, w.options));
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]!.severity).toBe(rule.severity);
      if (rule.kind !== "cover")
        expect(found[0]!.cells.every((c) => c.at !== undefined)).toBe(true);
    });
  });

  it("reach every input cell of every form through its domain rule", () => {
    const kinds = new Set(round.rules.flatMap((r) => (r.kind === "domain" ? [r.rowKind] : [])));
    const inputs = inputCells(
      round.forms.map((f) => f.id),
      round
    );
    const uncovered = Object.values(inputs).flatMap((cells) =>
      [...cells].filter(([, { kind }]) => !(kinds as Set<string>).has(kind)).map(([key]) => key)
    );
    expect(uncovered).toEqual([]);
  });

  it("say where and how to fix a part over its whole", () => {
    const report = checkTyped({ "Phụ lục 1": { E12: 40, E13: 45 } });
    const p = failures("PL1.part_le_whole", report)[0]!;
    expect(p.cells.map((c) => c.at && cellAddress(c.at))).toEqual(["E13", "E12"]);
    expect(p.message).toBe(
      "Phụ lục 1, dòng 2.2 (Số nhiệm vụ đã hoàn thành) (45) lớn hơn dòng 2.1 (Số nhiệm vụ đề ra trong kế hoạch) (40), năm 2021. Dòng 2.2 không được vượt quá dòng 2.1: hãy sửa lại một trong hai số."
    );
  });

  it("check one rule for many periods", () => {
    const report = checkTyped({
      "Phụ lục 1": { E12: 40, E13: 45, F12: 40, F13: 30, I12: 1, I13: 2 },
    });
    expect(failures("PL1.part_le_whole", report).map((p) => p.period)).toEqual(["y2021", "y2025"]);
  });

  it("name the Bảng tổng hợp rows with their section", () => {
    const report = checkFigures(
      {
        THKQ: {
          "thkq.iii.feedback.published": { y2022: 9 },
          "thkq.iii.feedback.resolved": { y2022: 3 },
        },
      },
      { unit: "Sở Nội vụ", level: "so", forms: ["THKQ"] }
    );
    expect(failures("THKQ.iii.published_le_resolved", report)[0]!.message).toMatch(
      /^Bảng tổng hợp, dòng III\.5\.3 .*dòng III\.5\.2/
    );
  });

  it("warn, not refuse, when more is handled than was found in a year: the rest may be the year before's", () => {
    const report = checkFigures({
      PL2: { "pl2.inspected.to_handle": { y2023: 2 }, "pl2.inspected.handled": { y2023: 5 } },
      PL3: { "pl3.feedback.resolved": { y2023: 3 }, "pl3.feedback.published": { y2023: 4 } },
    });
    for (const id of ["PL2.part_le_whole", "PL3.published_le_resolved"])
      expect(failures(id, report).map((p) => p.severity)).toEqual(["warning"]);
  });

  it("look for a tenfold jump between whole years only, never against 2025 counted to 31/3", () => {
    const tenfold = (figures: Record<string, number>) =>
      failures("plausible.tenfold", checkFigures({ PL1: { "pl1.plan.tasks": figures } })).map(
        (p) => p.period
      );
    expect(tenfold({ y2023: 4, y2024: 400 })).toEqual(["y2024"]);
    // a quarter's 30 tasks after a year's 400: not a fall to compare
    expect(tenfold({ y2024: 400, y2025: 30 })).toEqual([]);
  });

  it("skip what is blank, and count it", () => {
    const report = checkTyped({ "Phụ lục 1": { E12: 40 } });
    const stat = report.stats.find((s) => s.ruleId === "PL1.part_le_whole")!;
    expect(stat).toEqual({
      ruleId: "PL1.part_le_whole",
      checked: 10,
      passed: 0,
      failed: 0,
      skipped: 10,
    });
  });

  it("compare decimals with a tolerance", () => {
    const report = checkFigures({
      PL7: {
        "pl7.units": { y2021: 0.3 },
        "pl7.units.full": { y2021: 0.1 },
        "pl7.units.recurrent": { y2021: 0.2 },
        "pl7.units.partial": { y2021: 0 },
        "pl7.units.state": { y2021: 0 },
      },
    });
    expect(failures("PL7.units_by_autonomy", report)).toEqual([]);
  });

  it("are documented in docs/rules.md, generated from the rule data", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8")).toBe(
      renderRulesDoc(round)
    );
  });
});
