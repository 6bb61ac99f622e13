import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderAggregationDoc } from "../../scripts/aggregation-doc";
import { figureKey, figureRef } from "../../src/core/figure";
import { mergeUnits } from "../../src/core/merge/merge";
import { round } from "../support/round";
import { unit, y } from "../support/units";

const XA = figureRef("PL3", "pl3.procedures.xa", "y2023");
const procedures = (name: string, xa: number, level: "xa" | "huyen" | "so" = "xa") =>
  unit(`${name}.xlsx`, name, { PL3: y({ "pl3.procedures.xa": xa }, "y2023") }, level);
const merged = (...units: ReturnType<typeof procedures>[]) => mergeUnits(units, round).merged;

describe("a count of a list every unit of a level shares (Phụ lục 3 1.4.x, Phụ lục 8 6.1.x and 6.5.x)", () => {
  it("is counted once for the level: two communes with the province's 110 TTHC cấp xã make 110", () => {
    const m = merged(procedures("UBND xã An Bình", 110), procedures("UBND xã Bình Minh", 110));
    expect(m.figures.PL3?.["pl3.procedures.xa"]?.y2023).toBe(110);
    expect(m.notes.get(figureKey({ ...XA, period: "notes" }))).toBe(
      "danh mục chung của từng cấp: các đơn vị cùng cấp báo cùng một danh mục nên mỗi cấp chỉ tính một lần, rồi cộng các cấp; năm 2023: UBND cấp xã 110"
    );
  });

  it("takes what most units of the level say, and names those who say otherwise", () => {
    const m = merged(
      procedures("UBND xã An Bình", 110),
      procedures("UBND xã Bình Minh", 110),
      procedures("UBND xã Cẩm Phả", 108)
    );
    expect(m.figures.PL3?.["pl3.procedures.xa"]?.y2023).toBe(110);
    expect(m.notes.get(figureKey({ ...XA, period: "notes" }))).toMatch(
      /năm 2023: UBND cấp xã 110 \(đơn vị báo khác: UBND xã Cẩm Phả 108\)$/
    );
  });

  it("names five of the units that differ at most, and counts the rest", () => {
    const many = Array.from({ length: 12 }, (_, i) => procedures(`UBND xã Số ${i + 10}`, 100 + i));
    const note = merged(...many, procedures("UBND xã Khác", 100)).notes.get(
      figureKey({ ...XA, period: "notes" })
    );
    expect(note).toMatch(
      /UBND cấp xã 100 \(đơn vị báo khác: (UBND xã Số \d+ \d+, ){4}UBND xã Số \d+ \d+ và 6 đơn vị khác\)$/
    );
  });

  it("adds the levels: each level's value once, then the sum across levels", () => {
    const m = merged(
      procedures("UBND xã An Bình", 110),
      procedures("UBND huyện Vũ Thư", 110, "huyen"),
      procedures("UBND xã Bình Minh", 110)
    );
    expect(m.figures.PL3?.["pl3.procedures.xa"]?.y2023).toBe(220);
    expect(m.notes.get(figureKey({ ...XA, period: "notes" }))).toMatch(
      /năm 2023: UBND cấp huyện 110; UBND cấp xã 110$/
    );
  });

  it("is declared per row, and each row's way of merging is documented in docs/aggregation.md", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "aggregation.md"), "utf8");
    expect(doc).toBe(renderAggregationDoc(round));
    expect(doc).toContain(
      "| Phụ lục 3 | 1.4.3 | Số lượng TTHC cấp xã | mỗi cấp một lần (danh mục chung của cấp), rồi cộng các cấp |"
    );
  });

  it("still adds what units count of their own: dossiers are summed", () => {
    const dossiers = (name: string, n: number) =>
      unit(`${name}.xlsx`, name, { PL8: y({ "pl8.dossiers.full": n }, "y2024") });
    const m = mergeUnits([dossiers("UBND xã A", 40), dossiers("UBND xã B", 60)], round).merged;
    expect(m.figures.PL8?.["pl8.dossiers.full"]?.y2024).toBe(100);
  });
});
