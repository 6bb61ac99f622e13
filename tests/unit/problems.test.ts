import { round } from "../support/round";
import type { PlacedProblem } from "../../src/core/check";
import { vi } from "../../src/core/messages/vi";
import {
  filterProblems,
  groupProblems,
  problemCounts,
  problemTitle,
} from "../../src/core/problems";
import { checkTyped } from "../support/workbook";

const problem = (
  ruleId: string,
  severity: "error" | "warning",
  form: string | null
): PlacedProblem => ({
  ruleId,
  severity,
  form,
  rows: [],
  period: null,
  cells: [],
  message: ruleId,
});

describe("the problem list's titles and groups", () => {
  it("gives every rule and every reading problem a Vietnamese title", () => {
    const reading = Object.keys(vi).filter((k) => k.startsWith("read.") && k !== "read.rowsPrefix");
    for (const id of [...round.rules.map((r) => r.id), ...reading])
      expect([id, problemTitle(id, round)]).toEqual([id, expect.stringMatching(/^\p{Lu}/u)]);
  });

  it("names a form's rule by its kind, its form and the rows it relates", () => {
    expect(problemTitle("PL1.part_le_whole", round)).toBe(
      "Dòng này không được lớn hơn dòng kia — Phụ lục 1: 2.2 ≤ 2.1; 3.2.2 ≤ 3.2.1"
    );
  });

  it("groups a rule's problems together, errors first, in the order they were found", () => {
    const groups = groupProblems(
      [
        problem("plausible.tenfold", "warning", "PL1"),
        problem("PL1.part_le_whole", "error", "PL1"),
        problem("plausible.tenfold", "warning", "PL3"),
        problem("read.notNumber", "error", "PL3"),
      ],
      round
    );
    expect(groups.map((g) => [g.ruleId, g.problems.length])).toEqual([
      ["PL1.part_le_whole", 1],
      ["read.notNumber", 1],
      ["plausible.tenfold", 2],
    ]);
  });

  it("counts by severity and by form, the cover first, and filters by both", () => {
    const list = [
      problem("PL1.part_le_whole", "error", "PL1"),
      problem("cover.unit", "error", null),
      problem("plausible.tenfold", "warning", "PL1"),
    ];
    expect(problemCounts(list, round)).toEqual({
      errors: 2,
      warnings: 1,
      forms: [
        { form: "", count: 1 },
        { form: "PL1", count: 2 },
      ],
    });
    expect(filterProblems(list, { severity: "error", form: "PL1" }).map((p) => p.ruleId)).toEqual([
      "PL1.part_le_whole",
    ]);
    expect(filterProblems(list, { severity: null, form: "" }).map((p) => p.ruleId)).toEqual([
      "cover.unit",
    ]);
  });

  it("titles what a real check finds", () => {
    const report = checkTyped({ "Phụ lục 1": { E12: "nhiều", E13: 5 } });
    expect(groupProblems(report.problems, round).map((g) => g.title)).toContain("Không phải là số");
  });
});
