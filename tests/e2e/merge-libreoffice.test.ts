import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { locateWorkbook } from "../../src/core/read/locate";
import { Deadline } from "../../src/xlsx/limits";
import { readRawSheets } from "../../src/xlsx/read";
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
      { PL8: { "pl8.payment.fees": { y2024: 100 }, "pl8.payment.integrated": { y2024: 70 } } },
      { unit: "UBND xã An", level: "xa" }
    );
    await writeUnitFile(
      units,
      "b.xlsx",
      { PL8: { "pl8.payment.fees": { y2024: 300 }, "pl8.payment.integrated": { y2024: 270 } } },
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
    const sheets = readRawSheets(readBytes(recalculated), new Deadline(), () => true);
    const located = locateWorkbook(sheets);
    expect(located.merged).toContain("TH Phụ lục 8");
    const pl8 = sheets.find((s) => s.name === "TH Phụ lục 8")!;
    const rateRow = pl8.rows.findIndex((r) => r[0] === "pl8.payment.rate");
    expect(pl8.rows[rateRow]![7]).toBeCloseTo(85, 9); // (70 + 270)/(100 + 300), column H = 2024
    const pl9 = sheets.find((s) => s.name === "TH Phụ lục 9")!;
    const t3 = pl9.rows.find((r) => r[0] === "pl9.t3")!;
    expect([t3[3], t3[4]]).toEqual(["PL8 6.5 = 85,0 % ≥ 80 % (năm 2024)", "Đạt"]);

    const pdf = sofficeConvert(out, "pdf", artifacts);
    const pages = pdfPages(pdf);
    const first = (title: string) => pages.findIndex((p) => p.includes(title)) + 1;
    pdfPageToPng(pdf, first("Phụ lục 8"), join(artifacts, "TH-PL8"));
    pdfPageToPng(pdf, first("CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ"), join(artifacts, "TH-chi-tiet"));
    pdfPageToPng(pdf, first("BÁO CÁO TỔNG HỢP CÁC TỆP"), join(artifacts, "TH-bao-cao"));
  });
});
