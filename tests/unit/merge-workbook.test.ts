import { round } from "../support/round";
import fc from "fast-check";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeLayout } from "../../src/core/merge/output";
import {
  collisions,
  createRoster,
  readConsolidation,
  writeMerge,
} from "../../src/office/merge-workbook";
import { createForms } from "../../src/office/create-forms";
import { jsonBytes } from "../../src/office/render";
import { brokenFormulas, choicesAt } from "../support/excel-checks";

import { fakeHost, type FakeHost } from "../fake-excel/host";
import { WorkbookModel } from "../fake-excel/model";
import { unit, y } from "../support/units";
import { rosterOf } from "../../src/core/merge/roster";

const units = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    unit(`u${i}.xlsx`, `UBND xã Số ${i}`, {
      PL1: y({ "pl1.plan.tasks": 10 + i, "pl1.plan.done": i }),
    })
  );

async function mergeInto(host: FakeHost, n: number) {
  const c = await readConsolidation(host);
  const layout = mergeLayout(
    mergeUnits(units(n), round, { roster: c.roster }),
    {
      unit: "UBND huyện Vũ Thư",
      level: "huyen",
    },
    round
  );
  await writeMerge(host, layout, c);
  return layout;
}

describe("Tổng hợp in the open workbook", () => {
  let host: FakeHost;
  beforeEach(() => {
    host = fakeHost(new WorkbookModel(["Ghi chép của tôi"]));
  });

  it("writes the consolidated forms, the per-unit sheet and the report", async () => {
    const layout = await mergeInto(host, 3);
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Ghi chép của tôi",
      ...layout.sheets.map((s) => s.name),
    ]);
    const pl1 = host.model.sheet("TH Phụ lục 1")!;
    expect(pl1.cells.get("11:4")?.value).toBe(33); // 10 + 11 + 12 tasks in 2021
    const perUnit = host.model.sheet("TH Chi tiết đơn vị")!;
    expect([...perUnit.cells.values()].some((c) => c.value === "UBND xã Số 2")).toBe(true);
    // printed readable, not a page wide: its indicators and the units' names on every page
    expect(perUnit.page).toMatchObject({
      zoom: { scale: 70 },
      printTitleColumns: "$B:$E",
      printTitleRows: "$7:$7",
    });
    expect(pl1.page).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it("tells how many of the per-unit sheet's rows, a figure each, are written, of how many", async () => {
    const layout = mergeLayout(mergeUnits(units(40), round), { unit: "UBND tỉnh" }, round);
    const figures = layout.sheets.find((s) => s.name === "TH Chi tiết đơn vị")!.body!.leads.length;
    const told: [number, number][] = [];
    await writeMerge(host, layout, await readConsolidation(host), {
      onProgress: (done, total) => told.push([done, total]),
    });
    expect(told).toEqual([
      [0, figures],
      [figures, figures],
    ]);
  });

  it("sizes a row's JSON as Excel receives it, without making the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme" }), fc.double({ noNaN: true }), fc.integer())
        ),
        (row) => expect(jsonBytes(row)).toBe(new TextEncoder().encode(JSON.stringify(row)).length)
      ),
      { numRuns: 500 }
    );
  });

  it("writes in few syncs, each request under 5 MB", async () => {
    // reading the workbook; the sheets, the overview's, the per-unit sheet's and the report's rows, the clean-up
    await mergeInto(host, 3);
    expect(host.syncs).toEqual([2, 5]);
    const other = fakeHost();
    await mergeInto(other, 40);
    expect(other.syncs).toEqual([2, 5]);
    expect(Math.max(...other.payloads)).toBeLessThan(5 * 1024 * 1024);
  });

  it("undoes a merge stopped before its last request: the workbook is as it was", async () => {
    await mergeInto(host, 3);
    const snapshot = () =>
      host.model.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells].map(([at, c]) => [at, c.value, c.formula]),
        protection: s.protection,
      }));
    const before = snapshot();
    const layout = mergeLayout(mergeUnits(units(40), round), { unit: "UBND tỉnh" }, round);
    // Hủy asked at each point the writing looks: before it starts, after each of its requests but the last
    // (the sheets, the overview's rows, the per-unit rows, the report's)
    for (const asked of [0, 1, 2, 3, 4]) {
      let looks = 0;
      const stop = {
        get aborted() {
          return looks++ >= asked;
        },
      };
      expect(await writeMerge(host, layout, await readConsolidation(host), { stop })).toBe(
        "cancelled"
      );
      expect(snapshot()).toEqual(before);
    }
    // asked after the last request: too late, the merge is written
    let looks = 0;
    const late = {
      get aborted() {
        return looks++ >= 5;
      },
    };
    expect(await writeMerge(host, layout, await readConsolidation(host), { stop: late })).toBe(
      "written"
    );
    expect(host.model.sheet("TH Phụ lục 1")!.cells.get("11:4")?.value).toBe(
      units(40).reduce((n, _, i) => n + 10 + i, 0)
    );
  });

  it("merges again without a formula left naming a deleted sheet", async () => {
    await mergeInto(host, 3);
    await mergeInto(host, 4);
    expect(brokenFormulas(host.model)).toEqual([]);
    expect(host.model.sheets.map((s) => s.name).filter((n) => n.startsWith("cchc"))).toEqual([]);
  });

  it("deletes the output a failed merge left aside, and never a form of the user's", async () => {
    await createForms(host, { forms: ["PL1"] }, async () => "cancel");
    await mergeInto(host, 3);
    const failing = fakeHost(host.model);
    const run = failing.run.bind(failing);
    let syncs = 0;
    failing.run = (batch) =>
      run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs === 5)
            throw Object.assign(new Error("mất kết nối"), { code: "GeneralException" });
          return sync();
        };
        return batch(context);
      });
    await expect(mergeInto(failing, 4)).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.model.sheets.some((s) => s.name.startsWith("cchc~"))).toBe(true);
    await mergeInto(host, 5);
    expect(
      host.model.sheets.filter((s) => s.name.startsWith("cchc~") || s.name.includes("(cũ"))
    ).toEqual([]);
    expect(host.model.sheet("Phụ lục 1")).toBeDefined();
    expect(host.model.sheet("TH Phụ lục 1")!.cells.get("11:4")?.value).toBe(10 + 11 + 12 + 13 + 14);
  });

  it("replaces its previous output and nothing else", async () => {
    await createForms(host, { forms: ["PL1"], unit: "UBND huyện Vũ Thư" }, async () => "cancel");
    const own = JSON.stringify([...host.model.sheet("Phụ lục 1")!.cells]);
    await mergeInto(host, 3);
    const count = host.model.sheets.length;
    await mergeInto(host, 5);
    expect(host.model.sheets.length).toBe(count);
    expect(host.model.sheet("TH Phụ lục 1")!.cells.get("11:4")?.value).toBe(10 + 11 + 12 + 13 + 14);
    expect(JSON.stringify([...host.model.sheet("Phụ lục 1")!.cells])).toBe(own);
    expect(host.model.sheet("Ghi chép của tôi")).toBeDefined();
  });

  it("will not overwrite a user's own sheet that has a merge's name", async () => {
    const clash = fakeHost(new WorkbookModel(["TH Phụ lục 1"]));
    const c = await readConsolidation(clash);
    expect(collisions(mergeLayout(mergeUnits(units(2), round), {}, round), c)).toEqual([
      "TH Phụ lục 1",
    ]);
  });

  it("offers the four levels of unit in the roster, commas and all", async () => {
    await createRoster(host, round.id);
    expect(choicesAt(host.model, "Danh sách đơn vị", 4, 3)).toEqual(
      round.levels.map((l) => l.label)
    );
    expect(choicesAt(host.model, "Danh sách đơn vị", 303, 3)).toEqual(
      round.levels.map((l) => l.label)
    );
  });

  it("starts the roster from the units of the files just merged, each once, with room for the others", async () => {
    const lines = [
      { unit: "UBND xã An Bình", level: "xa" as const },
      { unit: "Ủy ban nhân dân xã An Bình", level: "xa" as const },
      { unit: null, level: null },
      { unit: "Sở Tư pháp", level: "so" as const },
    ];
    await createRoster(host, round.id, rosterOf(lines));
    const c = await readConsolidation(host);
    expect(c.roster).toEqual([
      { name: "UBND xã An Bình", level: "xa" },
      { name: "Sở Tư pháp", level: "so" },
    ]);
    expect(choicesAt(host.model, "Danh sách đơn vị", 303, 3)).toEqual(
      round.levels.map((l) => l.label)
    );
  });

  it("reads the roster kept in the workbook", async () => {
    await createRoster(host, round.id);
    const roster = host.model.sheet("Danh sách đơn vị")!;
    host.model.cell(roster, 4, 2).value = "UBND xã Số 0";
    host.model.cell(roster, 5, 2).value = "UBND xã Vắng Mặt";
    host.model.cell(roster, 5, 3).value = "UBND cấp xã";
    const c = await readConsolidation(host);
    expect(c.roster).toEqual([
      { name: "UBND xã Số 0", level: null },
      { name: "UBND xã Vắng Mặt", level: "xa" },
    ]);
    expect(mergeUnits(units(1), round, { roster: c.roster }).missing.map((m) => m.name)).toEqual([
      "UBND xã Vắng Mặt",
    ]);
  });
});
