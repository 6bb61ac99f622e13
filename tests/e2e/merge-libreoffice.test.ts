import { round } from "../support/round";
import { span } from "../../src/core/layout/builder";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { locateWorkbook } from "../../src/core/read/locate";
import { formIn, rowOf } from "../../src/core/catalogue";
import { workbookOf } from "../../src/core/layout/workbook";
import { Deadline } from "../../src/xlsx/limits";
import { readRawSheets, everySheet } from "../../src/xlsx/read";
import { writeLayout } from "../../src/xlsx/write";
import { acrossSheet, bodySheet, ODD, unitName } from "../support/body-sheet";
import { UNIT_ROWS } from "../../src/core/sheet-keys";
import { captureIO, writeUnitFile } from "../support/files";
import { pdfPageToPng, pdfPages, readBytes, sofficeConvert } from "../support/libreoffice";

const artifacts = join(__dirname, "..", "artifacts", "merge");

describe("the merged workbook in LibreOffice", () => {
  it("loads, computes its formulas from the merged figures, and renders", async () => {
    rmSync(artifacts, { recursive: true, force: true });
    const units = join(artifacts, "units");
    mkdirSync(units, { recursive: true });
    await writeUnitFile(
      units,
      "a.xlsx",
      {
        PL8: { "pl8.payment.fees": { y2024: 100 }, "pl8.payment.integrated": { y2024: 70 } },
        // target 3, measured in part: the unit chooses as its figures propose
        PL9: { "pl9.t3": { verdict: "Không đạt" } },
      },
      // a department's list and a commune's: two levels, added
      { unit: "Sở Tài chính", level: "so" }
    );
    await writeUnitFile(
      units,
      "b.xlsx",
      {
        PL8: { "pl8.payment.fees": { y2024: 300 }, "pl8.payment.integrated": { y2024: 270 } },
        PL9: { "pl9.t3": { verdict: "Đạt" } },
      },
      { unit: "UBND xã Bình", level: "xa" }
    );
    const out = join(artifacts, "tong-hop.xlsx");
    expect(
      await main(
        ["merge", units, "--out", out, "--unit", "UBND huyện Vũ Thư", "--level", "huyen"],
        captureIO().io
      )
    ).toBe(0);

    const recalculated = sofficeConvert(
      out,
      "xlsx:Calc MS Excel 2007 XML",
      join(artifacts, "recalculated")
    );
    // a merge's output is not a unit's figures: every sheet read whole
    const sheets = readRawSheets(readBytes(recalculated), new Deadline(), everySheet);
    const located = locateWorkbook(sheets, round);
    expect(located.merged).toContain("TH Phụ lục 8");
    const pl8 = sheets.find((s) => s.name === "TH Phụ lục 8")!;
    const rateRow = pl8.rows.findIndex((r) => r[0] === "pl8.payment.rate");
    expect(pl8.rows[rateRow]![7]).toBeCloseTo(85, 9); // (70 + 270)/(100 + 300), column H = 2024
    // a row's STT, a link to its units, still shows the STT once computed
    const feesRow = pl8.rows.find((r) => r[0] === "pl8.payment.fees")!;
    expect(feesRow[1]).toBe(rowOf(formIn(round, "PL8"), "pl8.payment.fees")!.stt);
    const pl9 = sheets.find((s) => s.name === "TH Phụ lục 9")!;
    const t3 = pl9.rows.find((r) => r[0] === "pl9.t3")!;
    // its STT a link to the units' verdicts, computed back to the STT
    expect(t3[1]).toBe(rowOf(formIn(round, "PL9"), "pl9.t3")!.stt);
    // the merged figures propose Đạt; the units chose Không đạt and Đạt: Không đạt, as any unit's is
    expect([t3[3], t3[4]]).toEqual([
      "PL8 6.5 = 85,0 % ≥ 80 % (năm 2024). Tỷ lệ giao dịch thanh toán trực tuyến từ 30% trở lên: không có trong biểu mẫu. Đề xuất theo phần đo được: Đạt.",
      "Không đạt",
    ]);

    // the per-unit sheet: a row a figure, written as a stream; the total and each level's, then each unit's
    const perUnit = sheets.find((s) => s.name === "TH Chi tiết đơn vị")!;
    const fees = perUnit.rows.find((r) => r[0] === "PL8|pl8.payment.fees|y2024")!;
    const heads = perUnit.rows[UNIT_ROWS.name]!;
    expect(heads.slice(5).map((h, c) => [h, fees[5 + c]])).toEqual([
      ["Tổng hợp", 400],
      ["Cộng Sở, ban, ngành (1 đơn vị)", 100],
      ["Cộng UBND cấp xã (1 đơn vị)", 300],
      ["Số đơn vị có số liệu", 2],
      ["Sở Tài chính", 100],
      ["UBND xã Bình", 300],
    ]);

    // as LibreOffice saved it, the consolidation merges again, one level up, as the units it holds
    const again = captureIO();
    expect(
      await main(["merge", recalculated, "--out", join(artifacts, "tinh.xlsx")], again.io)
    ).toBe(0);
    expect(again.out).toEqual([
      `Đã ghi ${join(artifacts, "tinh.xlsx")}: tổng hợp 2 đơn vị từ 1 tệp.`,
    ]);

    const pdf = sofficeConvert(out, "pdf", artifacts);
    const pages = pdfPages(pdf);
    // the first page a sheet prints starts with its title (the overview names every form before them)
    const first = (title: string) => pages.findIndex((p) => p.trimStart().startsWith(title)) + 1;
    expect(first("TỔNG QUAN KẾT QUẢ TỔNG HỢP")).toBe(1);
    pdfPageToPng(pdf, 1, join(artifacts, "TH-tong-quan"));
    pdfPageToPng(pdf, first("Phụ lục 8"), join(artifacts, "TH-PL8"));
    pdfPageToPng(pdf, first("CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ"), join(artifacts, "TH-chi-tiet"));
    // the per-unit sheet prints as few pages as its figures need, each naming its indicators and units
    const detail = pages.slice(
      first("CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ") - 1,
      first("BÁO CÁO TỔNG HỢP CÁC TỆP") - 1
    );
    expect(detail).toHaveLength(1);
    expect(detail[0]).toMatch(/Chỉ tiêu[\s\S]*Sở Tài chính[\s\S]*UBND xã Bình/);
    pdfPageToPng(pdf, first("BÁO CÁO TỔNG HỢP CÁC TỆP"), join(artifacts, "TH-bao-cao"));
  });

  it("prints a sheet of many units readable, and keeps its texts as written", async () => {
    const dir = join(artifacts, "across");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "ngang.xlsx");
    const sheet = acrossSheet(30);
    sheet.print = { titleRows: [1, 1], titleColumns: [0, 1], area: span(1, 0, 4, 32), scale: 70 };
    writeFileSync(file, await writeLayout(workbookOf([sheet])));
    const pages = pdfPages(sofficeConvert(file, "pdf", dir));
    // 30 columns of 10 characters beside 32 of titles: a few pages across, never one unreadable page
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThan(6);
    for (const page of pages) expect(page).toContain("Chỉ tiêu");
    // the last unit's figure, 29 × 1000.5, on the last page
    expect(pages.at(-1)).toContain("29,015");
    // and its texts, above the body and across it, as written
    const saved = sofficeConvert(file, "xlsx:Calc MS Excel 2007 XML", join(dir, "saved"));
    const [read] = readRawSheets(readBytes(saved), new Deadline(), everySheet);
    expect(read!.rows[1]!.slice(2)).toEqual(Array.from({ length: 30 }, (_, j) => unitName(j)));
    expect(read!.rows[4]!.slice(2)).toEqual(
      Array.from({ length: 30 }, (_, j) => ODD[j % ODD.length])
    );
  });

  it("reads a streamed body's texts as written: markup, escapes, spaces and control codes", async () => {
    const dir = join(artifacts, "body");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "than.xlsx");
    writeFileSync(file, await writeLayout(workbookOf([bodySheet(10)])));
    const saved = sofficeConvert(file, "xlsx:Calc MS Excel 2007 XML", join(dir, "saved"));
    const [sheet] = readRawSheets(readBytes(saved), new Deadline(), everySheet);
    expect(sheet!.rows.slice(2).map((r) => r[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => ODD[i % ODD.length])
    );
  });
});
