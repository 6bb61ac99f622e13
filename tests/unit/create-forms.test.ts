import { round } from "../support/round";

import { buildWorkbookLayout } from "../../src/core/layout";
import { alteredTexts, brokenFormulas, choicesAt } from "../support/excel-checks";
import { createForms, type Decision } from "../../src/office/create-forms";
import { fakeHost, type FakeHost } from "../fake-excel/host";
import { WorkbookModel, type SheetModel } from "../fake-excel/model";
import { typeInto } from "../fake-excel/range";
import { coverRef } from "../../src/core/layout/cover";
import { figureKey, figureRef } from "../../src/core/figure";

const never = async (): Promise<Decision> => {
  throw new Error("asked when nothing existed");
};
const sheet = (host: FakeHost, name: string): SheetModel => host.model.sheet(name)!;
const cell = (s: SheetModel, a: string) => {
  const col = a.charCodeAt(0) - 65;
  return s.cells.get(`${Number(a.slice(1)) - 1}:${col}`);
};

describe("Tạo biểu mẫu in the open workbook", () => {
  let host: FakeHost;
  beforeEach(() => {
    host = fakeHost();
  });

  it("creates the cover and all ten forms in three syncs", async () => {
    const result = await createForms(host, { unit: "UBND xã Tân Hòa", level: "xa" }, never);
    expect(result.created).toEqual(["Thông tin", ...round.forms.map((f) => f.sheet)]);
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      ...round.forms.map((f) => f.sheet),
      "Sheet1",
    ]);
    expect(host.syncs.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("keeps every request under Excel on the web's 5 MB", async () => {
    await createForms(host, {}, never);
    expect(Math.max(...host.payloads)).toBeLessThan(5 * 1024 * 1024);
  });

  it("locks labels and computed cells, unlocks inputs, and protects each sheet", async () => {
    await createForms(host, {}, never);
    const pl1 = sheet(host, "Phụ lục 1");
    expect(pl1.protection.protected).toBe(true);
    expect(cell(pl1, "C8")?.locked).toBe(true); // label of 1
    expect(cell(pl1, "E8")?.locked).toBe(false); // 1, Năm 2021
    expect(cell(pl1, "E11")?.locked).toBe(true); // 2, a computed rate
    expect(cell(pl1, "E11")?.formula).toBe('IF(AND(ISNUMBER(E13),N(E12)<>0),E13/E12*100,"")');
    expect(pl1.validations.length).toBeGreaterThan(0);
    expect(pl1.freeze).toEqual({ row: 0, col: 0, rows: 7, cols: 4 });
    expect(pl1.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$6:$7",
      // Nghị định 30/2020: the bare page number, top centre, none on the first page
      headerFooterState: "FirstAndDefault",
      centerHeader: "&P",
      "first.centerHeader": "",
    });
  });

  it("names the cover fields in the workbook", async () => {
    await createForms(host, { unit: "Sở Tư pháp" }, never);
    expect([...host.model.names.keys()]).toEqual(
      expect.arrayContaining(["CCHC_DonVi", "CCHC_PhienBan"])
    );
    expect(cell(sheet(host, "Thông tin"), "C5")?.value).toBe("Sở Tư pháp");
  });

  it("keeps what the unit types on the cover as written: a report's date, a phone's leading 0", async () => {
    await createForms(host, { unit: "Sở Tư pháp" }, never);
    const cover = sheet(host, "Thông tin");
    const at = (key: "reportDate" | "phone") => coverRef(key).replace(/^.*!|\$/g, "");
    typeInto(host.model, cell(cover, at("reportDate"))!, "15/10/2025");
    typeInto(host.model, cell(cover, at("phone"))!, "0912345678");
    expect([cell(cover, at("reportDate"))?.value, cell(cover, at("phone"))?.value]).toEqual([
      "15/10/2025",
      "0912345678",
    ]);
  });

  it("asks before touching forms that exist, and cancels without a change", async () => {
    await createForms(host, {}, never);
    const before = JSON.stringify([...sheet(host, "Phụ lục 1").cells]);
    const asked: string[][] = [];
    const result = await createForms(
      host,
      {},
      async (existing) => (asked.push(existing), "cancel")
    );
    expect(result.cancelled).toBe(true);
    expect(asked[0]).toEqual(expect.arrayContaining(["Thông tin", "Phụ lục 1", "Bảng tổng hợp"]));
    expect(JSON.stringify([...sheet(host, "Phụ lục 1").cells])).toBe(before);
  });

  it("keeps the existing sheets untouched and adds only the missing ones", async () => {
    await createForms(host, { forms: ["PL1"] }, never);
    const pl1 = sheet(host, "Phụ lục 1");
    pl1.cells.get("7:4")!.value = 12;
    const result = await createForms(host, { forms: ["PL1", "PL2"] }, async () => "keep");
    expect(result.created).toEqual(["Phụ lục 2"]);
    expect(result.kept).toEqual(["Thông tin", "Phụ lục 1"]);
    expect(sheet(host, "Phụ lục 1").cells.get("7:4")!.value).toBe(12);
  });

  it("rebuilds the sheets on replace and carries the figures over by key", async () => {
    await createForms(
      host,
      { forms: ["PL1"], unit: "Sở Y tế", reportNo: "12/BC-SYT", signer: "Lê Văn C" },
      never
    );
    const pl1 = sheet(host, "Phụ lục 1");
    pl1.cells.get("7:4")!.value = 12;
    const result = await createForms(host, { forms: ["PL1"] }, async () => "replace");
    expect(result.carried).toBe(1);
    expect(sheet(host, "Phụ lục 1").cells.get("7:4")!.value).toBe(12);
    expect(cell(sheet(host, "Thông tin"), "C5")?.value).toBe("Sở Y tế");
    // the report it goes with and its signer stay on the rebuilt cover
    const cover = sheet(host, "Thông tin");
    const at = (key: "reportNo" | "signer") => coverRef(key).replace(/^.*!|\$/g, "");
    expect([cell(cover, at("reportNo"))?.value, cell(cover, at("signer"))?.value]).toEqual([
      "12/BC-SYT",
      "Lê Văn C",
    ]);
  });

  /** PL1 1 typed 12 in 2021, Bảng tổng hợp I.1 showing `shown`, then the forms rebuilt with thay. */
  async function replaceWithSummaryShowing(shown: number) {
    await createForms(host, { forms: ["PL1", "THKQ"] }, never);
    sheet(host, "Phụ lục 1").cells.get("7:4")!.value = 12;
    const thkq = buildWorkbookLayout(round, { forms: ["PL1", "THKQ"] }).sheets.find(
      (s) => s.id === "THKQ"
    )!;
    const docs = thkq.slots.get(figureKey(figureRef("THKQ", "thkq.i.docs", "y2021")))!;
    sheet(host, "Bảng tổng hợp").cells.get(`${docs.row}:${docs.col}`)!.value = shown;
    const result = await createForms(host, { forms: ["PL1", "THKQ"] }, async () => "replace");
    return { result, docs };
  }

  it("carries a figure typed once: a Bảng tổng hợp cell showing a Phụ lục's figure is made again by its formula", async () => {
    // what Excel shows in the formula cell
    const { result, docs } = await replaceWithSummaryShowing(12);
    expect(result.carried).toBe(1);
    expect(result.notCarried).toEqual([]);
    expect(host.model.formulaAt(sheet(host, "Bảng tổng hợp"), docs.row, docs.col)).toBe(
      `IF('Phụ lục 1'!E8="","",'Phụ lục 1'!E8)`
    );
  });

  it("names, never drops silently, a Bảng tổng hợp figure typed unlike its Phụ lục where the new sheet takes the Phụ lục's", async () => {
    // as a workbook of an older version holds it: typed in the Bảng tổng hợp, and not as in the Phụ lục
    const { result } = await replaceWithSummaryShowing(7);
    expect(result.notCarried).toEqual([
      "Bảng tổng hợp, dòng I.1 (Số lượng văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị công v…), năm 2021",
    ]);
    expect(result.carried).toBe(1);
  });

  it("names each row of an older version that the new one has not, with what was typed there", async () => {
    await createForms(host, { forms: ["PL8"] }, never);
    const pl8 = sheet(host, "Phụ lục 8");
    // a row an older version had (its key in hidden column A), a figure typed in its 2021 column
    const last = Math.max(...[...pl8.cells.keys()].map((k) => Number(k.split(":")[0])));
    host.model.cell(pl8, last + 1, 0).value = "pl8.meeting.three";
    host.model.cell(pl8, last + 1, 4).value = 3;
    // and one left blank: nothing to say about it
    host.model.cell(pl8, last + 2, 0).value = "pl8.meeting.four";
    const result = await createForms(host, { forms: ["PL8"] }, async () => "replace");
    expect(result.notCarried).toEqual([]);
    expect(result.dropped).toEqual([
      `Phụ lục 8, hàng ${last + 2} (mã dòng pl8.meeting.three: không còn trong phiên bản CCHC-2021-2025/3)`,
    ]);
  });

  it("never deletes a user's own sheet that has a form's name: it is renamed aside", async () => {
    const own = fakeHost(new WorkbookModel(["Phụ lục 1"]));
    own.model.cell(own.model.sheet("Phụ lục 1")!, 0, 0).value = "số liệu riêng";
    const result = await createForms(own, { forms: ["PL1"] }, async () => "replace");
    expect(result.renamed).toEqual([{ from: "Phụ lục 1", to: "Phụ lục 1 (cũ)" }]);
    expect(own.model.sheet("Phụ lục 1 (cũ)")!.cells.get("0:0")?.value).toBe("số liệu riêng");
    expect(own.model.sheet("Phụ lục 1")!.cells.get("0:0")?.value).toBe("PL1");
  });

  it("does what it can on an Excel without data validation or page layout", async () => {
    const old = fakeHost(new WorkbookModel(), "1.7");
    const result = await createForms(old, {}, never);
    expect(result.skipped).toEqual(["validation", "pageLayout"]);
    expect(old.model.sheet("Phụ lục 1")!.protection.protected).toBe(true);
    expect(old.model.sheet("Phụ lục 1")!.validations).toEqual([]);
  });

  describe("on an Excel as strict as the real one", () => {
    it("writes formulas that name the sheets as they are called, in a fresh workbook and on rebuilding", async () => {
      await createForms(host, { unit: "UBND xã Tân Hòa", level: "xa" }, never);
      expect(brokenFormulas(host.model)).toEqual([]);
      await createForms(host, {}, async () => "replace");
      expect(brokenFormulas(host.model)).toEqual([]);
      expect(host.model.formulaAt(sheet(host, "Phụ lục 1"), 3, 1)).toMatch(/'Thông tin'!\$C\$5/);
    });

    it("keeps every text as written: dashes, plus signs, STT codes, phone numbers", async () => {
      await createForms(host, { unit: "- UBND xã Tân Hòa", level: "xa", round: "+ 2025" }, never);
      const layout = buildWorkbookLayout(round, {
        unit: "- UBND xã Tân Hòa",
        level: "xa",
        round: "+ 2025",
      });
      expect(alteredTexts(host.model, layout)).toEqual([]);
    });

    it("offers the four levels of unit whole, commas and all", async () => {
      await createForms(host, {}, never);
      expect(choicesAt(host.model, "Thông tin", 5, 2)).toEqual(round.levels.map((l) => l.label));
    });

    it("leaves no sheet of its own behind when a run fails half way, and the next run succeeds", async () => {
      await createForms(host, { forms: ["PL1"] }, never);
      host.model.cellEditMode = false;
      const failing = fakeHost(host.model, "1.9");
      const original = failing.run.bind(failing);
      let calls = 0;
      failing.run = async (batch) =>
        original(async (context) => {
          calls++;
          if (calls === 2) context.workbook.worksheets.getItem("không có").delete();
          return batch(context);
        });
      await expect(
        createForms(failing, { forms: ["PL1", "PL2"] }, async () => "replace")
      ).rejects.toMatchObject({ code: "ItemNotFound" });
      await createForms(host, { forms: ["PL1", "PL2"] }, async () => "replace");
      expect(host.model.sheets.map((s) => s.name).filter((n) => /cchc/i.test(n))).toEqual([]);
      expect(brokenFormulas(host.model)).toEqual([]);
    });
  });
});

describe("Tạo lại with a password", () => {
  it("protects the rebuilt sheets with the password given again, never dropping it", async () => {
    const host = fakeHost();
    await createForms(host, { forms: ["PL1"], password: "bí-mật" }, never);
    expect(sheet(host, "Phụ lục 1").protection).toMatchObject({
      protected: true,
      password: "bí-mật",
    });
    await createForms(host, { forms: ["PL1"] }, async () => ({
      decision: "replace",
      password: "bí-mật",
    }));
    expect(sheet(host, "Phụ lục 1").protection).toMatchObject({
      protected: true,
      password: "bí-mật",
    });
    await createForms(host, { forms: ["PL1"] }, async () => ({
      decision: "replace",
      password: "",
    }));
    expect(sheet(host, "Phụ lục 1").protection.password).toBeUndefined();
  });
});
