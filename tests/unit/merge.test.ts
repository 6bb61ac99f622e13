import { round } from "../support/round";
import { unitKeyOf } from "../../src/core/merge/identity";
import { bodyRow } from "../../src/core/layout/body";
import { NOTES } from "../../src/core/catalogue/columns";
import { figureKey, figureRef } from "../../src/core/figure";
import { assessAll } from "../../src/core/assess/targets";

import { MAX_TEXT } from "../../src/core/merge/texts";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeLayout } from "../../src/core/merge/output";
import { readUnit } from "../../src/core/merge/units";
import type { RawSheet } from "../../src/core/read/grid";
import { unit, unitSheets, withVersion, y } from "../support/units";
import { filledSheets } from "../support/workbook";

const A = unit("a.xlsx", "UBND xã An Bình", {
  PL1: y({
    "pl1.plan.tasks": 10,
    "pl1.plan.done": 5,
    "pl1.survey.forms": 100,
    "pl1.survey.satisfaction": 90,
    "pl1.outreach.contest": 1,
    "pl1.outreach.other": "Pano",
    "pl1.survey.method": 2,
  }),
  PL3: y({ "pl3.on_time.xa": 80 }),
});
const B = unit("b.xlsx", "UBND xã Bình Minh", {
  PL1: y({
    "pl1.plan.tasks": 30,
    "pl1.plan.done": 25,
    "pl1.survey.forms": 300,
    "pl1.survey.satisfaction": 70,
    "pl1.outreach.contest": 0,
    "pl1.outreach.other": "Tờ rơi",
    "pl1.survey.method": 0,
  }),
  PL3: y({ "pl3.on_time.xa": 90 }),
});
const figure = (r: ReturnType<typeof mergeUnits>, form: string, row: string, period = "y2021") =>
  r.merged.figures[form]?.[row]?.[period] ?? null;

const notesKey = (form: string, row: string) => figureKey(figureRef(form, row, NOTES));

describe("Tổng hợp", () => {
  const merged = mergeUnits([A, B], round);

  it("adds counts up", () => {
    expect(figure(merged, "PL1", "pl1.plan.tasks")).toBe(40);
    expect(figure(merged, "PL1", "pl1.plan.done")).toBe(30);
  });

  it("recomputes rates from the added parts, never averages them", () => {
    expect(figure(merged, "PL1", "pl1.plan.rate")).toBe(75); // 30/40, not (50 + 83,3)/2
  });

  it("weighs the satisfaction level by the survey forms, and says so", () => {
    expect(figure(merged, "PL1", "pl1.survey.satisfaction")).toBe(75); // (90×100 + 70×300)/400
    expect(merged.merged.notes.get(notesKey("PL1", "pl1.survey.satisfaction"))).toBe(
      "năm 2021: bình quân theo 7.1 Số lượng phiếu khảo sát của 2 đơn vị"
    );
  });

  it("averages an entered rate with no weight, and says so", () => {
    expect(figure(merged, "PL3", "pl3.on_time.xa")).toBe(85);
    expect(merged.merged.notes.get(notesKey("PL3", "pl3.on_time.xa"))).toBe(
      "năm 2021: bình quân cộng của 2 đơn vị"
    );
  });

  it("counts the answers of yes/no and status rows, with one merged value by its rule", () => {
    expect(figure(merged, "PL1", "pl1.outreach.contest")).toBe(1);
    expect(merged.merged.notes.get(notesKey("PL1", "pl1.outreach.contest"))).toBe(
      "Có khi ít nhất một đơn vị trả lời Có; năm 2021: Có tổ chức 1/2 đơn vị"
    );
    // one unit surveyed online, the other both ways: together, Kết hợp
    expect(figure(merged, "PL1", "pl1.survey.method")).toBe(2);
    expect(merged.merged.notes.get(notesKey("PL1", "pl1.survey.method"))).toMatch(
      /khác nhau thì là kết hợp.*Trực tuyến 1, Kết hợp 1/
    );
  });

  it("keeps texts per unit, with the unit's name", () => {
    expect(figure(merged, "PL1", "pl1.outreach.other")).toBe(
      "UBND xã An Bình: Pano\nUBND xã Bình Minh: Tờ rơi"
    );
  });

  it("cuts the joined texts where Excel stops showing a cell, pointing to the per-unit sheet", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      unit(`x${i}.xlsx`, `UBND xã Số ${String(i).padStart(2, "0")}`, {
        PL1: y({ "pl1.outreach.other": "Tổ chức hội nghị tuyên truyền cải cách hành chính" }),
      })
    );
    const joined = String(figure(mergeUnits(many, round), "PL1", "pl1.outreach.other"));
    expect(joined.startsWith("UBND xã Số 00: Tổ chức")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(MAX_TEXT + 60);
    expect(joined.endsWith("… (xem đầy đủ ở trang Chi tiết đơn vị)")).toBe(true);
  });

  it("judges Phụ lục 9 again from the merged figures", () => {
    // a department's procedures and a commune's: two lists, of two levels, added
    const C = unit(
      "c.xlsx",
      "Sở Tài chính",
      { PL8: y({ "pl8.payment.fees": 100, "pl8.payment.integrated": 70 }, "y2024") },
      "so"
    );
    const D = unit("d.xlsx", "UBND xã Dũng", {
      PL8: y({ "pl8.payment.fees": 300, "pl8.payment.integrated": 270 }, "y2024"),
    });
    const r = mergeUnits([C, D], round);
    const t3 = assessAll(round.targets, r.merged.figures, "so", round).find((a) => a.target === 3)!;
    expect(t3.evidence).toBe("PL8 6.5 = 85,0 % ≥ 80 % (năm 2024)"); // 340/400, though one list had 70 %
    expect(t3.verdict).toBe("dat");
  });

  it("keeps every unit's figures beside the merged one: a row a figure, a column a unit", () => {
    const sheet = mergeLayout(merged, { unit: "Huyện Vũ Thư" }, round).sheets.find(
      (s) => s.id === "UNITS"
    )!;
    const body = sheet.body!;
    const i = body.leads.findIndex((l) => l[0] === "PL1|pl1.plan.tasks|y2021");
    // named by its form, STT, indicator and period; then the total, how many units gave it, each unit's
    expect(bodyRow(body, i)).toEqual([
      "PL1|pl1.plan.tasks|y2021",
      "Phụ lục 1",
      "2.1",
      expect.stringMatching(/^Số nhiệm vụ/),
      "Năm 2021",
      40,
      2,
      10,
      30,
    ]);
    const names = sheet.cells.filter((c) => c.row === 6 && c.col >= 7).map((c) => c.value);
    expect(names).toEqual(["UBND xã An Bình", "UBND xã Bình Minh"]);
  });

  it("prints the per-unit sheet at 70 %, smaller where levels' totals need room beside two units", () => {
    const print = (units: (typeof A)[]) =>
      mergeLayout(mergeUnits(units, round), {}, round).sheets.find((s) => s.id === "UNITS")!.print;
    expect(print([A, B])).toMatchObject({ scale: 70, titleColumns: [1, 4], titleRows: [6, 6] });
    const sở = unit("s.xlsx", "Sở Nội vụ", { PL1: y({ "pl1.plan.tasks": 3 }) }, "so");
    // the total, two levels' subtotals: 24 more characters at 100 %
    expect(print([A, B, sở]).scale).toBe(60);
  });

  it("links each row of a consolidated form to its units in the per-unit sheet", () => {
    const layout = mergeLayout(merged, { unit: "Huyện Vũ Thư" }, round);
    const units = layout.sheets.find((s) => s.id === "UNITS")!.body!;
    const at = units.at + units.leads.findIndex((l) => l[0] === "PL1|pl1.plan.tasks|y2021");
    const pl1 = layout.sheets.find((s) => s.id === "PL1")!;
    const row = pl1.cells.find((c) => c.col === 0 && c.value === "pl1.plan.tasks")!.row;
    const stt = pl1.cells.find((c) => c.row === row && c.col === 1)!;
    expect(stt.formula).toBe(`HYPERLINK("#'TH Chi tiết đơn vị'!$F$${at + 1}","2.1")`);
    // Phụ lục 9's rows too, where units gave a verdict
    const withVerdict = mergeUnits(
      [unit("v.xlsx", "UBND xã Vinh", { PL9: { "pl9.t3": { verdict: "Đạt" } } })],
      round
    );
    const pl9 = mergeLayout(withVerdict, {}, round).sheets.find((s) => s.id === "PL9")!;
    const t3 = pl9.cells.find((c) => c.col === 0 && c.value === "pl9.t3")!.row;
    expect(pl9.cells.find((c) => c.row === t3 && c.col === 1)?.formula).toMatch(/^HYPERLINK\(/);
    // a matrix's rows are periods: the period's name links to its first figure
    const matrix = mergeUnits(
      [unit("m.xlsx", "Sở Nội vụ", { PL5: { "pl5.i.branches": { p2021_2025: 4 } } }, "so")],
      round
    );
    const pl5 = mergeLayout(matrix, {}, round).sheets.find((s) => s.id === "PL5")!;
    const linked = pl5.cells.filter((c) => c.formula?.startsWith("HYPERLINK("));
    expect(linked.map((c) => c.formula)).toEqual([
      `HYPERLINK("#'TH Chi tiết đơn vị'!$F$8","2021-2025"&CHAR(10)&"(Thời điểm 31/3/2025)")`,
    ]);
    // a row no unit gave a figure of keeps its plain STT
    const blank = pl1.cells.find((c) => c.col === 0 && c.value === "pl1.inspection.rate")!.row;
    expect(pl1.cells.find((c) => c.row === blank && c.col === 1)?.formula).toBeUndefined();
  });

  it("writes the consolidated forms under TH names, marked for the next merge to replace", () => {
    const layout = mergeLayout(merged, { unit: "Huyện Vũ Thư" }, round);
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "TH Tổng quan",
      "TH Thông tin",
      ...round.forms.map((f) => `TH ${f.sheet}`),
      "TH Chi tiết đơn vị",
      "TH Báo cáo tổng hợp",
    ]);
    expect(
      layout.sheets.every((s) =>
        s.cells.some((c) => c.row === 0 && c.col === 1 && c.value === "#merged")
      )
    ).toBe(true);
  });
});

describe("Tổng hợp, with what goes wrong", () => {
  it("flags the same unit twice and merges neither copy until one is chosen", () => {
    const again = unit("a-sua.xlsx", "ubnd xã  an bình", { PL1: y({ "pl1.plan.tasks": 12 }) });
    const open = mergeUnits([A, again, B], round);
    expect(open.duplicates).toEqual([
      {
        unitKey: unitKeyOf("UBND xã An Bình"),
        unit: "UBND xã An Bình",
        files: ["a.xlsx", "a-sua.xlsx"],
        chosen: null,
      },
    ]);
    expect(open.lines.filter((l) => l.included).map((l) => l.file)).toEqual(["b.xlsx"]);
    const chosen = mergeUnits([A, again, B], round, {
      choices: { [unitKeyOf("UBND xã An Bình")]: "a-sua.xlsx" },
    });
    expect(chosen.lines.filter((l) => l.included).map((l) => l.file)).toEqual([
      "a-sua.xlsx",
      "b.xlsx",
    ]);
    expect(chosen.merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(42);
  });

  it("lists the roster's units that sent nothing, and the units it does not list", () => {
    const r = mergeUnits([A, B], round, {
      roster: [
        { name: "UBND xã An Bình", level: "xa" },
        { name: "UBND xã Cẩm Phả", level: "xa" },
      ],
    });
    expect(r.missing).toEqual([{ name: "UBND xã Cẩm Phả", level: "xa" }]);
    expect(r.lines.find((l) => l.file === "b.xlsx")!.notes).toEqual([
      "Đơn vị không có trong danh sách đơn vị",
    ]);
  });

  const rename = (sheets: RawSheet[], from: string, to: string) =>
    sheets.map((s) => (s.name === from ? { ...s, name: to } : s));
  const good = unitSheets("UBND xã Chín", { PL1: y({ "pl1.plan.tasks": 7 }) });
  it.each([
    [
      "not an .xlsx",
      readUnit({ file: "x.pdf", failure: "notXlsx" }),
      "unreadable",
      /Không phải tệp Excel/,
    ],
    ["an old .xls", readUnit({ file: "x.xls", failure: "oldXls" }), "unreadable", /Tệp Excel cũ/],
    [
      "password-protected",
      readUnit({ file: "x.xlsx", failure: "encrypted" }),
      "unreadable",
      /mật khẩu mở tệp/,
    ],
    [
      "damaged",
      readUnit({ file: "x.xlsx", failure: "damaged", detail: "End of data reached" }),
      "unreadable",
      /Tệp bị hỏng, không đọc được \(End of data reached\)/,
    ],
    [
      "of another reporting round",
      readUnit({ file: "r.xlsx", sheets: withVersion(good, "CCHC-2016-2020/3") }),
      "otherRound",
      /bộ biểu mẫu CCHC-2016-2020, không phải bộ Tổng kết CCHC giai đoạn 2021 - 2025/,
    ],
    [
      "of another template version of this round",
      readUnit({ file: "v.xlsx", sheets: withVersion(good, "CCHC-2021-2025/0") }),
      "otherVersion",
      /phiên bản CCHC-2021-2025\/0/,
    ],
    [
      "with no version on its cover",
      readUnit({ file: "k.xlsx", sheets: withVersion(good, "") }),
      "otherVersion",
      /phiên bản không rõ/,
    ],
    [
      "without its cover",
      readUnit({ file: "c.xlsx", sheets: good.filter((s) => s.rows[0]?.[0] !== "COVER") }),
      "noCover",
      /không có trang Thông tin/,
    ],
    [
      "without any form",
      readUnit({ file: "n.xlsx", sheets: [{ name: "Sheet1", rows: [["Báo cáo"]] }] }),
      "noForms",
      /Không có biểu mẫu CCHC/,
    ],
    [
      "with empty forms",
      readUnit({ file: "e.xlsx", sheets: unitSheets("UBND xã Trống", {}) }),
      "empty",
      /chưa nhập số liệu/,
    ],
  ])("reports a file %s, and merges the good ones all the same", (_what, bad, status, message) => {
    const r = mergeUnits([A, bad, B], round);
    const line = r.lines.find((l) => l.file === bad.file)!;
    expect(line).toMatchObject({ status, included: false });
    expect(line.detail).toMatch(message);
    expect(r.units.map((u) => u.file)).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("reads renamed sheets by their keys", () => {
    const r = mergeUnits(
      [readUnit({ file: "r.xlsx", sheets: rename(good, "Phụ lục 1", "PL1 (đã sửa)") })],
      round
    );
    expect(r.merged.figures.PL1?.["pl1.plan.tasks"]?.y2021).toBe(7);
  });

  it("merges a file with missing sheets, and names them", () => {
    const r = mergeUnits(
      [readUnit({ file: "m.xlsx", sheets: good.filter((s) => s.name !== "Phụ lục 8") })],
      round
    );
    expect(r.lines[0]).toMatchObject({ included: true, missingForms: ["PL8"] });
    expect(r.lines[0]!.detail).toMatch(/Thiếu: Phụ lục 8/);
  });

  it("merges files with errors, counted in the report, unless told to skip them", () => {
    const wrong = unit("w.xlsx", "UBND xã Sai", {
      PL1: y({ "pl1.plan.tasks": 5, "pl1.plan.done": 9 }),
    });
    expect(mergeUnits([wrong], round).lines[0]).toMatchObject({
      status: "problems",
      errors: 1,
      included: true,
    });
    expect(mergeUnits([wrong], round, { skipErrors: true }).lines[0]).toMatchObject({
      included: false,
    });
  });
});

describe("Tổng hợp by an office of one level", () => {
  it("writes every level's figures into the consolidated forms, greying none", () => {
    const commune = unit("xa.xlsx", "UBND xã An", { PL2: y({ "pl2.issued.hdnd_xa": 3 }) });
    const layout = mergeLayout(
      mergeUnits([commune], round),
      { unit: "Sở Nội vụ", level: "so" },
      round
    );
    const pl2 = layout.sheets.find((s) => s.id === "PL2")!;
    const slot = pl2.slots.get(figureKey(figureRef("PL2", "pl2.issued.hdnd_xa", "y2021")))!;
    expect(pl2.cells.find((c) => c.row === slot.row && c.col === slot.col)?.value).toBe(3);
  });
});

describe("Tổng hợp of the Bảng tổng hợp's remarks", () => {
  it("keeps each unit's Ghi chú, with its name, beside the row's merge note", () => {
    // the answer is typed once, in Phụ lục 1 row 8; the Bảng tổng hợp takes it and asks for the count
    const a = unit("a.xlsx", "UBND xã An", {
      PL1: { "pl1.dialogue": { y2021: 1 } },
      THKQ: { "thkq.i.dialogue": { notes: "3 cuộc" } },
    });
    const b = unit("b.xlsx", "UBND xã Bình", {
      PL1: { "pl1.dialogue": { y2021: 1 } },
      THKQ: { "thkq.i.dialogue": { notes: "5 cuộc" } },
    });
    const r = mergeUnits([a, b], round);
    expect(r.merged.figures.THKQ?.["thkq.i.dialogue"]?.notes).toBe(
      "UBND xã An: 3 cuộc\nUBND xã Bình: 5 cuộc"
    );
    const thkq = mergeLayout(r, {}, round).sheets.find((s) => s.id === "THKQ")!;
    const slot = thkq.slots.get(notesKey("THKQ", "thkq.i.dialogue"))!;
    expect(thkq.cells.find((c) => c.row === slot.row && c.col === slot.col)?.value).toBe(
      "Có khi ít nhất một đơn vị trả lời Có; năm 2021: Có 2/2 đơn vị\nUBND xã An: 3 cuộc\nUBND xã Bình: 5 cuộc"
    );
  });
});

describe("copies of one unit, told apart", () => {
  it("by who made each, when it was saved and how many figures it holds", () => {
    const saved = Date.UTC(2025, 10, 12, 8, 30);
    const entry = readUnit({
      file: "an-binh.xlsx",
      sheets: filledSheets(
        { PL1: y({ "pl1.plan.tasks": 12, "pl1.plan.done": 6 }) },
        { unit: "UBND xã An Bình", level: "xa", preparer: "Nguyễn Thị Lan" }
      ),
      modified: saved,
    });
    expect(entry).toMatchObject({ preparer: "Nguyễn Thị Lan", modified: saved, filled: 2 });
  });
});
