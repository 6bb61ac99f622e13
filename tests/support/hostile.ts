import { coverAddress } from "./workbook";
import { execFileSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync,
} from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { LIMITS } from "../../src/xlsx/limits";
import { encryptedBytes, oldXlsBytes, writeUnitFile } from "./files";
import { y } from "./units";

/** One bad or hostile input as a consolidating office meets it: how to make it, what cchc must answer. */
export interface HostileCase {
  name: string;
  /** makes the inputs in `dir`, returns the command line after "cchc" */
  make: (dir: string) => Promise<string[]>;
  code: number;
  /** what the answer must say (stdout and stderr together) */
  says?: RegExp;
  /** further checks on the answer */
  also?: (answer: string, dir: string) => void | Promise<void>;
}

/** A path beside a case's folder, named after it: outputs and rosters that are not among the inputs. */
const beside = (dir: string, prefix: string, ext: string) =>
  join(dir, "..", `${prefix}-${basename(dir)}.${ext}`);

/** Two files of one unit (the second named `second`) beside another unit's: the duplicate is left unresolved. */
const sentTwice = (second: string) => async (d: string) => {
  await good(d, "a.xlsx");
  await good(d, "c.xlsx", "UBND xã Bình Minh");
  await writeUnitFile(
    d,
    "b.xlsx",
    { PL1: y({ "pl1.plan.tasks": 12 }) },
    { unit: second, level: "xa" }
  );
  return ["merge", d, "--out", beside(d, "th", "xlsx")];
};

const GOOD = { PL1: y({ "pl1.plan.tasks": 40, "pl1.plan.done": 30 }) };
const good = (dir: string, name = "don-vi.xlsx", unit = "UBND xã An Bình") =>
  writeUnitFile(dir, name, GOOD, { unit, level: "xa" });

/** The package's parts rewritten: `edit` gets each part's text (or null for a binary part) and returns its new text. */
async function rezip(
  file: string,
  edit: (name: string, text: string) => string | null,
  add: Record<string, string> = {}
): Promise<void> {
  const parts = unzipSync(readFileSync(file));
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    const text = name.endsWith(".xml") || name.endsWith(".rels") ? strFromU8(bytes) : null;
    const edited = text === null ? null : edit(name, text);
    out[name] = edited === null ? bytes : strToU8(edited);
  }
  for (const [name, text] of Object.entries(add)) out[name] = strToU8(text);
  writeFileSync(file, zipSync(out));
}

/** PL1 is the second sheet the writer lays out; the cover the first. */
const PL1 = "xl/worksheets/sheet2.xml";
const COVER = "xl/worksheets/sheet1.xml";
const cell = (xml: string, address: string, inner: string, type = "") =>
  xml.replace(
    new RegExp(`<c r="${address}"([^>]*?)(/>|>.*?</c>)`),
    (_m, attrs: string) => `<c r="${address}"${attrs.replace(/ t="[^"]*"/, "")}${type}>${inner}</c>`
  );

async function withExcel(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

const check = (file: string) => ["check", file, "--json"];
const checkFile = (make: (dir: string) => Promise<string>) => async (dir: string) =>
  check(await make(dir));
const edited = (name: string, edit: (name: string, text: string) => string | null) =>
  checkFile(async (dir) => {
    const file = await good(dir);
    await rezip(file, (part, text) => (part === name ? edit(part, text) : null));
    return file;
  });
const typed = (address: string, inner: string, type = "") =>
  edited(PL1, (_n, xml) => cell(xml, address, inner, type));
const cover = (field: string, value: string) =>
  checkFile(async (dir) => {
    const file = await good(dir);
    await withExcel(file, (wb) => (wb.getWorksheet("Thông tin")!.getCell(field).value = value));
    return file;
  });
const rule = (id: string) => (answer: string) => {
  const json = JSON.parse(answer.slice(answer.indexOf("{"))) as { problems: { ruleId: string }[] };
  if (!json.problems.some((p) => p.ruleId === id))
    throw new Error(`no ${id} in ${answer.slice(0, 400)}`);
};
const noControls = (answer: string) => {
  const bad = [...answer].filter(
    (ch) =>
      ch !== "\n" &&
      ch !== "\t" &&
      (ch.charCodeAt(0) < 32 ||
        (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) < 0xa0) ||
        (ch >= "\u202a" && ch <= "\u202e"))
  );
  if (bad.length > 0) throw new Error(`control characters in the answer: ${JSON.stringify(bad)}`);
};
const merged = (answer: string) =>
  JSON.parse(answer.slice(answer.indexOf("{"))) as {
    merged: number;
    files: { file: string; status: string; detail: string; included: boolean }[];
  };

export const CASES: HostileCase[] = [
  // files that are not unit workbooks
  {
    name: "a text file named .xlsx",
    make: checkFile(async (d) => (writeFileSync(join(d, "a.xlsx"), "Báo cáo"), join(d, "a.xlsx"))),
    code: 2,
    says: /Không phải tệp Excel/,
  },
  {
    name: "an empty file",
    make: checkFile(async (d) => (writeFileSync(join(d, "a.xlsx"), ""), join(d, "a.xlsx"))),
    code: 2,
    says: /Không phải tệp Excel/,
  },
  {
    name: "an old .xls",
    make: checkFile(
      async (d) => (writeFileSync(join(d, "a.xls"), oldXlsBytes()), join(d, "a.xls"))
    ),
    code: 2,
    says: /Tệp Excel cũ/,
  },
  {
    name: "a password to open",
    make: checkFile(
      async (d) => (writeFileSync(join(d, "a.xlsx"), encryptedBytes()), join(d, "a.xlsx"))
    ),
    code: 2,
    says: /mật khẩu mở tệp/,
  },
  {
    name: "a truncated workbook",
    make: checkFile(async (d) => {
      const f = await good(d);
      writeFileSync(f, readFileSync(f).subarray(0, 4000));
      return f;
    }),
    code: 2,
    says: /Tệp bị hỏng|quá lớn/,
  },
  {
    name: "a zip holding no workbook",
    make: checkFile(
      async (d) => (
        writeFileSync(join(d, "a.xlsx"), zipSync({ "ghi-chu.txt": strToU8("x") })),
        join(d, "a.xlsx")
      )
    ),
    code: 2,
    says: /Tệp bị hỏng|Không có biểu mẫu/,
  },
  {
    name: "a zip bomb",
    make: checkFile(
      async (d) => (
        writeFileSync(
          join(d, "a.xlsx"),
          zipSync(
            { "xl/worksheets/sheet1.xml": new Uint8Array(LIMITS.entryBytes + 1) },
            { level: 9 }
          )
        ),
        join(d, "a.xlsx")
      )
    ),
    code: 2,
    says: /quá lớn/,
  },
  {
    name: "a zip bomb that lies about its sizes",
    make: checkFile(async (d) => {
      const bytes = zipSync(
        { "xl/worksheets/sheet1.xml": new Uint8Array(LIMITS.entryBytes + 1) },
        { level: 9 }
      );
      const v = new DataView(bytes.buffer);
      for (let i = 0; i + 4 <= bytes.length; i++) {
        if (v.getUint32(i, true) === 0x04034b50) v.setUint32(i + 22, 10, true);
        if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, 10, true);
      }
      writeFileSync(join(d, "a.xlsx"), bytes);
      return join(d, "a.xlsx");
    }),
    code: 2,
    says: /quá lớn|hỏng/,
  },
  {
    name: "a package of 6,000 parts",
    make: checkFile(
      async (d) => (
        writeFileSync(
          join(d, "a.xlsx"),
          zipSync(
            Object.fromEntries(
              Array.from({ length: 6000 }, (_, i) => [`p${i}.xml`, strToU8("<a/>")])
            )
          )
        ),
        join(d, "a.xlsx")
      )
    ),
    code: 2,
    says: /quá lớn/,
  },
  {
    name: "a file of 60 MB",
    make: checkFile(async (d) => {
      const f = join(d, "a.xlsx");
      const fd = openSync(f, "w");
      ftruncateSync(fd, 60 * 1024 * 1024);
      closeSync(fd);
      return f;
    }),
    code: 2,
    says: /quá lớn so với một báo cáo đơn vị \(60 MB > 50 MB\)/,
  },
  {
    name: "a named pipe",
    make: checkFile(async (d) => (execFileSync("mkfifo", [join(d, "a.xlsx")]), join(d, "a.xlsx"))),
    code: 2,
    says: /Không phải một tệp thông thường/,
  },
  {
    name: "a device",
    make: async () => check("/dev/zero"),
    code: 2,
    says: /Không phải một tệp thông thường/,
  },
  {
    name: "a missing file",
    make: checkFile(async (d) => join(d, "khong-co.xlsx")),
    code: 2,
    says: /Không tìm thấy tệp/,
  },
  {
    name: "an empty folder given to check",
    make: checkFile(async (d) => (mkdirSync(join(d, "thu-muc")), join(d, "thu-muc"))),
    code: 2,
    says: /không có tệp nào để kiểm tra trong/,
  },
  {
    name: "a link to nothing",
    make: checkFile(
      async (d) => (symlinkSync(join(d, "khong-co.xlsx"), join(d, "a.xlsx")), join(d, "a.xlsx"))
    ),
    code: 2,
    says: /Không tìm thấy tệp/,
  },

  // workbooks that are not this round's unit reports
  {
    name: "a workbook whose cover was deleted",
    make: checkFile(async (d) => {
      const f = await good(d);
      await withExcel(f, (wb) => wb.removeWorksheet(wb.getWorksheet("Thông tin")!.id));
      return f;
    }),
    code: 2,
    says: /không có trang Thông tin/,
  },
  {
    name: "a workbook of another round",
    make: cover(coverAddress("version"), "CCHC-2016-2020/3"),
    code: 2,
    says: /bộ biểu mẫu CCHC-2016-2020/,
  },
  {
    name: "a workbook of another template version",
    make: cover(coverAddress("version"), "CCHC-2021-2025/0"),
    code: 2,
    says: /phiên bản CCHC-2021-2025\/0/,
  },
  {
    name: "a workbook with no version",
    make: cover(coverAddress("version"), ""),
    code: 2,
    says: /phiên bản không rõ/,
  },
  {
    name: "a workbook with no form",
    make: checkFile(async (d) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Báo cáo").getCell("A1").value = "Báo cáo";
      await wb.xlsx.writeFile(join(d, "a.xlsx"));
      return join(d, "a.xlsx");
    }),
    code: 2,
    says: /Không có biểu mẫu CCHC/,
  },
  {
    name: "a cover with no unit name",
    make: cover(coverAddress("unit"), ""),
    code: 1,
    also: rule("cover.unit"),
  },

  // figures that would be lost silently
  {
    name: "hidden keys cleared on some rows",
    make: edited(PL1, (_n, xml) => cell(cell(xml, "A12", ""), "A13", "")),
    code: 1,
    also: rule("read.missingCells"),
  },
  {
    name: "the whole key column cleared",
    make: edited(PL1, (_n, xml) =>
      xml.replace(/<c r="A(\d+)"[^>]*?(\/>|>.*?<\/c>)/g, (m, r: string) => (r === "1" ? m : ""))
    ),
    code: 1,
    also: rule("read.missingCells"),
  },
  {
    name: "a form row deleted",
    make: edited(PL1, (_n, xml) => xml.replace(/<row r="12"[^>]*>.*?<\/row>/, "")),
    code: 1,
    also: rule("read.missingCells"),
  },
  {
    name: "a form sheet copied and the copy filled",
    make: checkFile(async (d) => {
      const f = await good(d);
      await withExcel(f, (wb) => {
        const copy = wb.addWorksheet("Phụ lục 1 (2)");
        wb.getWorksheet("Phụ lục 1")!.eachRow((row, r) =>
          row.eachCell((c, k) => (copy.getCell(r, k).value = c.value))
        );
        copy.getCell("E12").value = 999;
      });
      return f;
    }),
    code: 1,
    also: rule("read.formCopy"),
  },
  {
    name: "a formula saved without its result",
    make: checkFile(async (d) => {
      const f = await good(d);
      await withExcel(
        f,
        (wb) =>
          (wb.getWorksheet("Phụ lục 1")!.getCell("E12").value = {
            formula: "20+20",
          } as ExcelJS.CellFormulaValue)
      );
      return f;
    }),
    code: 1,
    also: rule("read.noValue"),
  },
  {
    name: "a sheet reaching row 1,048,576",
    make: edited(PL1, (_n, xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
      )
    ),
    code: 2,
    says: /trang “Phụ lục 1” có dữ liệu ngoài 20000 dòng đầu/,
  },
  {
    name: "a form sheet with a value past its 256th column",
    make: edited(PL1, (_n, xml) =>
      xml.replace(/(<row r="12"[^>]*>.*?)<\/row>/, '$1<c r="IW12"><v>7</v></c></row>')
    ),
    code: 2,
    says: /ngoài 256 cột đầu/,
  },
  {
    name: "a sheet of the user's own reaching row 1,048,576 and column XFD",
    make: checkFile(async (d) => {
      const f = await good(d);
      await withExcel(f, (wb) => {
        const own = wb.addWorksheet("Ghi chép");
        own.getCell("A1048576").value = "cuối";
        own.getCell("XFD1").value = "phải";
      });
      return f;
    }),
    code: 0,
  },

  // values a file should never hold
  {
    name: "NaN in a count",
    make: typed("E12", "<v>NaN</v>"),
    code: 1,
    also: rule("read.notFinite"),
  },
  {
    name: "Infinity in a count",
    make: typed("E12", "<v>Infinity</v>"),
    code: 1,
    also: rule("read.notFinite"),
  },
  {
    name: "-Infinity in a count",
    make: typed("E12", "<v>-Infinity</v>"),
    code: 1,
    also: rule("read.notFinite"),
  },
  {
    name: "an error value",
    make: typed("E12", "<v>#DIV/0!</v>", ' t="e"'),
    code: 1,
    also: rule("read.error"),
  },
  {
    name: "a word in a count",
    make: typed("E12", "<is><t>15 người</t></is>", ' t="inlineStr"'),
    code: 1,
    also: rule("read.notNumber"),
  },
  {
    name: "a negative count",
    make: typed("E12", "<v>-3</v>"),
    code: 1,
    also: rule("domain.count"),
  },
  {
    name: "a decimal count",
    make: typed("E12", "<v>2.5</v>"),
    code: 1,
    also: rule("domain.count"),
  },
  {
    name: "a count written as text",
    make: typed("E12", "<is><t>40</t></is>", ' t="inlineStr"'),
    code: 1,
    also: rule("read.converted"),
  },
  {
    name: "a thousands separator that could mean two numbers",
    make: typed("E12", "<is><t>1,234.5</t></is>", ' t="inlineStr"'),
    code: 1,
  },

  // text that could drive a terminal or a spreadsheet
  {
    name: "terminal escapes in the unit name",
    make: cover(coverAddress("unit"), "UBND xã \u001b[2J\u001b]0;Tân Hòa\u0007"),
    code: 0,
    also: noControls,
  },
  {
    name: "a right-to-left override in the unit name",
    make: cover(coverAddress("unit"), "UBND xã \u202eAn Bình"),
    code: 0,
    also: (a) => {
      noControls(a);
      if (!a.includes("\\\\u202E")) throw new Error("not shown as a code");
    },
  },
  {
    name: "C1 controls in the unit name",
    make: cover(coverAddress("unit"), "UBND\u0085 xã\u009b An Bình"),
    code: 0,
    also: noControls,
  },
  {
    name: "a formula-looking unit name",
    make: cover(coverAddress("unit"), '=HYPERLINK("http://x","An Bình")'),
    code: 0,
    says: /=HYPERLINK/,
  },
  {
    name: "a DDE-looking unit name",
    make: cover(coverAddress("unit"), "=cmd|' /C calc'!A0"),
    code: 0,
    says: /cmd\|/,
  },
  {
    name: "an external link in an input formula",
    make: checkFile(async (d) => {
      const f = await good(d);
      await withExcel(
        f,
        (wb) =>
          (wb.getWorksheet("Phụ lục 1")!.getCell("E12").value = {
            formula: "[1]Sheet1!A1",
            result: 40,
          } as ExcelJS.CellFormulaValue)
      );
      return f;
    }),
    code: 0,
  },
  {
    name: "an XML external entity",
    make: edited("xl/workbook.xml", (_n, xml) =>
      xml.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
      )
    ),
    code: 0,
    also: (a) => {
      if (a.includes("root:")) throw new Error("read a local file");
    },
  },
  {
    name: "a billion laughs",
    make: edited("xl/workbook.xml", (_n, xml) =>
      xml.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>`
      )
    ),
    code: 0,
  },

  // merging
  {
    name: "the same file given twice",
    make: async (d) => {
      const f = await good(d);
      return ["merge", f, f, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 0,
    also: (a) => {
      if (merged(a).files.length !== 1) throw new Error("read twice");
    },
  },
  {
    name: "a file and a hard link to it",
    make: async (d) => {
      const f = await good(d);
      linkSync(f, join(d, "cung.xlsx"));
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 0,
    also: (a) => {
      if (merged(a).merged !== 1 || merged(a).files.length !== 1) throw new Error("counted twice");
    },
  },
  {
    name: "the same content under two names",
    make: async (d) => {
      const f = await good(d);
      copyFileSync(f, join(d, "ban-sao.xlsx"));
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 1,
    also: (a) => {
      if (merged(a).merged !== 1) throw new Error("counted twice");
    },
  },
  {
    name: "a folder that links to itself",
    make: async (d) => {
      await good(d);
      symlinkSync(d, join(d, "vong"));
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 0,
    also: (a) => {
      if (merged(a).files.length !== 1) throw new Error("walked the loop");
    },
  },
  {
    name: "an output that is an input",
    make: async (d) => {
      const f = await good(d);
      return ["merge", f, "--out", f];
    },
    code: 2,
    says: /Không ghi đè tệp của đơn vị/,
  },
  {
    name: "an output that is a link to an input",
    make: async (d) => {
      const f = await good(d);
      symlinkSync(f, beside(d, "lk", "xlsx"));
      return ["merge", f, "--out", beside(d, "lk", "xlsx")];
    },
    code: 2,
    says: /Không ghi đè/,
  },
  {
    name: "an output that is a hard link to an input",
    make: async (d) => {
      const f = await good(d);
      linkSync(f, beside(d, "hl", "xlsx"));
      return ["merge", f, "--out", beside(d, "hl", "xlsx")];
    },
    code: 2,
    says: /Không ghi đè/,
  },
  {
    name: "an output inside a folder of inputs",
    make: async (d) => {
      await good(d);
      return ["merge", d, "--out", join(d, "tong-hop.xlsx")];
    },
    code: 2,
    says: /Không ghi đè/,
  },
  {
    name: "an output that is the roster",
    make: async (d) => {
      await good(d);
      writeFileSync(beside(d, "ds", "txt"), "UBND xã An Bình\n");
      return ["merge", d, "--roster", beside(d, "ds", "txt"), "--out", beside(d, "ds", "txt")];
    },
    code: 2,
    says: /Không ghi đè/,
  },
  {
    name: "an output folder that does not exist",
    make: async (d) => {
      await good(d);
      return ["merge", d, "--out", join(d, "..", "khong-co", "th.xlsx")];
    },
    code: 2,
    says: /không tồn tại/,
  },
  {
    name: "a roster that does not exist",
    make: async (d) => {
      await good(d);
      return ["merge", d, "--roster", join(d, "khong-co.txt"), "--out", beside(d, "th", "xlsx")];
    },
    code: 2,
    says: /không đọc được danh sách đơn vị/,
  },
  {
    name: "a roster as plain text",
    make: async (d) => {
      await good(d);
      writeFileSync(beside(d, "r", "txt"), "UBND xã An Bình\nUBND xã Vắng\n");
      return ["merge", d, "--roster", beside(d, "r", "txt"), "--out", beside(d, "th", "xlsx")];
    },
    code: 1,
    says: /Chưa nộp: UBND xã Vắng/,
  },
  {
    name: "a unit sent twice, unresolved",
    make: sentTwice("UBND xã An Bình"),
    code: 1,
    says: /nộp trùng/,
  },
  {
    name: "a unit name in other case and spacing",
    make: sentTwice("ubnd  XÃ An Bình"),
    code: 1,
    says: /nộp trùng/,
  },
  {
    name: "--use naming a file that is not merged",
    make: async (d) => {
      await good(d);
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--use", join(d, "khong-co.xlsx")];
    },
    code: 2,
    says: /--use/,
  },
  {
    name: "a pipe among the files of a folder",
    make: async (d) => {
      await good(d);
      execFileSync("mkfifo", [join(d, "ong.xlsx")]);
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 1,
    also: (a) => {
      if (merged(a).merged !== 1) throw new Error("the good unit was not merged");
    },
  },
  {
    name: "a NaN unit beside a good one",
    make: async (d) => {
      await good(d, "a.xlsx");
      const bad = await writeUnitFile(
        d,
        "b.xlsx",
        { PL1: y({ "pl1.plan.tasks": 5 }) },
        { unit: "UBND xã Bình Minh", level: "xa" }
      );
      await rezip(bad, (part, xml) => (part === PL1 ? cell(xml, "E12", "<v>NaN</v>") : null));
      return ["merge", d, "--out", beside(d, "nan", "xlsx"), "--json"];
    },
    code: 1,
    also: async (_a, d) => {
      const out = new ExcelJS.Workbook();
      await out.xlsx.readFile(beside(d, "nan", "xlsx"));
      if (out.getWorksheet("TH Phụ lục 1")!.getCell("E12").value !== 40)
        throw new Error("the total is not the good unit's 40");
    },
  },
  {
    name: "a file of another round beside a good one",
    make: async (d) => {
      await good(d, "a.xlsx");
      const old = await writeUnitFile(d, "b.xlsx", GOOD, {
        unit: "UBND xã Bình Minh",
        level: "xa",
      });
      await withExcel(
        old,
        (wb) =>
          (wb.getWorksheet("Thông tin")!.getCell(coverAddress("version")).value =
            "CCHC-2016-2020/1")
      );
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 1,
    also: (a) => {
      if (merged(a).merged !== 1) throw new Error("merged another round");
    },
  },
  {
    name: "a unit with empty forms",
    make: async (d) => {
      await good(d, "a.xlsx");
      await writeUnitFile(d, "b.xlsx", {}, { unit: "UBND xã Trống", level: "xa" });
      return ["merge", d, "--out", beside(d, "th", "xlsx"), "--json"];
    },
    code: 1,
    also: (a) => {
      if (!merged(a).files.some((f) => f.status === "empty")) throw new Error("empty not told");
    },
  },
];

export { COVER };
