import { formById } from "../src/core/catalogue";
import { text, type MessageCode } from "../src/core/messages";
import { RULES } from "../src/core/rules";
import { sttOf } from "../src/core/rules/names";
import { BLANK_POLICY, type Rule } from "../src/core/rules/schema";

const rowsOf = (r: Rule): string => {
  switch (r.kind) {
    case "atMost":
      return r.pairs.map(([v, l]) => `${sttOf(r.form, v)} ≤ ${sttOf(r.form, l)}`).join("; ");
    case "sumEq":
      return `${sttOf(r.form, r.total)} = ${r.parts.map((p) => sttOf(r.form, p)).join(" + ")}`;
    case "sumLe":
      return `${sttOf(r.form, r.total)} ≥ ${r.parts.map((p) => sttOf(r.form, p)).join(" + ")}`;
    case "requires":
      return `${sttOf(r.form, r.when)} ⇒ ${sttOf(r.form, r.then)} > 0`;
    case "domain":
      return `mọi ô nhập kiểu ${r.rowKind}`;
    case "jump":
      return `mọi dòng ${r.rowKinds.join(", ")}, năm trước → năm sau, quá ${r.factor} lần`;
    case "notApplicable":
      return "các dòng không áp dụng cho cấp của đơn vị";
    case "cover":
      return `trang Thông tin: ${r.field}`;
  }
};

const messageOf = (r: Rule): string => {
  const code = (r.kind === "domain" ? `rule.domain.${r.rowKind}` : r.kind === "atMost" ? `rule.atMost.${r.severity}` : r.kind === "cover" ? `rule.cover.${r.field}` : `rule.${r.kind}`) as MessageCode;
  return text(code).replace(/\|/g, "\\|");
};

/** docs/rules.md, made from the rule data: `npm run docs:rules` writes it, a test compares it. */
export function renderRulesDoc(): string {
  const lines = [
    "# Quy tắc kiểm tra (rules)",
    "",
    "Generated from `src/core/rules/data.ts` by `npm run docs:rules`; do not edit by hand.",
    "",
    "| id | biểu mẫu | dòng | mức | ô trống | thông báo |",
    "|---|---|---|---|---|---|",
    ...RULES.map((r) =>
      [r.id, "form" in r ? formById(r.form).sheet : "mọi biểu mẫu", rowsOf(r), text(`severity.${r.severity}`), text(`rule.blanks.${BLANK_POLICY[r.kind]}` as MessageCode), messageOf(r)].join(" | "),
    ).map((l) => `| ${l} |`),
    "",
  ];
  return lines.join("\n");
}
