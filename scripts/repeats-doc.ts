import { cell } from "./markdown";
import { formIn } from "../src/core/catalogue";
import type { Round } from "../src/core/rounds";
import { sttOf } from "../src/core/rules/names";

const LINKS = {
  same: "= (công thức, khóa)",
  atMost: "≤ (quy tắc so sánh)",
  atLeast: "≥ (quy tắc so sánh)",
  differs: "khác (không liên kết)",
} as const;

/** docs/repeats.md, made from the catalogue: `npm run docs` writes it, a test compares it. */
export function renderRepeatsDoc(round: Round): string {
  const cat = round;
  const order = formIn(cat, "THKQ").rows.map((r) => r.key);
  return `${[
    "# Bảng tổng hợp và Phụ lục: một số liệu, một lần nhập (repeats)",
    "",
    `Generated from \`src/core/rounds/${round.id.toLowerCase()}/repeats.ts\` by \`npm run docs\`; do not edit by hand.`,
    "",
    "=: the Bảng tổng hợp row is the Phụ lục row's figure, taken by formula and locked (typed in the Bảng tổng",
    "hợp only when the workbook holds no such Phụ lục; a merge adds up the units' figures); ≤ / ≥: the Bảng",
    "tổng hợp counts a part (a whole) of the Phụ lục's figure, and an error names both cells when it does not;",
    "khác: a different measure that only looks alike.",
    "",
    "| Bảng tổng hợp | Phụ lục | liên hệ | lý do |",
    "|---|---|---|---|",
    ...[...round.repeats]
      .sort((a, b) => order.indexOf(a.row) - order.indexOf(b.row))
      .map(
        (r) =>
          `| ${sttOf(cat, "THKQ", r.row)} | ${formIn(cat, r.of.form).sheet}, dòng ${sttOf(cat, r.of.form, r.of.row)} | ${LINKS[r.link]} | ${cell(r.why)} |`
      ),
  ].join("\n")}\n`;
}
