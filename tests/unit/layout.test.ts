import { round } from "../support/round";
import { figureKey, figureRef } from "../../src/core/figure";

import { buildWorkbookLayout } from "../../src/core/layout";
import type { SheetLayout } from "../../src/core/layout/types";
import { parseA1 } from "../../src/core/a1";
import { describeSheet } from "../support/describe-layout";
import { expectGolden } from "../support/golden";

const layout = buildWorkbookLayout(round, { unit: "UBND xã Tân Hòa", level: "xa" });
const sheet = (id: string): SheetLayout => layout.sheets.find((s) => s.id === id)!;
const styleAt = (s: SheetLayout, row: number, col: number) =>
  [...s.styles]
    .reverse()
    .find(
      ({ rect }) =>
        row >= rect.row &&
        row < rect.row + rect.rows &&
        col >= rect.col &&
        col < rect.col + rect.cols
    )?.style;
const cellAt = (s: SheetLayout, address: string) => {
  const [row, col] = parseA1(address);
  return s.cells.filter((c) => c.row === row && c.col === col).at(-1);
};

describe("the sheet layout", () => {
  it("puts the cover first, then every form in catalogue order", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      ...round.forms.map((f) => f.sheet),
    ]);
  });

  it("prints on A4 landscape in Times New Roman with the decree's margins", () => {
    expect(layout.page).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    });
    expect(layout.font).toBe("Times New Roman");
  });

  it("keeps each form's id in A1 and its row keys in hidden column A", () => {
    for (const s of layout.sheets) {
      expect(cellAt(s, "A1")?.value).toBe(s.id);
      expect(s.columns[0]!.hidden).toBe(true);
      expect(s.hiddenRows).toContain(0);
    }
  });

  it("unlocks exactly the cells that have a validation", () => {
    for (const s of layout.sheets) {
      const validated = new Set(
        s.validations.flatMap(({ rect }) =>
          Array.from(
            { length: rect.rows * rect.cols },
            (_, i) => `${rect.row + Math.floor(i / rect.cols)}:${rect.col + (i % rect.cols)}`
          )
        )
      );
      for (const { rect, style } of s.styles)
        for (let r = rect.row; r < rect.row + rect.rows; r++)
          for (let c = rect.col; c < rect.col + rect.cols; c++)
            if (styleAt(s, r, c) === style && !layout.styles[style].locked)
              expect([s.id, r, c, validated.has(`${r}:${c}`)]).toEqual([s.id, r, c, true]);
    }
  });

  it("gives no cell two validations", () => {
    for (const s of layout.sheets) {
      const cells = s.validations.flatMap(({ rect }) =>
        Array.from(
          { length: rect.rows * rect.cols },
          (_, i) => `${rect.row + Math.floor(i / rect.cols)}:${rect.col + (i % rect.cols)}`
        )
      );
      expect([s.id, new Set(cells).size]).toEqual([s.id, cells.length]);
    }
  });

  it("writes every computed or repeated row the unit's level reports as live formulas in every period", () => {
    for (const form of round.forms.filter((f) => f.orientation !== "assessment")) {
      const s = sheet(form.id);
      const rows = form.rows.filter((r) => (r.expr || r.repeats) && !r.notFor?.includes("xa"));
      const formulas = s.cells.filter(
        (c) =>
          c.formula !== undefined && c.row > 5 && styleAt(s, c.row, c.col)?.startsWith("computed")
      );
      const summaries = form.rows.filter((r) => r.kind === "assessmentSummary").length;
      expect([form.id, formulas.length]).toEqual([
        form.id,
        rows.length * form.periods.length + summaries,
      ]);
    }
  });

  it("computes PL1 2 from 2.2 and 2.1 in the same column", () => {
    expect(cellAt(sheet("PL1"), "E11")?.formula).toBe(
      'IF(AND(ISNUMBER(E13),N(E12)<>0),E13/E12*100,"")'
    );
  });

  it("greys out the rows a commune does not report", () => {
    const s = sheet("PL2");
    const row = 7 + round.forms[1]!.rows.findIndex((r) => r.key === "pl2.issued.hdnd_tinh");
    expect(styleAt(s, row, 4)).toBe("notApplicable");
    expect(s.validations.some(({ rect }) => rect.row === row)).toBe(false);
  });

  it("repeats the header rows on every printed page", () => {
    expect(sheet("PL1").print.titleRows).toEqual([5, 6]);
  });

  it("judges a target by formula only when the forms it reads are in the workbook", () => {
    const alone = buildWorkbookLayout(round, { forms: ["PL9"] }).sheets[1]!;
    const target3 = 7 + 2;
    expect(alone.cells.some((c) => c.row === target3 && c.formula)).toBe(false);
    expect(
      alone.validations.some(
        ({ rect, validation }) => rect.row === target3 && validation.type === "list"
      )
    ).toBe(true);
    // target 4, measured whole, is judged; target 3, measured in part, is proposed in its evidence
    expect(cellAt(sheet("PL9"), "E11")?.formula).toMatch(/^IF\(AND\(ISNUMBER\(/);
    expect(cellAt(sheet("PL9"), "D10")?.formula).toContain("Đề xuất theo phần đo được");
    expect(sheet("PL9").slots.get(figureKey(figureRef("PL9", "pl9.t3", "verdict")))?.input).toBe(
      "assessment"
    );
  });

  it.each([...layout.sheets.map((s) => [s.id] as const)])(
    "matches the golden layout of %s",
    (id) => {
      expectGolden(`layout/${id}.txt`, describeSheet(sheet(id), layout));
    }
  );
});
