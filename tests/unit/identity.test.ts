import { round } from "../support/round";
import fc from "fast-check";
import { nearKeys, oneSlipApart, unitKeyOf, unitKeyOfCover } from "../../src/core/merge/identity";
import { readUnit } from "../../src/core/merge/units";
import { filledSheets } from "../support/workbook";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeOutcome } from "../../src/core/merge/outcome";
import { unit, y } from "../support/units";
import { inRoster } from "../../src/core/merge/roster";

const same = (...names: string[]) => new Set(names.map(unitKeyOf)).size === 1;

describe("a unit's identity, whichever way its name is typed", () => {
  it("is one for the tone mark on either vowel, as Unikey's old and new styles place it", () => {
    expect(same("UBND xã Tân Hòa", "UBND xã Tân Hoà")).toBe(true);
    expect(same("UBND xã Thủy Hòa", "UBND xã Thuỷ Hoà")).toBe(true);
    expect(same("Sở Y tế", "Sở Y tế".normalize("NFD"))).toBe(true);
  });

  it("is one for UBND and Ủy ban nhân dân, TP. and thành phố, case, spaces and dots", () => {
    expect(
      same("UBND xã An Bình", "Ủy ban nhân dân xã An Bình", "ủy  ban nhân dân XÃ An Bình")
    ).toBe(true);
    expect(same("UBND TP. Thái Bình", "Ủy ban nhân dân thành phố Thái Bình")).toBe(true);
    expect(same("HĐND huyện Vũ Thư", "Hội đồng nhân dân huyện Vũ Thư")).toBe(true);
  });

  it("keeps apart names that differ by a letter or an accent: a near match is never merged", () => {
    expect(same("UBND xã An Bình", "UBND xã An Binh")).toBe(false);
    expect(same("UBND xã Tân Hòa", "UBND xã Tân Hóa")).toBe(false);
    expect(same("UBND phường 1", "UBND phường 11")).toBe(false);
  });

  it("finds a roster line written another way", () => {
    expect(inRoster([{ name: "UBND xã An Bình", level: "xa" }], "Ủy ban nhân dân xã An Bình")).toBe(
      true
    );
  });

  it("is the same for a name and the name retyped: case, spacing and composition never matter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Hòa", "Hoà", "xã", "UBND", "Ủy", "ban", "An", "Bình", "1"), {
          minLength: 1,
          maxLength: 5,
        }),
        (words) => {
          const name = words.join(" ");
          expect(unitKeyOf(`  ${name.toLocaleUpperCase("vi")}  `.normalize("NFD"))).toBe(
            unitKeyOf(name)
          );
        }
      )
    );
  });
});

describe("names a letter or an accent apart", () => {
  const slip = (a: string, b: string) => oneSlipApart(unitKeyOf(a), unitKeyOf(b));

  it("are a slip to ask about: a letter, an accent, one letter more", () => {
    expect(slip("UBND xã An Bình", "UBND xã An Binh")).toBe(true);
    expect(slip("UBND xã Tân Hòa", "UBND xã Tấn Hòa")).toBe(true);
    expect(slip("UBND xã An", "UBND xã Anh")).toBe(true);
  });

  it("are not when a number differs, or more than one letter", () => {
    expect(slip("UBND phường 1", "UBND phường 2")).toBe(false);
    expect(slip("UBND phường 1", "UBND phường 11")).toBe(false);
    expect(slip("UBND xã Bình An", "UBND xã An Bình")).toBe(false);
    expect(slip("UBND xã Tân Hòa", "UBND xã Tân Hoà")).toBe(false);
    expect(slip("UBND xã A", "UBND xã B")).toBe(false);
  });

  it("are asked about on both files, which stay two units", () => {
    const a = unit("a.xlsx", "UBND xã Tân Hòa", { PL1: y({ "pl1.plan.tasks": 1 }) });
    const b = unit("b.xlsx", "UBND xã Tấn Hòa", { PL1: y({ "pl1.plan.tasks": 2 }) });
    const r = mergeUnits([a, b], round);
    expect(r.units).toHaveLength(2);
    expect(r.lines.map((l) => l.notes)).toEqual([
      [
        expect.stringMatching(
          /^Tên gần giống “UBND xã Tấn Hòa” \(b\.xlsx\): có phải là cùng một đơn vị\?/
        ),
      ],
      [expect.stringMatching(/^Tên gần giống “UBND xã Tân Hòa” \(a\.xlsx\)/)],
    ]);
    expect(mergeOutcome(r).verdict).toBe("problems");
  });

  it("are offered as a pair, and once said to be one unit their files are copies of it", () => {
    const a = unit("a.xlsx", "UBND xã Tân Hòa", { PL1: y({ "pl1.plan.tasks": 1 }) });
    const b = unit("b.xlsx", "UBND xã Tấn Hòa", { PL1: y({ "pl1.plan.tasks": 2 }) });
    const asked = mergeUnits([a, b], round);
    expect(asked.near).toEqual([
      expect.objectContaining({
        names: ["UBND xã Tân Hòa", "UBND xã Tấn Hòa"],
        files: ["a.xlsx", "b.xlsx"],
      }),
    ]);
    const same = mergeUnits([a, b], round, { same: [asked.near[0]!.keys] });
    expect(same.near).toEqual([]);
    expect(same.duplicates.map((d) => d.files)).toEqual([["a.xlsx", "b.xlsx"]]);
    const chosen = mergeUnits([a, b], round, {
      same: [asked.near[0]!.keys],
      choices: { [same.duplicates[0]!.unitKey]: "b.xlsx" },
    });
    expect(chosen.merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(2);
  });

  it("ask whether a unit not in the roster is the roster's line a slip away", () => {
    const a = unit("a.xlsx", "UBND xã An Binh", { PL1: y({ "pl1.plan.tasks": 1 }) });
    const r = mergeUnits([a], round, { roster: [{ name: "UBND xã An Bình", level: "xa" }] });
    expect(r.lines[0]!.notes).toEqual([
      "Không có trong danh sách đơn vị, nhưng gần giống “UBND xã An Bình” trong danh sách: có phải là đơn vị này? Nếu đúng, sửa tên cho giống nhau",
    ]);
  });

  it("are found among 2,000 units at once, none among numbered wards", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => unitKeyOf(`UBND phường ${i}`));
    expect(nearKeys(keys).size).toBe(0);
    expect(nearKeys([...keys, unitKeyOf("UBND phưởng 7")]).get(unitKeyOf("UBND phưởng 7"))).toEqual(
      [unitKeyOf("UBND phường 7")]
    );
  });
});

describe("a unit's code on the cover (Mã đơn vị), where the province gives one", () => {
  const coded = (file: string, name: string, code: string, tasks: number) =>
    readUnit({
      file,
      sheets: filledSheets(
        { PL1: y({ "pl1.plan.tasks": tasks }) },
        { unit: name, level: "xa", code }
      ),
    });

  it("wins over the name: the same code is the same unit, however its name is typed", () => {
    const r = mergeUnits(
      [
        coded("a.xlsx", "UBND xã Tân Hòa", "25123", 1),
        coded("b.xlsx", "Ủy ban xã Tân Hoà", " 25 123 ", 2),
      ],
      round
    );
    expect(r.duplicates.map((d) => d.files)).toEqual([["a.xlsx", "b.xlsx"]]);
  });

  it("tells apart two units of one name: two Phường 1 of two towns, each with its code", () => {
    const r = mergeUnits(
      [coded("a.xlsx", "UBND Phường 1", "26001", 1), coded("b.xlsx", "UBND Phường 1", "27001", 2)],
      round
    );
    expect(r.duplicates).toEqual([]);
    expect(r.units).toHaveLength(2);
    expect(r.merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(3);
  });

  it("is never a slip of another code, and a roster still finds the unit by its name", () => {
    expect(nearKeys([unitKeyOfCover("x", "TANHOA"), unitKeyOfCover("y", "TANHOB")]).size).toBe(0);
    const r = mergeUnits([coded("a.xlsx", "UBND xã An Bình", "25001", 1)], round, {
      roster: [{ name: "UBND xã An Bình", level: "xa" }],
    });
    expect(r.missing).toEqual([]);
    expect(r.lines[0]!.notes).toEqual([]);
  });
});
