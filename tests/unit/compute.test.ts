import { round } from "../support/round";
import { type Catalogue } from "../../src/core/catalogue";
import { cell, row, sum, totalOf } from "../../src/core/catalogue/build";
import type { Form } from "../../src/core/catalogue/schema";
import { computeAll, computedOrder } from "../../src/core/compute";

const form = (rows: Form["rows"]): Form => ({
  id: "F",
  sheet: "F",
  heading: "",
  title: "",
  indicatorHeader: "",
  orientation: "periodsAsColumns",
  periods: [{ id: "y", label: "Năm", year: 2021 }],
  rows,
});
const tiny = (rows: Form["rows"]): Catalogue => ({ ...round, forms: [form(rows)] });

describe("computed rows", () => {
  it("are ordered so that each comes after the computed rows it reads", () => {
    const order = computedOrder(round).map(({ form: f, row: r }) => `${f.id}/${r.key}`);
    computedOrder(round).forEach(({ row: r }, i) => {
      const reads: string[] = JSON.stringify(r.expr).match(/"row":"[^"]+"/g) ?? [];
      for (const dep of order.slice(i + 1))
        expect([r.key, reads.includes(`"row":"${dep.split("/")[1]}"`)]).toEqual([r.key, false]);
    });
  });

  it("settle a total of totals in one pass, whatever order the form lists them in", () => {
    const cat = tiny([
      row("1", "f.grand", "total", "Tổng", { expr: sum(cell("F", "f.sub"), cell("F", "f.c")) }),
      row("2", "f.sub", "total", "Tổng phụ", { expr: totalOf("F", "f.a", "f.b") }),
      row("3", "f.a", "count", "A"),
      row("4", "f.b", "count", "B"),
      row("5", "f.c", "count", "C"),
    ]);
    expect(
      computeAll({ F: { "f.a": { y: 1 }, "f.b": { y: 2 }, "f.c": { y: 4 } } }, cat).F?.["f.grand"]
        ?.y
    ).toBe(7);
  });

  it("give the Bảng tổng hợp's cut in service units (IV.1.2) from the 2015 count and today's", () => {
    const figures = computeAll(
      {
        THKQ: {
          "thkq.iv.structure.service_total": { y2023: 40 },
          "thkq.iv.structure.service_now": { y2023: 30 },
        },
      },
      round
    );
    expect(figures.THKQ?.["thkq.iv.structure.service_cut_rate"]?.y2023).toBe(25);
    expect(figures.THKQ?.["thkq.iv.structure.service_cut_rate"]?.y2024 ?? null).toBeNull();
  });

  it("refuse a cycle, as a programmer's mistake", () => {
    const cat = tiny([
      row("1", "f.x", "total", "X", { expr: sum(cell("F", "f.y")) }),
      row("2", "f.y", "total", "Y", { expr: sum(cell("F", "f.x")) }),
    ]);
    expect(() => computedOrder(cat)).toThrow(/cycle/);
  });
});
