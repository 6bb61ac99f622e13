import { round } from "../support/round";

import { assess as judge } from "../../src/core/assess/targets";
import { computeAll } from "../../src/core/compute";
import { oneDecimal } from "../../src/core/assess/format";
import { thresholdValue } from "../../src/core/assess/threshold";
import type { Figures } from "../../src/core/values";

const set = round.targets;
const target = (no: number) => set.targets.find((t) => t.no === no)!;
const assess: typeof judge = (t, s, figures, level) =>
  judge(t, s, computeAll(figures, round), level);
const years = (values: (number | null)[]) =>
  Object.fromEntries(values.map((v, i) => [`y${2021 + i}`, v]));

describe("Phụ lục 9 assessment", () => {
  it("writes one decimal with a comma", () => {
    expect(oneDecimal(85.24)).toBe("85,2");
    expect(oneDecimal(85.25)).toBe("85,3");
    expect(oneDecimal(-5.2)).toBe("-5,2");
    expect(oneDecimal(100)).toBe("100,0");
  });

  it("reads target 4's +20% as points a year, by tier, capped at 100", () => {
    const t = target(4).checks[0]!.threshold;
    expect(thresholdValue(t, "tinh", 2021)).toBe(30);
    expect(thresholdValue(t, "huyen", 2023)).toBe(60);
    expect(thresholdValue(t, "xa", 2025)).toBe(95);
    expect(thresholdValue(t, "tinh", 2025)).toBe(100);
    expect(thresholdValue(t, null, 2025)).toBeNull();
  });

  it("judges target 3 from the latest PL8 6.5, with its evidence", () => {
    const figures: Figures = {
      PL8: {
        "pl8.payment.fees": years([100, 100, 200, null, null]),
        "pl8.payment.integrated": years([50, 60, 170.4, null, null]),
      },
    };
    const a = assess(target(3), set, figures, "so");
    expect(a.verdict).toBe("dat");
    expect(a.evidence).toBe("PL8 6.5 = 85,2 % ≥ 80 % (năm 2023)");
    expect(a.unmeasured).toMatch(/30%/);
  });

  it("judges nothing from a share over 100 %: its parts contradict each other, and the evidence says so", () => {
    const figures: Figures = {
      PL8: {
        "pl8.payment.fees": years([100, null, null, null, null]),
        "pl8.payment.integrated": years([120, null, null, null, null]),
      },
    };
    const a = assess(target(3), set, figures, "so");
    expect(a.verdict).toBe("chuaDuSoLieu");
    expect(a.evidence).toBe(
      "PL8 6.5 = 120,0 %: không thể quá 100 %, số liệu thành phần mâu thuẫn nhau — sửa rồi mới đánh giá được"
    );
    expect(a.result).toMatch(/Chưa đủ số liệu để đề xuất\.$/);
  });

  it("takes a rise as a negative fall, not as figures that contradict each other", () => {
    const figures: Figures = {
      PL7: { "pl7.units": years([10, null, null, null, 12]) },
      PL4: { "pl4.service.quota": years([100, null, null, null, 80]) },
    };
    const a = assess(target(10), set, figures, "so");
    expect(a.verdict).toBe("khongDat");
    expect(a.evidence).toMatch(/^PL7 3 giảm so với 2021 = -20,0 % < 10 %/);
  });

  it("judges target 4 against the threshold of the unit's tier and year", () => {
    const figures: Figures = {
      PL3: { "pl3.digitised.results": years([null, null, 58, null, null]) },
    };
    expect(assess(target(4), set, figures, "huyen").verdict).toBe("khongDat");
    expect(assess(target(4), set, figures, "xa").verdict).toBe("dat");
    expect(assess(target(4), set, figures, null).verdict).toBe("chuaDuSoLieu");
  });

  it("never holds target 4's figure at 31/3/2025 to the year's target: the latest whole year is judged", () => {
    // a district: 80 % needed in 2024, 100 % by the end of 2025
    const figures: Figures = {
      PL3: { "pl3.digitised.results": years([null, null, null, 85, 90]) },
    };
    const a = assess(target(4), set, figures, "huyen");
    expect([a.verdict, a.evidence]).toEqual(["dat", "PL3 6.1 = 85,0 % ≥ 80 % (năm 2024)"]);
    const onlyMarch = { PL3: { "pl3.digitised.results": years([null, null, null, null, 90]) } };
    expect(assess(target(4), set, onlyMarch, "huyen").verdict).toBe("chuaDuSoLieu");
  });

  it("judges a fixed minimum on the latest figure, 31/3/2025 included", () => {
    const figures: Figures = {
      PL8: {
        "pl8.payment.fees": years([null, null, null, 100, 100]),
        "pl8.payment.integrated": years([null, null, null, 70, 85]),
      },
    };
    expect(assess(target(3), set, figures, "huyen").evidence).toBe(
      "PL8 6.5 = 85,0 % ≥ 80 % (năm 2025)"
    );
  });

  it("needs every check of target 5 met", () => {
    const pl8 = {
      "pl8.online.eligible": years([null, null, null, null, 100]),
      "pl8.online.full": years([null, null, null, null, 90]),
      "pl8.dossiers.full": years([null, null, null, null, 100]),
      "pl8.dossiers.full_online": years([null, null, null, null, 30]),
      "pl8.dossiers.partial": years([null, null, null, null, 100]),
      "pl8.dossiers.partial_online": years([null, null, null, null, 60]),
    };
    const a = assess(target(5), set, { PL8: pl8 }, "so");
    expect(a.checks.map((c) => c.met)).toEqual([true, false]);
    expect(a.verdict).toBe("khongDat");
    // the evidence says what it measures, and the remark what no form measures
    expect(a.evidence).toBe(
      "DVCTT toàn trình / DVC đủ điều kiện (PL8 6.1) = 90,0 % ≥ 80 % (năm 2025); Hồ sơ nộp trực tuyến / hồ sơ của các DVCTT (PL8 (6.3.2 + 6.4.2)/(6.3.1 + 6.4.1)) = 45,0 % < 50 % (năm 2025)"
    );
    expect(a.unmeasured).toMatch(/DVC trực tuyến một phần .* chưa cung cấp trực tuyến/);
  });

  it("measures target 10 as the fall from 2021 to 2025", () => {
    const figures: Figures = {
      PL7: { "pl7.units": years([200, null, null, null, 178]) },
      PL4: { "pl4.service.quota": years([1000, null, null, null, 890]) },
    };
    const a = assess(target(10), set, figures, "so");
    expect(a.evidence).toBe(
      "PL7 3 giảm so với 2021 = 11,0 % ≥ 10 % (năm 2025); PL4 3.1 giảm so với 2021 = 11,0 % ≥ 10 % (năm 2025)"
    );
    expect(a.verdict).toBe("dat");
  });

  it("says which figure is missing when it cannot judge", () => {
    const a = assess(target(19), set, {}, "so");
    expect(a.verdict).toBe("chuaDuSoLieu");
    expect(a.evidence).toBe("PL8 3: chưa có số liệu");
  });
});
