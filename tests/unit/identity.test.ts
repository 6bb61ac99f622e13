import fc from "fast-check";
import { unitKeyOf } from "../../src/core/merge/identity";
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
