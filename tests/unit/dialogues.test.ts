import { round } from "../support/round";
import { NOTES } from "../../src/core/catalogue/columns";
import { figureKey, figureRef } from "../../src/core/figure";
import { buildWorkbookLayout } from "../../src/core/layout";
import { checkFigures } from "../support/workbook";

const dialogue = (answer: number, notes?: string) =>
  checkFigures(
    {
      // answered once, in Phụ lục 1 row 8: the Bảng tổng hợp's row I.7 takes it by formula
      PL1: { "pl1.dialogue": { y2023: answer } },
      ...(notes ? { THKQ: { "thkq.i.dialogue": { notes } } } : {}),
    },
    { unit: "UBND huyện Vũ Thư", level: "huyen" }
  ).problems.filter((p) => p.ruleId === "THKQ.i.dialogue_count");

describe("dialogues with the people, as seed 002 asks: “Có = 1 … Ghi rõ bao nhiêu cuộc”", () => {
  it("asks how many when a year says Có and the Ghi chú is blank", () => {
    expect(dialogue(1).map((p) => [p.severity, p.message])).toEqual([
      [
        "warning",
        "Bảng tổng hợp, dòng I.7 (Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp) là “Có” (năm 2023) nhưng cột Ghi chú còn trống: Ghi rõ bao nhiêu cuộc.",
      ],
    ]);
  });

  it("is content with the count written, and asks nothing of a Không", () => {
    expect(dialogue(1, "Năm 2023: 4 cuộc")).toEqual([]);
    expect(dialogue(0)).toEqual([]);
  });

  it("says so where the unit types: the Ghi chú cell's input message", () => {
    const thkq = buildWorkbookLayout(round, { level: "huyen" }).sheets.find(
      (s) => s.id === "THKQ"
    )!;
    const note = thkq.slots.get(figureKey(figureRef("THKQ", "thkq.i.dialogue", NOTES)))!;
    const rule = thkq.validations.find(
      (v) => v.rect.row === note.row && v.rect.col === note.col
    )!.validation;
    expect(rule.prompt).toBe("Ghi rõ bao nhiêu cuộc");
  });
});
