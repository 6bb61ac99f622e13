import { coverAddress } from "../support/workbook";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CheckJsonSchema, MergeJsonSchema } from "../../src/cli/report-schema";
import ExcelJS from "exceljs";
import { y } from "../support/units";
import { captureIO, encryptedBytes, oldXlsBytes, tempDir, writeUnitFile } from "../support/files";

const dir = tempDir();
const run = async (...argv: string[]) => {
  const c = captureIO();
  const code = await main(argv, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
};

describe("cchc template", () => {
  it("writes the chosen forms and exits 0", async () => {
    const out = join(dir, "pl.xlsx");
    const r = await run(
      "template",
      "--out",
      out,
      "--forms",
      "pl1,PL3,THKQ",
      "--unit",
      "UBND xã Tân Hòa",
      "--level",
      "xa"
    );
    expect(r).toMatchObject({ code: 0, out: `Đã ghi ${out}: 4 trang tính.` });
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [["template"], /thiếu --out/],
    [["template", "--out", "x.xlsx", "--forms", "PL10"], /biểu mẫu không có: PL10/],
    [["template", "--out", "x.xlsx", "--level", "tinh"], /cấp không hợp lệ: tinh/],
    [["template", "--out", "x.xlsx", "--colour", "red"], /tùy chọn --colour không có/],
    [["frobnicate"], /Lệnh không rõ/],
  ])("exits 2 on bad arguments %p", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("prints its help in Vietnamese and English", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tạo biểu mẫu trống \/ write the blank forms/);
  });
});

describe("cchc check", () => {
  it("exits 0 on a clean file", async () => {
    const file = await writeUnitFile(
      dir,
      "clean.xlsx",
      { PL1: { "pl1.plan.tasks": { y2021: 40 }, "pl1.plan.done": { y2021: 38 } } },
      { unit: "Sở Nội vụ", level: "so" }
    );
    const r = await run("check", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Không có lỗi/);
  });

  it("exits 1 and lists each problem with its cells", async () => {
    const file = await writeUnitFile(
      dir,
      "wrong.xlsx",
      { PL1: { "pl1.plan.tasks": { y2021: 40 }, "pl1.plan.done": { y2021: 45 } } },
      { unit: "Sở Nội vụ", level: "so" }
    );
    const r = await run("check", file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1 lỗi, 0 cảnh báo/);
    expect(r.out).toMatch(/\[lỗi\] E13, E12: Phụ lục 1, dòng 2\.2/);
  });

  it("prints JSON of the documented shape", async () => {
    const file = await writeUnitFile(
      dir,
      "json.xlsx",
      { PL8: { "pl8.payment.fees": { y2024: 100 }, "pl8.payment.integrated": { y2024: 90 } } },
      { unit: "Sở TT&TT", level: "so" }
    );
    const r = await run("check", file, "--json");
    const json = CheckJsonSchema.parse(JSON.parse(r.out));
    expect(json).toMatchObject({ readable: true, unit: "Sở TT&TT", level: "so", errors: 0 });
    expect(json.assessments.find((a) => a.target === 3)).toMatchObject({
      verdict: "dat",
      evidence: "PL8 6.5 = 90,0 % ≥ 80 % (năm 2024)",
    });
  });

  it.each([
    ["not-excel.xlsx", Buffer.from("Báo cáo"), /Không phải tệp Excel/],
    ["old.xls", oldXlsBytes(), /Tệp Excel cũ \(\.xls\)/],
    ["locked.xlsx", encryptedBytes(), /mật khẩu mở tệp/],
    ["damaged.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /Tệp bị hỏng/],
  ])("exits 2 when %s cannot be read", async (name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const r = await run("check", join(dir, name));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("says in Vietnamese that a file is missing, and exits 2", async () => {
    const r = await run("check", join(dir, "missing.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tìm thấy tệp/);
  });

  it("checks several files and folders in one run: each report, a count, the highest exit code", async () => {
    const folder = join(tempDir(), "don-vi");
    mkdirSync(folder);
    await writeUnitFile(
      folder,
      "a.xlsx",
      { PL1: y({ "pl1.plan.tasks": 40 }) },
      { unit: "UBND xã A", level: "xa" }
    );
    await writeUnitFile(
      folder,
      "b.xlsx",
      { PL1: { "pl1.plan.tasks": { y2021: 40 }, "pl1.plan.done": { y2021: 45 } } },
      { unit: "UBND xã B", level: "xa" }
    );
    writeFileSync(join(folder, "c.xlsx"), Buffer.from("không phải Excel"));
    const r = await run("check", folder);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Kiểm tra a\.xlsx — UBND xã A[\s\S]*Kiểm tra b\.xlsx — UBND xã B/);
    expect(r.err).toMatch(/c\.xlsx: Không phải tệp Excel/);
    expect(r.out).toMatch(/3 tệp: 1 không có lỗi, 1 có lỗi hoặc cảnh báo, 1 không đọc được\./);
    const two = await run("check", join(folder, "a.xlsx"), join(folder, "b.xlsx"), "--json");
    expect(two.code).toBe(1);
    const reports = (JSON.parse(two.out) as unknown[]).map((j) => CheckJsonSchema.parse(j));
    expect(reports.map((j) => [j.unit, j.errors])).toEqual([
      ["UBND xã A", 0],
      ["UBND xã B", 1],
    ]);
  });

  it("gives a file of another round the same verdict and exit code as cchc merge", async () => {
    const file = await writeUnitFile(
      dir,
      "ky-cu.xlsx",
      { PL1: y({ "pl1.plan.tasks": 5 }) },
      { unit: "UBND xã Cũ", level: "xa" }
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Thông tin")!.getCell(coverAddress("version")).value = "CCHC-2016-2020/3";
    await wb.xlsx.writeFile(file);
    const check = await run("check", file);
    const merge = await run("merge", file, "--out", join(dir, "th-ky-cu.xlsx"), "--json");
    expect([check.code, merge.code]).toEqual([2, 2]);
    const detail = MergeJsonSchema.parse(JSON.parse(merge.out)).files[0]!.detail;
    expect(detail).toMatch(
      /bộ biểu mẫu CCHC-2016-2020, không phải bộ Tổng kết CCHC giai đoạn 2021 - 2025/
    );
    expect(check.err).toContain(detail);
  });
});

describe("cchc check --problems", () => {
  it("writes the problem list a unit can act on, and refuses to write over its input", async () => {
    const folder = tempDir();
    const file = await writeUnitFile(
      folder,
      "sai.xlsx",
      { PL1: { "pl1.plan.tasks": { y2021: 40 }, "pl1.plan.done": { y2021: 45 } } },
      { unit: "UBND xã Sai", level: "xa" }
    );
    const out = join(tempDir(), "danh-sach.xlsx");
    const r = await run("check", file, "--problems", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Đã ghi danh sách 1 vấn đề vào/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Danh sách vấn đề")!;
    expect(ws.getCell("B2").value).toBe("DANH SÁCH VẤN ĐỀ CẦN SỬA — UBND xã Sai");
    expect([4, 5, 6].map((c) => ws.getCell(5, c).value)).toEqual([
      "Phụ lục 1",
      "E13, E12",
      expect.stringMatching(/^Dòng này không được lớn hơn dòng kia/),
    ]);
    // rows as tall as their wrapped texts, so that a printed list is readable
    expect(ws.getRow(5).height).toBeGreaterThan(20);
    const over = await run("check", file, "--problems", file);
    expect(over.code).toBe(2);
    const several = await run("check", file, file, "--problems", out);
    expect(several.err).toMatch(/--problems chỉ dùng khi kiểm tra một tệp/);
  });
});
