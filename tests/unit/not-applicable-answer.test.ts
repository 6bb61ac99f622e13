import { round } from "../support/round";
import { rowOf, formIn } from "../../src/core/catalogue";
import { figureKey, figureRef } from "../../src/core/figure";
import { inputOf, numberRuleFormula } from "../../src/core/layout/inputs";
import { mergeUnits } from "../../src/core/merge/merge";
import { readCell } from "../../src/core/read/parse";
import { NOT_APPLICABLE, type Figures } from "../../src/core/values";
import { createForms, type Decision } from "../../src/office/create-forms";
import { fakeHost } from "../fake-excel/host";
import { unit } from "../support/units";
import { checkFigures, checkTyped } from "../support/workbook";

const row = (form: string, key: string) => rowOf(formIn(round, form), key)!;
const at = (n: number | string) => ({ y2021: n });
const problems = (figures: Figures, level: "xa" | "huyen" | "so" = "huyen") =>
  checkFigures(figures, { unit: "Đơn vị", level })
    // Phụ lục 9 asks the unit to confirm what these figures propose: not what is tested here
    .problems.filter((p) => p.ruleId !== "PL9.verdict_review")
    .map((p) => `${p.ruleId}: ${p.message}`);

describe('the answer "Không áp dụng" in a figure row', () => {
  it("is read as an answer, not blank and not a number, however it is capitalised", () => {
    for (const raw of ["Không áp dụng", "  không áp dụng ", "KHÔNG ÁP DỤNG"])
      expect(readCell(row("PL1", "pl1.plan.tasks"), raw)).toEqual({ value: NOT_APPLICABLE });
    expect(readCell(row("PL1", "pl1.survey.satisfaction"), "Không áp dụng").value).toBe(
      NOT_APPLICABLE
    );
  });

  it("is not a code: a yes/no row answers Có or Không", () => {
    const yesNo = formIn(round, "PL1").rows.find((r) => r.kind === "yesNo")!;
    expect(readCell(yesNo, "Không áp dụng").issue?.code).toBe("read.notCode");
  });

  it("is offered by every count, amount and rate cell's validation, and its prompt says so", () => {
    for (const kind of ["count", "amount", "enteredRate"] as const) {
      const r = round.forms.flatMap((f) => f.rows).find((x) => x.kind === kind)!;
      const input = inputOf(r)!;
      expect(input.validation).toMatchObject({ orText: "Không áp dụng" });
      expect(input.validation.prompt).toContain("Không áp dụng");
    }
  });

  it("is checked in Excel by a formula that never reaches INT with a text", () => {
    const count = inputOf(row("PL1", "pl1.plan.tasks"))!.validation;
    const rate = inputOf(row("PL1", "pl1.survey.satisfaction"))!.validation;
    if (count.type !== "whole" || rate.type !== "decimal") throw new Error("number validations");
    expect(numberRuleFormula(count, 11, 4)).toBe(
      'IF(ISNUMBER(E12),AND(E12>=0,E12=INT(E12)),E12="Không áp dụng")'
    );
    expect(numberRuleFormula(rate, 7, 5)).toBe(
      'IF(ISNUMBER(F8),AND(F8>=0,F8<=100),F8="Không áp dụng")'
    );
  });

  it("counts as 0 in a breakdown, and is not a blank part", () => {
    const pl7 = (partial: number | string): Figures => ({
      PL7: {
        "pl7.units": at(10),
        "pl7.units.full": at(4),
        "pl7.units.recurrent": at(6),
        "pl7.units.partial": at(partial),
        "pl7.units.state": at(NOT_APPLICABLE),
      },
    });
    expect(problems(pl7(NOT_APPLICABLE))).toEqual([]);
    // blank, it asks; as a figure, it is added
    expect(problems(pl7(""))).toEqual([
      expect.stringMatching(/^PL7\.units_by_autonomy_blank: .* dòng 3\.3 còn trống/),
    ]);
    expect(problems({ PL7: { ...pl7(0).PL7, "pl7.units.full": at(5) } })).toEqual([
      expect.stringMatching(/^PL7\.units_by_autonomy: .* là 10, nhưng tổng .* là 11/),
    ]);
  });

  it("as a total, says the parts are 0: figures under it are an error that shows the answer", () => {
    expect(
      problems({
        PL7: {
          "pl7.units": at(NOT_APPLICABLE),
          "pl7.units.full": at(4),
          "pl7.units.recurrent": at(0),
          "pl7.units.partial": at(0),
          "pl7.units.state": at(0),
        },
      })
    ).toEqual([
      expect.stringMatching(/^PL7\.units_by_autonomy: .* là Không áp dụng, nhưng tổng .* là 4/),
    ]);
  });

  it("as a whole, holds no part: a part typed under it is an error", () => {
    expect(
      problems({ PL1: { "pl1.plan.tasks": at(NOT_APPLICABLE), "pl1.plan.done": at(3) } })
    ).toEqual([expect.stringMatching(/^PL1\.part_le_whole: .*\(3\) lớn hơn .*\(Không áp dụng\)/)]);
    expect(
      problems({
        PL1: { "pl1.plan.tasks": at(NOT_APPLICABLE), "pl1.plan.done": at(NOT_APPLICABLE) },
      })
    ).toEqual([]);
  });

  it("gives no rate: the sheet's formula and the engine both leave it blank", () => {
    const report = checkTyped({ "Phụ lục 1": { E12: "Không áp dụng", E13: "Không áp dụng" } });
    expect(report.typed.PL1?.["pl1.plan.tasks"]?.y2021).toBe(NOT_APPLICABLE);
    expect(report.figures.PL1?.["pl1.plan.rate"]?.y2021 ?? null).toBeNull();
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("is no figure in a greyed row either, so it is no error there", () => {
    expect(
      problems({ PL2: { "pl2.issued.hdnd_tinh": at(NOT_APPLICABLE) } }, "xa").filter((p) =>
        p.startsWith("applicability")
      )
    ).toEqual([]);
  });
});

describe('"Không áp dụng" in the consolidation', () => {
  const TASKS = figureRef("PL1", "pl1.plan.tasks", "y2021");
  const merged = (...answers: (number | string)[]) =>
    mergeUnits(
      answers.map((a, i) =>
        unit(`u${i}.xlsx`, `UBND xã Số ${i}`, { PL1: { "pl1.plan.tasks": at(a) } })
      ),
      round
    ).merged;

  it("is the consolidation's answer when every unit gave it", () => {
    expect(merged(NOT_APPLICABLE, NOT_APPLICABLE).figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(
      NOT_APPLICABLE
    );
  });

  it("adds nothing to the other units' figures, and the note says how many gave it", () => {
    const m = merged(NOT_APPLICABLE, 7, 5);
    expect(m.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(12);
    expect(m.notes.get(figureKey({ ...TASKS, period: "notes" }))).toBe(
      "năm 2021: 1 đơn vị trả lời Không áp dụng, không tính vào số tổng hợp"
    );
  });
});

describe('"Không áp dụng" in Excel', () => {
  const never = async (): Promise<Decision> => {
    throw new Error("asked when nothing existed");
  };

  it("is taken by a custom rule read from each range's own top-left cell", async () => {
    const host = fakeHost();
    await createForms(host, { unit: "UBND huyện Vũ Thư", level: "huyen" }, never);
    const custom = host.model.sheet("Phụ lục 1")!.validations.flatMap((v) => {
      const formula = (v.rule as { custom?: { formula: string } }).custom?.formula;
      return formula ? [{ rect: v.rect, formula }] : [];
    });
    expect(custom.length).toBeGreaterThan(0);
    for (const { rect, formula } of custom)
      expect(formula).toMatch(
        new RegExp(`^=IF\\(ISNUMBER\\(${String.fromCharCode(65 + rect.col)}${rect.row + 1}\\)`)
      );
  });
});
