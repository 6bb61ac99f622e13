import { round } from "../support/round";
import { mergeUnits } from "../../src/core/merge/merge";
import { consolidatingUnit, mergeOutcome } from "../../src/core/merge/outcome";
import { readUnit } from "../../src/core/merge/units";
import { initialMerge, mergeReducer, type MergeEvent } from "../../src/taskpane/merge-state";
import { unit, y } from "../support/units";

const A = unit("a.xlsx", "UBND xã An Bình", {
  PL1: y({ "pl1.plan.tasks": 10, "pl1.plan.done": 5 }),
});
const A2 = unit("a2.xlsx", "UBND xã An Bình", {
  PL1: y({ "pl1.plan.tasks": 12, "pl1.plan.done": 6 }),
});
const B = unit("b.xlsx", "UBND xã Bình Minh", {
  PL1: y({ "pl1.plan.tasks": 30, "pl1.plan.done": 25 }),
});
const broken = readUnit({ file: "c.xls", failure: "oldXls" });

describe("a merge's outcome, told alike by the pane and the command line", () => {
  it("is clean when every file merged with nothing to say", () => {
    expect(mergeOutcome(mergeUnits([A, B], round))).toEqual({
      verdict: "clean",
      merged: 2,
      files: 2,
      troubled: 0,
      missing: [],
    });
  });

  it("has problems when a file is left out or a roster unit sent nothing", () => {
    expect(mergeOutcome(mergeUnits([A, B, broken], round))).toMatchObject({
      verdict: "problems",
      merged: 2,
      troubled: 1,
    });
    expect(
      mergeOutcome(mergeUnits([A], round, { roster: [{ name: "UBND xã Bình Minh", level: "xa" }] }))
    ).toMatchObject({ verdict: "problems", missing: ["UBND xã Bình Minh"] });
  });

  it("is nothing when no unit could be merged", () => {
    expect(mergeOutcome(mergeUnits([broken], round)).verdict).toBe("nothing");
  });

  it("names the consolidating unit when its workbook does not", () => {
    expect(consolidatingUnit({ level: "so" })).toEqual({ level: "so", unit: "Đơn vị tổng hợp" });
    expect(consolidatingUnit({ unit: "Sở Nội vụ" })).toEqual({ unit: "Sở Nội vụ" });
  });
});

describe("the merge panel's states", () => {
  const run = (...events: MergeEvent[]) => events.reduce(mergeReducer, initialMerge);
  const { duplicates } = mergeUnits([A, A2, B], round);
  const consolidation = {
    info: {},
    roster: [],
    hasRoster: false,
    previous: [],
    names: [],
    leftovers: { merged: [], kept: [] },
  };

  it("shows the file being read, and forgets an old notice", () => {
    const s = run(
      { type: "cancelled" },
      { type: "progress", read: 2, checked: 1, n: 5, file: "b.xlsx" }
    );
    expect(s.phase).toEqual({ name: "reading", read: 2, checked: 1, n: 5, file: "b.xlsx" });
    expect(s.notice).toBeNull();
  });

  it("asks about each duplicate with no copy chosen in advance", () => {
    const s = run({
      type: "duplicates",
      duplicates,
      lines: [],
      consolidation,
      near: [],
      agreed: [],
    });
    expect(s.phase.name === "choosing" && s.phase.choices).toEqual({ [A.unitKey!]: null });
  });

  it("keeps the choice made", () => {
    const s = run(
      { type: "duplicates", duplicates, lines: [], consolidation, near: [], agreed: [] },
      { type: "choose", unitKey: A.unitKey!, file: "a2.xlsx" }
    );
    expect(s.phase.name === "choosing" && s.phase.choices[A.unitKey!]).toBe("a2.xlsx");
  });

  it("asks whether names a slip apart are one unit, with no answer in advance, and keeps the answer", () => {
    const near = [
      {
        keys: ["ủy ban nhân dân xã tân hòa", "ủy ban nhân dân xã tấn hòa"] as [string, string],
        names: ["UBND xã Tân Hòa", "UBND xã Tấn Hòa"] as [string, string],
        files: ["a.xlsx", "b.xlsx"] as [string, string],
      },
    ];
    const asked = run({
      type: "duplicates",
      duplicates: [],
      lines: [],
      consolidation,
      near,
      agreed: [],
    });
    expect(asked.phase.name === "choosing" && asked.phase.same).toEqual([null]);
    const answered = run(
      { type: "duplicates", duplicates: [], lines: [], consolidation, near, agreed: [] },
      { type: "same", pair: 0, same: true }
    );
    expect(answered.phase.name === "choosing" && answered.phase.same).toEqual([true]);
  });

  it("offers the roster until it is created", () => {
    expect(run({ type: "consolidation", rosterMissing: true }).rosterMissing).toBe(true);
    const s = run(
      { type: "consolidation", rosterMissing: true },
      { type: "rosterCreated", units: 2 }
    );
    expect([s.rosterMissing, s.notice]).toEqual([false, { kind: "rosterCreated", units: 2 }]);
  });

  it("goes back to idle with the failure's detail", () => {
    const failure = { message: "Không tìm thấy", detail: "ItemNotFound: …" };
    expect(run({ type: "writing", done: 0, total: 3 }, { type: "failed", failure })).toEqual({
      ...initialMerge,
      notice: { kind: "failed", failure },
    });
  });
});
