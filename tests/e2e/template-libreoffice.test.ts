import { round } from "../support/round";
import type { RawValue } from "../../src/core/read/grid";
import { figureKey, figureRef } from "../../src/core/figure";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

import { computeAll } from "../../src/core/compute";
import { buildWorkbookLayout } from "../../src/core/layout";
import { fillLayout } from "../../src/core/layout/fill";
import { coverRef } from "../../src/core/layout/cover";
import { locateWorkbook } from "../../src/core/read/locate";
import { figureAt, type Figures } from "../../src/core/values";
import { main } from "../../src/cli/main";
import { readRawSheets } from "../../src/xlsx/read";
import { writeLayout } from "../../src/xlsx/write";
import { assessAll } from "../../src/core/assess/targets";
import { text } from "../../src/core/messages";
import { unzipSync, strFromU8 } from "fflate";
import { inputOf, numberRuleFormula } from "../../src/core/layout/inputs";
import { rowOf, formIn } from "../../src/core/catalogue";
import { consistentFigures } from "../support/consistent";
import { ktCchc2025 } from "../../src/core/rounds/kt-cchc-2025";
import { pdfPageToPng, pdfPages, readBytes, sofficeConvert } from "../support/libreoffice";

const artifacts = join(__dirname, "..", "artifacts", "template");
const work = join(artifacts, "work");
const silent = { out: () => undefined, err: () => undefined };

beforeAll(() => {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
});

/** What LibreOffice shows: a formula whose stored result is an empty text reads back without a value. */
const shown = (raw: RawValue): RawValue =>
  raw !== null && typeof raw === "object" && "formula" in raw ? null : raw;

describe("the blank forms in LibreOffice", () => {
  const file = join(work, "bieu-mau.xlsx");

  beforeAll(async () => {
    expect(
      await main(["template", "--out", file, "--unit", "Sở Nội vụ", "--level", "so"], silent)
    ).toBe(0);
  });

  it("renders every form to PDF, and keeps a PNG of each form's first page", () => {
    const pdf = sofficeConvert(file, "pdf", work);
    const pages = pdfPages(pdf);
    for (const form of round.forms) {
      const page = pages.findIndex((p) => p.trimStart().startsWith(form.heading));
      expect([form.id, page >= 0]).toEqual([form.id, true]);
      pdfPageToPng(pdf, page + 1, join(artifacts, `${form.id}`));
    }
    // Nghị định 30/2020: the bare page number at the top, from each sheet's second page on
    const numbers = pages.flatMap((p) => /^\s*(\d+)\s*\n/.exec(p)?.[1] ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n >= 2)).toBe(true);
    expect(pages.some((p) => /Trang \d/.test(p))).toBe(false);
  });

  it("keeps its row keys, cover and template version once LibreOffice saves it again", async () => {
    const again = sofficeConvert(file, "xlsx:Calc MS Excel 2007 XML", join(work, "resaved"));
    const located = locateWorkbook(readRawSheets(readBytes(again)), round);
    expect(located.cover).toMatchObject({
      unit: "Sở Nội vụ",
      level: "Sở, ban, ngành",
      version: round.version,
    });
    const written = buildWorkbookLayout(round, { unit: "Sở Nội vụ", level: "so" });
    for (const form of round.forms) {
      const found = located.forms.find((f) => f.form.id === form.id)!;
      const slots = [...written.sheets.find((s) => s.id === form.id)!.slots.keys()];
      expect([form.id, [...found.cells.keys()].sort()]).toEqual([form.id, slots.sort()]);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readBytes(again) as unknown as ArrayBuffer);
    expect(wb.definedNames.getRanges("CCHC_PhienBan").ranges).toEqual([coverRef("version")]);
  });
});

describe("the forms as an official document (Nghị định 30/2020)", () => {
  it("name the report they go with and carry the signatures, read from the cover", async () => {
    const layout = buildWorkbookLayout(round, {
      unit: "UBND huyện Kiến Xương",
      level: "huyen",
      reportNo: "125/BC-UBND",
      reportDate: "15/10/2025",
      preparer: "Nguyễn Văn An",
      signerTitle: "Chủ tịch",
      signer: "Trần Thị Bình",
    });
    const file = join(work, "official.xlsx");
    writeFileSync(file, await writeLayout(layout));
    const pages = pdfPages(sofficeConvert(file, "pdf", join(work, "official")));
    // pdftotext splits words where the font kerns them: compared without any spaces
    const flat = (p: string) => p.replace(/\s+/g, "");
    for (const form of round.forms) {
      const own = pages.map(flat).filter((p) => p.includes(flat(form.heading)));
      const first = own[0] ?? "";
      expect([form.id, first]).toEqual([
        form.id,
        expect.stringContaining(
          flat("(Kèm theo Báo cáo số: 125/BC-UBND ngày 15/10/2025 của UBND huyện Kiến Xương)")
        ),
      ]);
    }
    const signed = pages.map(flat).filter((p) => p.includes(flat("NGƯỜI LẬP BIỂU")));
    // one signature block a form, on its last page
    expect(signed).toHaveLength(round.forms.length);
    for (const p of signed)
      for (const words of [
        "CHỦ TỊCH",
        "(Ký, ghi rõ họ tên)",
        "(Ký tên, đóng dấu)",
        "Nguyễn Văn An",
        "Trần Thị Bình",
      ])
        expect(p).toContain(flat(words));
  });

  it("say what is still blank, and who signs when the cover does not say", async () => {
    const file = join(work, "official-blank.xlsx");
    writeFileSync(file, await writeLayout(buildWorkbookLayout(round, { level: "xa" })));
    const pages = pdfPages(sofficeConvert(file, "pdf", join(work, "official-blank")));
    const flat = pages.map((p) => p.replace(/\s+/g, ""));
    expect(flat.find((p) => p.includes("(Kèmtheo"))).toContain("(KèmtheoBáocáosố:……ngày……của……)");
    expect(
      flat.filter((p) => p.includes("NGƯỜILẬPBIỂU")).every((p) => p.includes("THỦTRƯỞNGĐƠNVỊ"))
    ).toBe(true);
  });
});

describe('"Không áp dụng" in an input cell', () => {
  it("is written as a custom rule that reads each range from its own top-left cell", async () => {
    const bytes = await writeLayout(
      buildWorkbookLayout(round, { unit: "UBND xã Tân Hòa", level: "xa" })
    );
    const parts = unzipSync(bytes);
    const rules = Object.entries(parts)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .flatMap(([, xml]) => [
        ...strFromU8(xml).matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g),
      ])
      .map(([dv]) => dv)
      .filter((dv) => dv.includes('type="custom"'));
    expect(rules.length).toBeGreaterThan(10);
    for (const dv of rules) {
      const first = /sqref="([A-Z]+\d+)/.exec(dv)![1];
      const read = /<formula1>IF\(ISNUMBER\(([A-Z]+\d+)\)/.exec(dv)?.[1];
      expect([first, read]).toEqual([first, first]);
    }
  });

  it("is taken with whole numbers from 0 by a count cell's rule, and nothing else, as LibreOffice computes it", async () => {
    const count = inputOf(rowOf(formIn(round, "PL1"), "pl1.plan.tasks")!)!.validation;
    const rate = inputOf(rowOf(formIn(round, "PL1"), "pl1.survey.satisfaction")!)!.validation;
    if (count.type !== "whole" || rate.type !== "decimal") throw new Error("number rules");
    const typed: (number | string)[] = [
      12,
      0,
      2.5,
      -1,
      "Không áp dụng",
      "không áp dụng",
      "Không",
      "12",
      100.5,
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thử");
    typed.forEach((value, r) => {
      ws.getCell(r + 1, 1).value = value;
      ws.getCell(r + 1, 2).value = { formula: numberRuleFormula(count, r, 0) };
      ws.getCell(r + 1, 3).value = { formula: numberRuleFormula(rate, r, 0) };
    });
    const file = join(work, "validation-rules.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    // as text, so that a FALSE is told from a formula without a result
    const csv = sofficeConvert(
      file,
      "csv:Text - txt - csv (StarCalc):44,34,76",
      join(work, "validation-rules")
    );
    const computed = readBytes(csv)
      .toString("utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    expect(computed).toEqual([
      ["12", "TRUE", "TRUE"],
      ["0", "TRUE", "TRUE"],
      ["2.5", "FALSE", "TRUE"],
      ["-1", "FALSE", "FALSE"],
      ["Không áp dụng", "TRUE", "TRUE"],
      ["không áp dụng", "TRUE", "TRUE"],
      ["Không", "FALSE", "FALSE"],
      // a number typed as text is not a number: Excel's own whole-number rule refuses it too
      ["12", "FALSE", "FALSE"],
      ["100.5", "FALSE", "FALSE"],
    ]);
  });
});

describe("the formulas LibreOffice computes", () => {
  it("match the engine on every computed or repeated cell of a randomly filled workbook", async () => {
    const typed = consistentFigures(20261122, "huyen");
    const file = join(work, "random.xlsx");
    writeFileSync(
      file,
      await writeLayout(
        fillLayout(buildWorkbookLayout(round, { unit: "UBND huyện Vũ Thư", level: "huyen" }), typed)
      )
    );
    const recalculated = sofficeConvert(
      file,
      "xlsx:Calc MS Excel 2007 XML",
      join(work, "recalculated-random")
    );
    const located = locateWorkbook(readRawSheets(readBytes(recalculated)), round);
    const engine = computeAll(
      typed,
      round,
      round.forms.map((f) => f.id)
    );
    let compared = 0;
    for (const form of round.forms)
      for (const row of form.rows.filter(
        (r) => (r.expr || r.repeats) && !r.notFor?.includes("huyen")
      ))
        for (const p of form.periods) {
          const sheet = shown(
            located.forms
              .find((f) => f.form.id === form.id)!
              .cells.get(figureKey(figureRef(form.id, row.key, p.id)))?.raw ?? null
          );
          const expected = engine[form.id]?.[row.key]?.[p.id] ?? null;
          if (expected === null) expect([row.key, p.id, sheet]).toEqual([row.key, p.id, null]);
          else
            expect([row.key, p.id, sheet]).toEqual([
              row.key,
              p.id,
              typeof expected === "number" ? expect.closeTo(expected, 9) : expected,
            ]);
          compared++;
        }
    expect(compared).toBeGreaterThan(100);
    const verdict = (t: number) =>
      shown(
        located.forms
          .find((f) => f.form.id === "PL9")!
          .cells.get(figureKey(figureRef("PL9", `pl9.t${t}`, "verdict")))?.raw ?? null
      );
    const evidence = (t: number) =>
      shown(
        located.forms
          .find((f) => f.form.id === "PL9")!
          .cells.get(figureKey(figureRef("PL9", `pl9.t${t}`, "result")))?.raw ?? null
      );
    for (const a of assessAll(round.targets, engine, "huyen", round)) {
      // the verdict column holds Đạt or Không đạt only: blank without the figures, and the unit's to
      // choose where the figures only propose
      expect([a.target, verdict(a.target)]).toEqual([
        a.target,
        a.proposed
          ? figureAt(typed, figureRef("PL9", `pl9.t${a.target}`, "verdict"))
          : a.verdict === "chuaDuSoLieu"
            ? null
            : text(a.verdict === "dat" ? "verdict.dat" : "verdict.khongDat"),
      ]);
      expect([a.target, evidence(a.target)]).toEqual([a.target, a.result]);
    }
  });

  it("give the same rates, totals and verdicts as the engine", async () => {
    const typed: Figures = {
      PL1: {
        "pl1.plan.tasks": { y2021: 40, y2022: 0 },
        "pl1.plan.done": { y2021: 34, y2022: 0 },
        "pl1.survey.satisfaction": { y2024: 91.5 },
      },
      PL3: {
        "pl3.procedures.huyen": { y2023: 1200 },
        "pl3.procedures.xa": { y2023: 310 },
        "pl3.digitised.results": { y2024: 75 },
      },
      PL8: { "pl8.payment.fees": { y2024: 300 }, "pl8.payment.integrated": { y2024: 256 } },
      // more units self-financed than units: a share over 100 %, judged by neither the sheet nor the engine
      PL7: {
        "pl7.units": { y2024: 10 },
        "pl7.units.full": { y2024: 8 },
        "pl7.units.recurrent": { y2024: 5 },
      },
    };
    const filled = fillLayout(
      buildWorkbookLayout(round, { unit: "UBND huyện Kiến Xương", level: "huyen" }),
      typed
    );
    const file = join(work, "filled.xlsx");
    writeFileSync(file, await writeLayout(filled));
    const recalculated = sofficeConvert(
      file,
      "xlsx:Calc MS Excel 2007 XML",
      join(work, "recalculated")
    );
    const located = locateWorkbook(readRawSheets(readBytes(recalculated)), round);
    const value = (form: string, key: string, period: string) =>
      shown(
        located.forms
          .find((f) => f.form.id === form)!
          .cells.get(figureKey(figureRef(form, key, period)))?.raw ?? null
      );

    const engine = computeAll(typed, round);
    expect(value("PL1", "pl1.plan.rate", "y2021")).toBeCloseTo(
      engine.PL1!["pl1.plan.rate"]!.y2021 as number,
      9
    );
    expect(value("PL1", "pl1.plan.rate", "y2022")).toBeNull();
    expect(value("PL3", "pl3.procedures.total", "y2023")).toBe(1510);
    expect(value("PL3", "pl3.procedures.total", "y2024")).toBeNull();
    // measured in part: proposed in the evidence, the verdict the unit's to choose
    expect(value("PL9", "pl9.t3", "result")).toBe(
      "PL8 6.5 = 85,3 % ≥ 80 % (năm 2024). Tỷ lệ giao dịch thanh toán trực tuyến từ 30% trở lên: không có trong biểu mẫu. Đề xuất theo phần đo được: Đạt."
    );
    expect(value("PL9", "pl9.t3", "verdict")).toBeNull();
    // target 4 for a district in 2024: 20 + 3 × 20 = 80 % needed
    expect(value("PL9", "pl9.t4", "result")).toBe("PL3 6.1 = 75,0 % < 80 % (năm 2024)");
    expect(value("PL9", "pl9.t4", "verdict")).toBe("Không đạt");
    expect(value("PL9", "pl9.t19", "verdict")).toBeNull();
    expect(value("PL9", "pl9.t19", "result")).toBe("PL8 3: chưa có số liệu");
    const t14 = assessAll(round.targets, engine, "huyen", round).find((a) => a.target === 14)!;
    expect(t14.verdict).toBe("chuaDuSoLieu");
    expect(value("PL9", "pl9.t14", "result")).toBe(t14.result);
    expect(t14.result).toMatch(/^\(PL7 3\.1 \+ 3\.2\)\/PL7 3 = 130,0 %: không thể quá 100 %/);
    // the district's own targets: those a district has no part in are not counted
    expect(value("THKQ", "thkq.vii.targets", "y2021")).toBe(
      "Đạt 0/16 mục tiêu; Không đạt 1; chưa đánh giá 15"
    );
  });
});

describe("the 2025 inspection round in LibreOffice", () => {
  it("computes every rate as the engine does, and prints every page with the form's title and signatures", async () => {
    const typed = consistentFigures(20251129, "xa", ["KT"], ktCchc2025);
    const file = join(work, "kiem-tra-2025.xlsx");
    writeFileSync(
      file,
      await writeLayout(
        fillLayout(
          buildWorkbookLayout(ktCchc2025, { unit: "UBND xã Cẩm Giang", level: "xa" }),
          typed
        )
      )
    );
    const recalculated = sofficeConvert(
      file,
      "xlsx:Calc MS Excel 2007 XML",
      join(work, "kiem-tra")
    );
    const located = locateWorkbook(readRawSheets(readBytes(recalculated)), ktCchc2025);
    const engine = computeAll(typed, ktCchc2025, ["KT"]);
    const form = formIn(ktCchc2025, "KT");
    const computed = form.rows.filter((r) => r.expr);
    expect(computed.length).toBe(6);
    for (const row of computed) {
      const sheet = shown(
        located.forms[0]!.cells.get(figureKey(figureRef("KT", row.key, "h2025")))?.raw ?? null
      );
      const expected = engine.KT?.[row.key]?.h2025 ?? null;
      expect([row.key, sheet]).toEqual([
        row.key,
        typeof expected === "number" ? expect.closeTo(expected, 9) : expected,
      ]);
    }
    const pdf = sofficeConvert(file, "pdf", join(work, "kiem-tra-pdf"));
    const pages = pdfPages(pdf);
    expect(pages[1]!.replace(/\s+/g, " ")).toMatch(/PHỤC VỤ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH/);
    expect(pages.some((p) => p.includes("NGƯỜI LẬP BIỂU"))).toBe(true);
    pdfPageToPng(pdf, 2, join(artifacts, "KT"));
  });
});
