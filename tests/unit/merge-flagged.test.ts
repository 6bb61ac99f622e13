import { figureKey, figureRef } from "../../src/core/figure";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeLayout } from "../../src/core/merge/output";
import { round } from "../support/round";
import { unit, y } from "../support/units";

// UBND xã Bình typed more tasks done than planned: an error in Phụ lục 1 rows 2.1 and 2.2
const clean = unit("a.xlsx", "UBND xã An", {
  PL1: y({ "pl1.plan.tasks": 10, "pl1.plan.done": 8 }),
});
const wrong = unit("b.xlsx", "UBND xã Bình", {
  PL1: y({ "pl1.plan.tasks": 5, "pl1.plan.done": 7 }),
});
const notesOf = (r: ReturnType<typeof mergeUnits>, row: string) =>
  r.merged.notes.get(figureKey(figureRef("PL1", row, "notes")));

describe("merged figures that include a unit whose file has an error in that row", () => {
  const r = mergeUnits([clean, wrong], round);

  it("are merged, the file's error said on its line", () => {
    expect(r.lines.map((l) => [l.file, l.included, l.status])).toEqual([
      ["a.xlsx", true, "ok"],
      ["b.xlsx", true, "problems"],
    ]);
    expect(r.merged.figures.PL1?.["pl1.plan.done"]?.y2021).toBe(15);
  });

  it("are marked in the row's note, with the units", () => {
    expect(notesOf(r, "pl1.plan.done")).toBe(
      "⚠ gồm số liệu của đơn vị có lỗi ở dòng này: UBND xã Bình"
    );
    expect(notesOf(r, "pl1.plan.tasks")).toMatch(/^⚠ gồm số liệu của đơn vị có lỗi/);
    expect(notesOf(r, "pl1.docs")).toBeUndefined();
    // beside the merged figures, in the consolidated form's Ghi chú tổng hợp column
    const pl1 = mergeLayout(r, { unit: "UBND huyện Vũ Thư" }, round).sheets.find(
      (s) => s.id === "PL1"
    )!;
    expect(pl1.cells.map((c) => c.value)).toContain(
      "⚠ gồm số liệu của đơn vị có lỗi ở dòng này: UBND xã Bình"
    );
  });

  it("are listed in the report sheet, row by row", () => {
    expect(r.flagged).toEqual([
      { form: "PL1", row: "pl1.plan.tasks", units: ["UBND xã Bình"] },
      { form: "PL1", row: "pl1.plan.done", units: ["UBND xã Bình"] },
    ]);
    const report = mergeLayout(r, { unit: "UBND huyện Vũ Thư" }, round).sheets.find(
      (s) => s.id === "REPORT"
    )!;
    const texts = report.cells.map((c) => c.value);
    expect(texts).toContain(
      "Dòng tổng hợp có số liệu của đơn vị mà tệp có lỗi ở chính dòng đó (đọc thận trọng, đề nghị đơn vị sửa): 2"
    );
    expect(texts).toContain("Phụ lục 1, dòng 2.2 (Số nhiệm vụ đã hoàn thành)");
  });

  it("are not marked when the unit with the error is left out", () => {
    const skipped = mergeUnits([clean, wrong], round, { skipErrors: true });
    expect(skipped.flagged).toEqual([]);
    expect(notesOf(skipped, "pl1.plan.done")).toBeUndefined();
  });
});
