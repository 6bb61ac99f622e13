import { round } from "../support/round";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderApplicabilityDoc } from "../../scripts/applicability-doc";

import { withApplicability } from "../../src/core/catalogue/applicability";
import { NOTES } from "../../src/core/catalogue/columns";
import { catalogueIssues } from "../../src/core/catalogue/validate";
import { buildWorkbookLayout } from "../../src/core/layout";
import type { Rect } from "../../src/core/a1";
import type { Level } from "../../src/core/catalogue/schema";
import { checkFigures } from "../support/workbook";

const rows = round.forms.flatMap((f) => f.rows.map((r) => ({ form: f.id, ...r })));
const within = (r: Rect, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
const greyed = (key: string, level: Level) =>
  rows.find((r) => r.key === key)?.notFor?.includes(level) ?? false;

describe("which level reports which row", () => {
  it("is documented in docs/applicability.md, generated from the catalogue", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "applicability.md"), "utf8")).toBe(
      renderApplicabilityDoc(round)
    );
  });

  it("names only rows of the round, each scope with its reason", () => {
    for (const scope of round.scopes) {
      expect(scope.reason).not.toBe("");
      for (const key of scope.rows)
        expect(rows.some((r) => r.key === key || r.key.startsWith(`${key}.`))).toBe(true);
    }
  });

  it("keeps from a commune what only a province or a district reports (issue #10's cases)", () => {
    for (const key of [
      "pl3.procedures.tinh",
      "pl3.procedures.huyen",
      "pl4.structure.boards",
      "pl1.criteria.departments",
      "pl5.i.agencies",
      "pl5.iii.gd.huyen",
      "pl8.architecture",
      "pl8.lgsp",
      "pl8.edocs.linked.tinh",
      "thkq.ii.issued.hdnd_tinh",
    ])
      expect({ key, greyed: greyed(key, "xa") }).toEqual({ key, greyed: true });
  });

  it("keeps from a vertical agency the province's own documents, TTHC list and systems", () => {
    for (const key of ["pl2.issued", "pl3.procedures.xa", "pl8.lgsp", "pl8.edocs.usage.xa"])
      expect({ key, greyed: greyed(key, "nganhdoc") }).toEqual({ key, greyed: true });
  });

  it("asks every level for what every unit does: plans, dossiers, staff, online services", () => {
    const levels: Level[] = ["so", "huyen", "xa", "nganhdoc"];
    for (const key of [
      "pl1.plan.tasks",
      "pl3.feedback.received",
      "pl4.civil.quota",
      "pl8.dossiers.full",
    ])
      for (const level of levels)
        expect({ key, level, greyed: greyed(key, level) }).toEqual({ key, level, greyed: false });
  });

  it("greys a computed row for a level exactly when all its parts are greyed", () => {
    expect(catalogueIssues(round)).toEqual([]);
    const lopsided = {
      ...round,
      forms: round.forms.map((f) =>
        withApplicability(f, [
          { rows: ["pl1.plan.tasks", "pl1.plan.done"], notFor: ["xa"], reason: "x" },
        ])
      ),
    };
    expect(catalogueIssues(lopsided).map((i) => i.message)).toContain(
      "pl1.plan.rate is reported by xa, unlike its parts"
    );
  });

  it.each(["so", "huyen", "xa", "nganhdoc"] as const)(
    "lays out every row a %s does not report greyed, with no input cell, in every form",
    (level) => {
      const layout = buildWorkbookLayout(round, { unit: "Đơn vị", level });
      for (const sheet of layout.sheets)
        for (const slot of sheet.slots.values()) {
          if (slot.ref.period === NOTES) continue;
          const row = rows.find((r) => r.form === slot.ref.form && r.key === slot.ref.row)!;
          if (!row.notFor?.includes(level) || row.kind === "group") continue;
          const style = [...sheet.styles]
            .reverse()
            .find(({ rect }) => within(rect, slot.row, slot.col))?.style;
          expect({ key: row.key, style, input: slot.input }).toEqual({
            key: row.key,
            style: "notApplicable",
            input: undefined,
          });
        }
    }
  );
});

describe("a figure typed where the level does not report", () => {
  it("is an error naming the level and the seed's reason", () => {
    const report = checkFigures(
      { PL3: { "pl3.procedures.tinh": { y2021: 120 } } },
      { unit: "UBND xã Tân Hòa", level: "xa" }
    );
    expect(
      report.problems.filter((p) => p.ruleId === "level.not_applicable").map((p) => p.message)
    ).toEqual([
      expect.stringMatching(
        /đơn vị UBND cấp xã không báo cáo chỉ tiêu này \(TTHC cấp tỉnh do sở, ban, ngành cấp tỉnh giải quyết\)/
      ),
    ]);
  });
});
