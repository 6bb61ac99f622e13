import fc from "fast-check";
import { round } from "../support/round";
import { consistentFigures } from "../support/consistent";
import { sheetsOf } from "../support/workbook";
import { unit, unitSheets, y } from "../support/units";
import type { Level } from "../../src/core/catalogue/schema";
import type { CoverInfo } from "../../src/core/layout/cover";
import { mergeUnits, type MergeResult } from "../../src/core/merge/merge";
import { mergeOutcome } from "../../src/core/merge/outcome";
import { mergeLayout } from "../../src/core/merge/output";
import { readUnit, type UnitEntry } from "../../src/core/merge/units";
import { rosterOf } from "../../src/core/merge/roster";
import { UNIT_ROWS } from "../../src/core/sheet-keys";

const FORMS = ["PL1", "PL3", "PL7", "PL8"];
const leaf = (i: number, seed: number, level: Level): UnitEntry => {
  const name = `${level === "xa" ? "UBND xã" : level === "huyen" ? "UBND huyện" : "Sở"} Số ${i}`;
  return unit(`${name}.xlsx`, name, consistentFigures(seed, level, FORMS), level);
};

/** A merge written as its layout would be, and read back as a unit file of the level above. */
const consolidate = (entries: UnitEntry[], info: CoverInfo, file: string): UnitEntry => {
  const result = mergeUnits(entries, round);
  return readUnit({ file, sheets: sheetsOf(mergeLayout(result, info, round)) });
};

/** What a merge comes to, as the consolidated forms and the per-unit sheet's totals show it. */
const figuresOf = (r: MergeResult) => ({
  merged: r.merged,
  byLevel: r.byLevel,
  units: r.units.map((u) => [u.name, u.level, u.figures]),
  flagged: r.flagged,
});

describe("a consolidation merged again", () => {
  // in the order of their names, as the per-unit sheet lists them
  const units = [leaf(3, 13, "huyen"), leaf(1, 11, "xa"), leaf(2, 12, "xa")];
  const huyen = consolidate(units, { unit: "UBND huyện Mẫu", level: "huyen" }, "huyen.xlsx");

  it("is read as the units it merged, each checked as its own file", () => {
    expect(huyen).toMatchObject({
      status: "consolidation",
      unit: "UBND huyện Mẫu",
      level: "huyen",
      detail: expect.stringContaining("3 đơn vị"),
    });
    expect(huyen.members!.map((m) => [m.unit, m.level, m.via, m.status])).toEqual(
      units.map((u) => [u.unit, u.level, "UBND huyện Mẫu", u.status])
    );
    expect(huyen.members!.map((m) => m.errors)).toEqual(units.map((u) => u.errors));
  });

  it("gives the figures of its units merged at once, with the level subtotals", () => {
    const direct = leaf(4, 14, "so");
    const once = mergeUnits([...units, direct], round);
    const twice = mergeUnits([huyen, direct], round);
    expect(figuresOf(twice)).toEqual(figuresOf(once));
    expect(once.byLevel.map((l) => [l.level, l.count])).toEqual([
      ["so", 1],
      ["huyen", 1],
      ["xa", 2],
    ]);
  });

  it("shows the tree: the consolidation's line, then each unit's, counted as units, not files", () => {
    const r = mergeUnits([huyen], round);
    expect(r.lines.map((l) => [l.file, l.status === "consolidation", l.via ?? null])).toEqual([
      ["huyen.xlsx", true, null],
      ...units.map((u) => [`huyen.xlsx › ${u.unit}`, false, "UBND huyện Mẫu"]),
    ]);
    const alone = mergeOutcome(mergeUnits(units, round));
    expect(mergeOutcome(r)).toEqual({ ...alone, files: 1 });
  });

  it("asks which copy counts when a unit is both in a consolidation and sent alone", () => {
    const r = mergeUnits([huyen, units[0]!], round);
    expect(r.duplicates).toEqual([
      expect.objectContaining({
        unit: units[0]!.unit,
        files: [`huyen.xlsx › ${units[0]!.unit}`, units[0]!.file],
        chosen: null,
      }),
    ]);
  });

  it("is never mixed with the consolidating unit's own report", () => {
    const own = leaf(9, 19, "huyen");
    const r = mergeUnits(
      [huyen, { ...own, unit: "UBND huyện Mẫu", unitKey: "ubnd huyen mau" }],
      round
    );
    expect(r.duplicates).toEqual([]);
    expect(r.units).toHaveLength(4);
  });
});

describe("merging a tree of units", () => {
  const LEVELS: Level[] = ["xa", "xa", "xa", "huyen", "so"];
  it("gives exactly the figures of merging all its units at once, for any tree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 210, maxLength: 230 }),
        (seed, places) => {
          const leaves = places.map((_, i) =>
            leaf(i, seed + i, LEVELS[(seed + i) % LEVELS.length]!)
          );
          // place 0: sent to the province directly; 1–4: through one of four huyện; 5: through a huyện
          // whose consolidation first went to a thị xã, three levels deep
          const through = (k: number) => leaves.filter((_, i) => places[i] === k);
          const huyen = [1, 2, 3, 4].map((k) =>
            consolidate(through(k), { unit: `UBND huyện ${k}`, level: "huyen" }, `huyen-${k}.xlsx`)
          );
          const deep = consolidate(
            [consolidate(through(5), { unit: "UBND xã Sâu", level: "xa" }, "sau.xlsx"), huyen[0]!],
            { unit: "UBND thị xã Giữa", level: "huyen" },
            "giua.xlsx"
          );
          const tree = mergeUnits([...through(0), deep, ...huyen.slice(1)], round);
          const flat = mergeUnits(leaves, round);
          expect(tree.units).toHaveLength(leaves.length);
          expect(figuresOf(tree)).toEqual(figuresOf(flat));
        }
      ),
      { numRuns: 2 }
    );
  });
});

describe("a consolidation as units send it: edited, odd or broken", () => {
  const units = [leaf(1, 21, "xa"), leaf(2, 22, "xa")];
  const sheets = () =>
    sheetsOf(
      mergeLayout(mergeUnits(units, round), { unit: "UBND huyện Mẫu", level: "huyen" }, round)
    );
  const perUnit = (s: ReturnType<typeof sheets>) => s.find((x) => x.name === "TH Chi tiết đơn vị")!;
  const firstUnitColumn = (s: ReturnType<typeof sheets>) => perUnit(s).rows[0]!.indexOf("unit");
  const rowOf = (s: ReturnType<typeof sheets>, key: string) =>
    perUnit(s).rows.findIndex((r) => r[0] === key);

  it("checks a figure typed over a unit's column as that unit's file: an error with its cell", () => {
    const s = sheets();
    perUnit(s).rows[rowOf(s, "PL1|pl1.plan.tasks|y2021")]![firstUnitColumn(s)] = "nhiều";
    const [first] = readUnit({ file: "h.xlsx", sheets: s }).members!;
    expect(first).toMatchObject({ status: "problems", errors: 1 });
    expect(first!.problems[0]!.cells).toMatch(/^TH Chi tiết đơn vị!/);
  });

  it("keeps a unit column whose name was cleared, as a line saying so, never merged", () => {
    const s = sheets();
    perUnit(s).rows[UNIT_ROWS.name]![firstUnitColumn(s)] = null;
    const r = mergeUnits([readUnit({ file: "h.xlsx", sheets: s })], round);
    expect(r.lines.map((l) => l.status)).toEqual(["consolidation", "noUnit", "ok"]);
    expect(r.lines[1]!.file).toMatch(/cột H chưa có tên đơn vị/);
    expect(r.units).toHaveLength(1);
  });

  it("refuses a per-unit sheet with a figure row the round does not know, naming it", () => {
    const s = sheets();
    perUnit(s).rows.push(["PL1|không có|y2021"]);
    const e = readUnit({ file: "h.xlsx", sheets: s });
    expect(e.status).toBe("unreadable");
    expect(e.members).toBeUndefined();
    expect(e.detail).toContain("PL1|không có|y2021");
  });

  it("refuses a consolidation of another template version, as a unit's file", () => {
    const s = sheets().map((x) =>
      x.name === "TH Thông tin"
        ? {
            ...x,
            rows: x.rows.map((r) =>
              r[0] === "version" ? [r[0], r[1] ?? null, "CCHC-2021-2025/1"] : r
            ),
          }
        : x
    );
    expect(readUnit({ file: "h.xlsx", sheets: s }, round).status).toBe("otherVersion");
  });

  it("lists its units, not itself, in a roster made from the files just merged", () => {
    const r = mergeUnits([readUnit({ file: "h.xlsx", sheets: sheets() })], round);
    expect(rosterOf(r.lines).map((e) => e.name)).toEqual(units.map((u) => u.unit));
  });
});

describe("a consolidation made in the consolidating office's own workbook", () => {
  it("is named by the cover its merge wrote, and says its own forms' figures are not added", () => {
    const units = [leaf(1, 31, "xa"), leaf(2, 32, "xa")];
    const own = unitSheets("Phòng Nội vụ huyện Mẫu", { PL1: y({ "pl1.plan.tasks": 4 }) }, "huyen");
    const merged = sheetsOf(
      mergeLayout(mergeUnits(units, round), { unit: "UBND huyện Mẫu", level: "huyen" }, round)
    );
    const e = readUnit({ file: "h.xlsx", sheets: [...own, ...merged] });
    expect(e).toMatchObject({ status: "consolidation", unit: "UBND huyện Mẫu" });
    expect(e.detail).toContain(
      "Số liệu riêng của đơn vị tổng hợp (Phụ lục 1) không được cộng thêm"
    );
    expect(mergeUnits([e], round).units.map((u) => u.name)).toEqual(units.map((u) => u.unit));
  });
});
