import { cell } from "./markdown";
import type { Aggregation } from "../src/core/catalogue/schema";
import type { Round } from "../src/core/rounds";

const HOW: Record<Aggregation, string> = {
  sum: "cộng các đơn vị",
  perLevel: "mỗi cấp một lần (danh mục chung của cấp), rồi cộng các cấp",
  recompute: "tính lại từ số đã tổng hợp",
  mean: "bình quân cộng",
  weightedMean: "bình quân gia quyền",
  anyYes: "Có khi ít nhất một đơn vị Có",
  lowestCode: "mức thấp nhất",
  sameOrMixed: "giữ nếu như nhau, khác nhau thì Kết hợp",
  text: "ghép nội dung, ghi tên đơn vị",
  verdict: "Đạt khi mọi đơn vị đánh giá Đạt",
  none: "—",
};

/** docs/aggregation.md, made from a round's rows: `npm run docs` writes it, a test compares it. */
export function renderAggregationDoc(round: Round): string {
  const lines = [
    `# Tổng hợp theo ý nghĩa của từng dòng (aggregation): ${round.name}`,
    "",
    `Generated from each row's \`aggregate\` in \`src/core/rounds/${round.id.toLowerCase()}/forms/\` by \`npm run docs\`; do not edit by hand.`,
    "",
    "How Tổng hợp makes one figure of the units' figures, row by row. Rows not listed are counts of what each",
    "unit does itself (dossiers, documents, people, tasks) and are added up; headings hold no figure. A row's",
    "note in the consolidated forms says how it was merged where it was not a sum.",
    "",
    "| biểu mẫu | STT | chỉ tiêu | cách tổng hợp |",
    "|---|---|---|---|",
  ];
  for (const form of round.forms)
    for (const r of form.rows)
      if (r.aggregate !== "sum" && r.aggregate !== "none")
        lines.push(
          `| ${form.sheet} | ${r.stt} | ${cell(r.label)} | ${HOW[r.aggregate]}${r.weight ? ` (theo ${r.weight})` : ""} |`
        );
  return `${lines.join("\n")}\n`;
}
