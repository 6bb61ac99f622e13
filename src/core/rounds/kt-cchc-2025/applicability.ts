import type { Scope } from "../../catalogue/applicability";

/** Rows a level does not report in the 2025 inspection figures, with the reason read from the seeds. */
export const APPLICABILITY: Scope[] = [
  {
    rows: ["kt.ii.finance.revenue", "kt.ii.finance.spending"],
    notFor: ["so"],
    reason:
      "Thu, chi ngân sách địa phương là của chính quyền địa phương (đề cương 003 hỏi UBND xã, phường, đặc khu); sở, ban, ngành không có ngân sách địa phương",
  },
];
