import { round } from "../support/round";
import { unzipSync } from "fflate";
import { buildWorkbookLayout } from "../../src/core/layout";
import { growingRows } from "../../src/core/layout/heights";
import { STYLES } from "../../src/core/layout/styles";
import { figureKey, figureRef } from "../../src/core/figure";
import { createForms } from "../../src/office/create-forms";
import { writeLayout } from "../../src/xlsx/write";
import { fakeHost } from "../fake-excel/host";
import { WorkbookModel } from "../fake-excel/model";

const layout = buildWorkbookLayout(round, { unit: "UBND xã An Bình", level: "xa", forms: ["PL1"] });
const pl1 = layout.sheets.find((s) => s.id === "PL1")!;
/** Phụ lục 1 row 4.5, where a unit writes its other ways of outreach, and row 1, figures only. */
const textRow = pl1.slots.get(figureKey(figureRef("PL1", "pl1.outreach.other", "y2021")))!.row;
const figureRow = pl1.slots.get(figureKey(figureRef("PL1", "pl1.docs.party", "y2021")))!.row;

describe("a row a unit types text into grows with the text, so that nothing prints cut", () => {
  it("is each row holding an open text cell, and no row of figures only", () => {
    const rows = growingRows(pl1, STYLES);
    expect(rows).toContain(textRow);
    expect(rows).not.toContain(figureRow);
  });

  it("is fitted by Excel, not given a height, when the pane makes the forms", async () => {
    const host = fakeHost(new WorkbookModel([]));
    await createForms(host, { unit: "UBND xã An Bình", level: "xa", forms: ["PL1"] }, async () => {
      throw new Error("asked");
    });
    const sheet = host.model.sheet("Phụ lục 1")!;
    expect([sheet.autoRows.has(textRow), sheet.rowHeights.has(textRow)]).toEqual([true, false]);
    expect(sheet.autoRows.has(figureRow)).toBe(false);
  });

  it("keeps its height in a written file, but not as a custom height Excel would keep", async () => {
    const parts = unzipSync(new Uint8Array(await writeLayout(layout)));
    const xml = new TextDecoder().decode(parts["xl/worksheets/sheet2.xml"]);
    const tag = (r: number) => new RegExp(`<row r="${r + 1}"[^>]*>`).exec(xml)![0];
    expect(tag(textRow)).toMatch(/ ht="\d+"/);
    expect(tag(textRow)).not.toContain("customHeight");
    expect(tag(figureRow)).toContain('customHeight="1"');
  });
});
