import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { Deadline } from "../../src/xlsx/limits";
import { readRawSheets, everySheet } from "../../src/xlsx/read";
import { main } from "../../src/cli/main";
import { MergeJsonSchema } from "../../src/cli/report-schema";
import { captureIO, oldXlsBytes, tempDir, writeUnitFile } from "../support/files";
import { UNIT_ROWS } from "../../src/core/sheet-keys";

const dir = tempDir();
const run = async (...argv: string[]) => {
  const c = captureIO();
  const code = await main(argv, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
};
const tasks = (n: number, done: number) => ({
  PL1: { "pl1.plan.tasks": { y2021: n }, "pl1.plan.done": { y2021: done } },
});

describe("cchc merge", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, "don-vi");
    mkdirSync(join(folder, "dot-2"), { recursive: true });
    await writeUnitFile(folder, "an-binh.xlsx", tasks(10, 5), {
      unit: "UBND xã An Bình",
      level: "xa",
    });
    await writeUnitFile(join(folder, "dot-2"), "binh-minh.xlsx", tasks(30, 25), {
      unit: "UBND xã Bình Minh",
      level: "xa",
    });
  });

  it("writes a consolidation that opens on its overview, its cover saying where to look", async () => {
    const out = join(dir, "mo-bao-cao.xlsx");
    expect((await run("merge", folder, "--out", out)).code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const workbook = strFromU8(parts["xl/workbook.xml"]!);
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    // no activeTab: the first sheet is the one shown
    const active = Number(workbook.match(/activeTab="(\d+)"/)?.[1] ?? 0);
    expect(names[active]).toBe("TH Tổng quan");
    const cover = readRawSheets(readFileSync(out), new Deadline(), everySheet).find(
      (s) => s.name === "TH Thông tin"
    )!;
    expect(cover.rows[2]?.[1]).toMatch(
      /^Số liệu tổng hợp từ tệp của các đơn vị\. Trang “TH Báo cáo tổng hợp”/
    );
  });

  it("merges a folder of clean files and exits 0", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const r = await run(
      "merge",
      folder,
      "--out",
      out,
      "--unit",
      "UBND huyện Vũ Thư",
      "--level",
      "huyen"
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Đã ghi ${out}: tổng hợp 2 đơn vị từ 2 tệp.`);
    expect(r.err).toContain(`[1/2] ${join(folder, "an-binh.xlsx")}: Hợp lệ`);
  });

  it("merges a consolidation again as the units it holds, one level up", async () => {
    const huyen = join(dir, "huyen-vu-thu.xlsx");
    await run("merge", folder, "--out", huyen, "--unit", "UBND huyện Vũ Thư", "--level", "huyen");
    const other = join(dir, "khac");
    mkdirSync(other, { recursive: true });
    await writeUnitFile(other, "dong-hung.xlsx", tasks(8, 8), {
      unit: "Sở Nội vụ",
      level: "so",
    });
    const province = join(dir, "tinh.xlsx");
    const r = await run("merge", huyen, join(other, "dong-hung.xlsx"), "--out", province);
    expect(r.out).toBe(`Đã ghi ${province}: tổng hợp 3 đơn vị từ 2 tệp.`);
    expect(r.err).toContain(`[1/2] ${huyen}: Bảng tổng hợp (UBND cấp huyện) của 2 đơn vị`);
    const units = readRawSheets(readFileSync(province), new Deadline(), everySheet).find(
      (s) => s.name === "TH Chi tiết đơn vị"
    )!;
    // a column a unit: its name, code, level and the consolidation it came through
    const rows = units.rows[0]!.flatMap((mark, c) =>
      mark === "unit"
        ? [
            (["name", "code", "level", "via"] as const).map(
              (k) => units.rows[UNIT_ROWS[k]]?.[c] ?? null
            ),
          ]
        : []
    );
    expect(rows).toEqual([
      ["Sở Nội vụ", null, "Sở, ban, ngành", null],
      ["UBND xã An Bình", null, "UBND cấp xã", "UBND huyện Vũ Thư"],
      ["UBND xã Bình Minh", null, "UBND cấp xã", "UBND huyện Vũ Thư"],
    ]);
    // a unit sent alone and in the consolidation: left out until --use names the copy that counts
    const twice = await run(
      "merge",
      huyen,
      join(folder, "an-binh.xlsx"),
      "--out",
      join(dir, "x.xlsx")
    );
    expect([twice.code, twice.out]).toEqual([1, expect.stringContaining("UBND xã An Bình")]);
    const chosen = await run(
      "merge",
      huyen,
      join(folder, "an-binh.xlsx"),
      "--out",
      join(dir, "x.xlsx"),
      "--use",
      huyen
    );
    expect(chosen.out).toBe(`Đã ghi ${join(dir, "x.xlsx")}: tổng hợp 2 đơn vị từ 2 tệp.`);
    // the total, then each level's subtotal: tasks 10 + 30 + 8, of which the xã's 40
    const planned = units.rows.find((row) => row[0] === "PL1|pl1.plan.tasks|y2021")!;
    const heads = units.rows[UNIT_ROWS.name]!;
    expect([5, 6, 7, 8].map((c) => [heads[c], planned[c]])).toEqual([
      ["Tổng hợp", 48],
      ["Cộng Sở, ban, ngành (1 đơn vị)", 8],
      ["Cộng UBND cấp xã (2 đơn vị)", 40],
      ["Số đơn vị có số liệu", 3],
    ]);
  });

  it("exits 1 when some files had problems, with a JSON report of the documented shape", async () => {
    writeFileSync(join(dir, "cu.xls"), oldXlsBytes());
    const roster = join(dir, "danh-sach.txt");
    writeFileSync(roster, "UBND xã An Bình\nUBND xã Bình Minh\nUBND xã Cẩm Phả\n");
    const r = await run(
      "merge",
      folder,
      join(dir, "cu.xls"),
      "--out",
      join(dir, "th2.xlsx"),
      "--roster",
      roster,
      "--json"
    );
    expect(r.code).toBe(1);
    const json = MergeJsonSchema.parse(JSON.parse(r.out));
    expect(json.merged).toBe(2);
    expect(json.files.find((f) => f.file === join(dir, "cu.xls"))).toMatchObject({
      status: "unreadable",
      included: false,
    });
    expect(json.missing.map((m) => m.name)).toEqual(["UBND xã Cẩm Phả"]);
  });

  it("leaves a duplicated unit out until --use names the copy that counts", async () => {
    await writeUnitFile(dir, "an-binh-sua.xlsx", tasks(12, 6), {
      unit: "UBND xã An Bình",
      level: "xa",
    });
    const open = await run(
      "merge",
      folder,
      join(dir, "an-binh-sua.xlsx"),
      "--out",
      join(dir, "th3.xlsx")
    );
    expect(open.code).toBe(1);
    expect(open.out).toContain(
      `UBND xã An Bình nộp trùng (${join(folder, "an-binh.xlsx")}, ${join(dir, "an-binh-sua.xlsx")}): chưa tổng hợp`
    );
    const chosen = await run(
      "merge",
      folder,
      join(dir, "an-binh-sua.xlsx"),
      "--out",
      join(dir, "th4.xlsx"),
      "--use",
      join(dir, "an-binh-sua.xlsx"),
      "--json"
    );
    expect(MergeJsonSchema.parse(JSON.parse(chosen.out)).duplicates[0]!.chosen).toBe(
      join(dir, "an-binh-sua.xlsx")
    );
  });

  it("exits 2 when nothing could be merged", async () => {
    const r = await run("merge", join(dir, "cu.xls"), "--out", join(dir, "th5.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có tệp nào tổng hợp được/);
  });

  it("exits 2 when --use names a file that is not merged", async () => {
    const r = await run("merge", folder, "--out", join(dir, "th6.xlsx"), "--use", "khong-co.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--use khong-co\.xlsx: không có tệp này/);
  });

  it("exits 2 without --out or files", async () => {
    expect((await run("merge", folder)).code).toBe(2);
    expect((await run("merge", "--out", "x.xlsx")).code).toBe(2);
  });

  describe("never modifies or replaces an input", () => {
    const bytesOf = (f: string) => readFileSync(f).toString("base64");

    it("refuses an output that is one of the inputs, by name, by symbolic link or by hard link", async () => {
      const input = join(folder, "an-binh.xlsx");
      const before = bytesOf(input);
      symlinkSync(input, join(dir, "lien-ket.xlsx"));
      linkSync(input, join(dir, "cung-tep.xlsx"));
      for (const out of [input, join(dir, "lien-ket.xlsx"), join(dir, "cung-tep.xlsx")]) {
        const r = await run("merge", input, join(folder, "dot-2"), "--out", out);
        expect([out, r.code]).toEqual([out, 2]);
        expect(r.err).toMatch(
          /trùng với \(hoặc nằm trong\) dữ liệu đầu vào .*Không ghi đè tệp của đơn vị/
        );
      }
      expect(bytesOf(input)).toBe(before);
    });

    it("refuses an output inside a folder of inputs", async () => {
      const r = await run("merge", folder, "--out", join(folder, "dot-2", "tong-hop.xlsx"));
      expect(r.code).toBe(2);
      expect(existsSync(join(folder, "dot-2", "tong-hop.xlsx"))).toBe(false);
    });

    it("says in Vietnamese when the output folder is missing or the roster cannot be read", async () => {
      const missing = await run("merge", folder, "--out", join(dir, "khong-co", "th.xlsx"));
      expect([missing.code, missing.err]).toEqual([
        2,
        expect.stringMatching(/thư mục .*khong-co không tồn tại/),
      ]);
      const roster = await run(
        "merge",
        folder,
        "--out",
        join(dir, "th7.xlsx"),
        "--roster",
        join(dir, "khong-co.txt")
      );
      expect([roster.code, roster.err]).toEqual([
        2,
        expect.stringMatching(/không đọc được danh sách đơn vị .*thư mục hoặc tệp không tồn tại/),
      ]);
    });

    it("reads the same file once, however many times or names it is given, and tells a missing one", async () => {
      copyFileSync(join(folder, "an-binh.xlsx"), join(dir, "ban-sao.xlsx"));
      const r = await run(
        "merge",
        folder,
        join(folder, "an-binh.xlsx"),
        join(dir, "ban-sao.xlsx"),
        join(dir, "khong-co.xlsx"),
        "--out",
        join(dir, "th8.xlsx"),
        "--json"
      );
      const json = MergeJsonSchema.parse(JSON.parse(r.out));
      expect(json.merged).toBe(2);
      expect(json.files.map((f) => [f.file, f.included])).toEqual([
        [join(folder, "an-binh.xlsx"), true],
        [join(folder, "dot-2", "binh-minh.xlsx"), true],
        [join(dir, "ban-sao.xlsx"), false],
        [join(dir, "khong-co.xlsx"), false],
      ]);
      expect(json.files[2]!.detail).toBe(
        `Cùng nội dung với tệp ${join(folder, "an-binh.xlsx")}: chỉ tính một lần.`
      );
      expect(json.files[3]!.detail).toMatch(/^Không tìm thấy tệp/);
    });

    it("takes --use by path: two files of the same name in two folders are two files", async () => {
      mkdirSync(join(dir, "dot-3"), { recursive: true });
      await writeUnitFile(join(dir, "dot-3"), "an-binh.xlsx", tasks(14, 7), {
        unit: "UBND xã An Bình",
        level: "xa",
      });
      const r = await run(
        "merge",
        folder,
        join(dir, "dot-3"),
        "--out",
        join(dir, "th9.xlsx"),
        "--use",
        join(dir, "dot-3", "an-binh.xlsx"),
        "--json"
      );
      const json = MergeJsonSchema.parse(JSON.parse(r.out));
      expect(json.duplicates[0]!.chosen).toBe(join(dir, "dot-3", "an-binh.xlsx"));
      expect(json.merged).toBe(2);
    });
  });
});

describe("cchc merge --problems-dir", () => {
  it("writes one problem list a file with problems, to send back to its unit, and none for a clean one", async () => {
    const units = join(dir, "loi");
    const lists = join(dir, "danh-sach-loi");
    mkdirSync(units, { recursive: true });
    mkdirSync(lists, { recursive: true });
    const clean = await writeUnitFile(units, "an-binh.xlsx", tasks(10, 5), {
      unit: "UBND xã An Bình",
      level: "xa",
    });
    const wrong = await writeUnitFile(units, "cam-pha.xlsx", tasks(20, 21), {
      unit: "UBND xã Cẩm Phả",
      level: "xa",
    });
    const r = await run(
      "merge",
      clean,
      wrong,
      "--out",
      join(dir, "th-loi.xlsx"),
      "--problems-dir",
      lists
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Đã ghi danh sách lỗi của 1 tệp vào ${lists}, để gửi lại từng đơn vị.`);
    const file = join(lists, "cam-pha - danh sách lỗi.xlsx");
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(lists, "an-binh - danh sách lỗi.xlsx"))).toBe(false);
    const sheet = readRawSheets(readFileSync(file), new Deadline(), everySheet)[0]!;
    const texts = sheet.rows.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("DANH SÁCH VẤN ĐỀ CẦN SỬA — UBND xã Cẩm Phả");
    expect(texts.some((t) => /\(21\) lớn hơn/.test(t))).toBe(true);
  });

  it("never writes into a folder of inputs", async () => {
    const units = join(dir, "loi-2");
    mkdirSync(units, { recursive: true });
    await writeUnitFile(units, "a.xlsx", tasks(1, 1), { unit: "UBND xã A", level: "xa" });
    const r = await run("merge", units, "--out", join(dir, "th-2.xlsx"), "--problems-dir", units);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/trùng với \(hoặc nằm trong\) dữ liệu đầu vào/);
  });
});
