import { mergeProblemsLayout } from "../../src/core/merge/problems-list";
import type { ProblemLine } from "../../src/core/merge/problem-line";
import { unit, y } from "../support/units";
import { sheetsOf } from "../support/workbook";

/** The list's lines below its header, from the unit's column on. */
const rows = (lines: Parameters<typeof mergeProblemsLayout>[0]) =>
  sheetsOf(mergeProblemsLayout(lines))[0]!
    .rows.slice(4)
    .map((r) => r.slice(2, 7));
const problem = (message: string): ProblemLine => ({ severity: "warning", cells: "", message });
const line = (file: string, unitName: string | null, problems: ProblemLine[], total = 0) => ({
  file,
  unit: unitName,
  status: "problems" as const,
  detail: "",
  problems,
  errors: 0,
  warnings: Math.max(total, problems.length),
});

describe("the problem list of every file", () => {
  it("lists each problem with its unit, file and cells, units in name order, unknown units last", () => {
    const wrong = unit("cam-pha.xlsx", "UBND xã Cẩm Phả", {
      PL1: y({ "pl1.plan.tasks": 20, "pl1.plan.done": 21 }),
    });
    const list = rows([line("x.xlsx", null, [problem("Không rõ")]), wrong]);
    expect(list[0]).toEqual([
      "UBND xã Cẩm Phả",
      "cam-pha.xlsx",
      "lỗi",
      "Phụ lục 1!E13, Phụ lục 1!E12",
      expect.stringContaining("lớn hơn dòng 2.1"),
    ]);
    expect(list.at(-1)).toEqual(["(chưa có tên đơn vị)", "x.xlsx", "cảnh báo", "", "Không rõ"]);
  });

  it("says how many problems a file has beyond those kept, never dropping them silently", () => {
    const list = rows([line("a.xlsx", "UBND xã An Bình", [problem("một")], 251)]);
    expect(list).toEqual([
      ["UBND xã An Bình", "a.xlsx", "cảnh báo", "", "một"],
      [
        "UBND xã An Bình",
        "a.xlsx",
        "",
        "",
        "… và 250 vấn đề khác: đơn vị mở tệp, dùng Kiểm tra để xem đủ.",
      ],
    ]);
  });

  it("says why each file that could not be merged was left out", () => {
    const refused = {
      ...line("cu.xls", null, []),
      status: "unreadable" as const,
      detail: "Tệp Excel cũ",
    };
    expect(rows([refused])).toEqual([
      ["(chưa có tên đơn vị)", "cu.xls", "không tổng hợp", "", "Tệp Excel cũ"],
    ]);
  });
});
