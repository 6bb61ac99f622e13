import { round } from "../support/round";
import { computeAll } from "../../src/core/compute";

import type { Form, Row } from "../../src/core/catalogue/schema";
import { catalogueIssues } from "../../src/core/catalogue/validate";
import { fold, seedSection, seedSttCodes } from "../support/seeds";

/** The label as the seed prints it: each recorded fix undone. */
const seedLabel = (r: Row): string =>
  (r.fixes ?? []).reduce((label, f) => label.replace(f.fixed, f.seed), r.label);
/** STT codes as the seed prints them, the form's recorded STT fixes undone. */
const seedStt = (form: Form, stt: string): string[] => {
  const fixes = (form.fixes ?? []).filter((f) => f.fixed === stt);
  return [stt, ...fixes.map((f) => f.seed)];
};

describe("the form catalogue", () => {
  it("passes its schema: what the types cannot say is checked here, not in the pane", () => {
    expect(catalogueIssues(round)).toEqual([]);
  });

  it("would be refused with a row key used twice or a rate without its expression", () => {
    const pl1 = round.forms[0]!;
    const broken = {
      ...round,
      forms: [{ ...pl1, rows: [...pl1.rows, { ...pl1.rows[1]!, expr: undefined }] }],
    };
    expect(catalogueIssues(broken).map((i) => i.message)).toContain(
      `duplicate row key ${pl1.rows[1]!.key}`
    );
  });

  it("would be refused with a row merged to a mix that names no mixed answer", () => {
    const pl1 = round.forms[0]!;
    const method = pl1.rows.find((r) => r.key === "pl1.survey.method")!;
    const broken = {
      ...round,
      forms: [
        {
          ...pl1,
          rows: pl1.rows.map((r) =>
            r === method ? { ...r, codes: r.codes!.map(({ code, label }) => ({ code, label })) } : r
          ),
        },
      ],
    };
    expect(catalogueIssues(broken).map((i) => i.message)).toContain(
      "pl1.survey.method merges to a mix but has no one mixed code"
    );
  });

  it("holds Phụ lục 1–9 and the Bảng tổng hợp, in that order", () => {
    expect(round.forms.map((f) => f.id)).toEqual([
      "PL1",
      "PL2",
      "PL3",
      "PL4",
      "PL5",
      "PL6",
      "PL7",
      "PL8",
      "PL9",
      "THKQ",
    ]);
    expect(round.version).toBe(round.version);
  });

  it("gives every row a unique key that does not name its position", () => {
    const keys = round.forms.flatMap((f) => f.rows.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).not.toMatch(/\.\d+(\.|$)/);
  });

  it("counts the yearly periods 2021 to 2025, the last up to 31/3", () => {
    const pl1 = round.forms[0]!;
    expect(pl1.periods.map((p) => p.label)).toEqual([
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Năm 2024",
      "Năm 2025",
    ]);
    expect(pl1.periods[4]!.note).toBe("(tính đến 31/3)");
  });

  it("lists the 23 targets of Phụ lục 9", () => {
    const pl9 = round.forms.find((f) => f.id === "PL9")!;
    expect(pl9.rows.map((r) => r.target)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it("keeps Phụ lục 8 row 2 one row as the seed does, coded as the Bảng tổng hợp's VII.2", () => {
    const rows = (form: string) => round.forms.find((f) => f.id === form)!.rows;
    const pl8 = rows("PL8");
    const at = pl8.findIndex((r) => r.key === "pl8.meetings");
    expect([pl8[at]!.stt, pl8[at]!.kind, pl8[at + 1]!.stt]).toEqual(["2", "status", "3"]);
    // the two levels of connection are what "Hoàn thành" means, as the seed's label says
    expect(pl8[at]!.label).toMatch(/Liên thông 2 cấp: .*\nLiên thông 3 cấp: /);
    expect(pl8[at]!.codes).toEqual(rows("THKQ").find((r) => r.key === "thkq.vii.meetings")!.codes);
  });

  it("ends Phụ lục 5 section III with one Tổng số of the twelve sector and owner counts, as the seed's header", () => {
    const pl5 = round.forms.find((f) => f.id === "PL5")!.rows;
    const three = pl5.slice(pl5.findIndex((r) => r.key === "pl5.iii") + 1);
    expect(three.at(-1)).toMatchObject({ key: "pl5.iii.total", label: "Tổng số", kind: "total" });
    expect(three.filter((r) => r.label === "Tổng số")).toHaveLength(1);
    const typed = {
      PL5: { "pl5.iii.gd.tinh": { p2021_2025: 2 }, "pl5.iii.yt.huyen": { p2021_2025: 3 } },
    };
    expect(computeAll(typed, round).PL5?.["pl5.iii.total"]?.p2021_2025).toBe(5);
  });

  it("gives every figure row a unit of measure or its codes", () => {
    for (const f of round.forms)
      for (const r of f.rows) {
        if (["count", "amount", "total", "rate", "enteredRate"].includes(r.kind))
          expect([r.key, r.unit]).toEqual([r.key, expect.any(String)]);
        if (["yesNo", "status"].includes(r.kind)) expect(r.codes?.length).toBeGreaterThan(1);
      }
  });

  describe.each(round.forms.map((f) => [f.id, f] as const))("%s against its seed", (_id, form) => {
    const section = fold(seedSection(form.id));

    it("invents no row: every label stands in the seed", () => {
      for (const r of form.rows)
        expect([r.key, section.includes(fold(seedLabel(r)))]).toEqual([r.key, true]);
    });

    it("keeps the seed's order", () => {
      // In a matrix the sub-columns repeat under each heading: their order is checked by heading.
      const ordered =
        form.orientation === "periodsAsRows" ? form.rows.filter((r) => r.depth <= 1) : form.rows;
      let at = 0;
      for (const r of ordered) {
        const found = section.indexOf(fold(seedLabel(r)), at);
        expect([r.key, found >= at]).toEqual([r.key, true]);
        at = found;
      }
    });

    it("misses no numbered row of the seed", () => {
      // The seeds end many STT codes with a dot ("1.1."): the catalogue drops it everywhere.
      const seedCodes = seedSttCodes(seedSection(form.id))
        .filter((c) => !(form.fixes ?? []).some((f) => f.seed === c && f.fixed === ""))
        .map((c) => c.replace(/\.$/, ""));
      const ours = form.rows.filter((r) => r.stt !== "").map((r) => r.stt);
      expect(ours.length).toBe(seedCodes.length);
      ours.forEach((stt, i) =>
        expect([stt, seedStt(form, stt)]).toEqual([stt, expect.arrayContaining([seedCodes[i]])])
      );
    });
  });
});
