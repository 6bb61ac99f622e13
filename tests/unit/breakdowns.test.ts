import type { Figures } from "../../src/core/values";
import { checkFigures } from "../support/workbook";

const Y = { y2021: 0 };
const at = (n: number) => ({ y2021: n });
const ids = (figures: Figures, level: "xa" | "huyen" | "so") =>
  checkFigures(figures, { unit: "Đơn vị", level })
    .problems.filter((p) => /breakdown|by_type|by_autonomy|by_share/.test(p.ruleId))
    .map((p) => `${p.ruleId} ${p.severity}: ${p.message}`);

describe("a breakdown, for a unit of each level", () => {
  it("adds up a commune's documents from the two types a commune issues: the others are greyed, 0", () => {
    const pl2 = (total: number): Figures => ({
      PL2: {
        "pl2.issued": at(total),
        "pl2.issued.hdnd_xa": at(2),
        "pl2.issued.ubnd_xa": at(3),
      },
    });
    expect(ids(pl2(5), "xa")).toEqual([]);
    expect(ids(pl2(6), "xa")).toEqual([
      expect.stringMatching(
        /^PL2\.issued_by_type error: .* là 6, nhưng tổng các dòng thành phần .* là 5/
      ),
    ]);
  });

  it("asks for the parts a unit's level reports when the total is typed: blank is not 0", () => {
    const pl7: Figures = {
      PL7: {
        "pl7.units": at(10),
        "pl7.units.full": at(4),
        "pl7.units.recurrent": at(6),
      },
    };
    expect(ids(pl7, "huyen")).toEqual([
      "PL7.units_by_autonomy_blank warning: Phụ lục 7, dòng 3 (Tổng số ĐVSN công lập tại địa phương) là 10, nhưng dòng 3.3, 3.4 còn trống, năm 2021: chưa kiểm tra được tổng. Ô trống không phải là 0 — hãy nhập 0 nếu không có.",
    ]);
    const zeros: Figures = {
      PL7: { ...pl7.PL7, "pl7.units.partial": Y, "pl7.units.state": Y },
    };
    expect(ids(zeros, "huyen")).toEqual([]);
  });

  it("never asks a Sở for the types only districts and communes issue", () => {
    const pl2: Figures = {
      PL2: {
        "pl2.issued": at(7),
        "pl2.issued.hdnd_tinh": at(3),
        "pl2.issued.ubnd_tinh": at(4),
      },
    };
    expect(ids(pl2, "so")).toEqual([]);
  });

  it("asks a district for its communes' types too, which its report covers", () => {
    const pl2: Figures = {
      PL2: {
        "pl2.issued": at(7),
        "pl2.issued.hdnd_huyen": at(3),
        "pl2.issued.ubnd_huyen": at(4),
      },
    };
    expect(ids(pl2, "huyen")).toEqual([
      expect.stringMatching(
        /^PL2\.issued_by_type_blank warning: .*"Nghị quyết của Hội đồng nhân dân cấp xã", "Quyết định của Ủy ban nhân dân cấp xã" còn trống/
      ),
    ]);
  });
});
