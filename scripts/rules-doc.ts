import { cell } from "./markdown";
import { formIn } from "../src/core/catalogue";
import { text, type MessageCode } from "../src/core/messages";
import type { BlankPolicy } from "../src/core/rules/kind";
import { kindOf } from "../src/core/rules/kinds";
import type { Round } from "../src/core/rounds";

const BLANKS: Record<BlankPolicy, MessageCode> = {
  skip: "rule.blanks.skip",
  partial: "rule.blanks.partial",
  when: "rule.blanks.when",
  filled: "rule.blanks.filled",
  required: "rule.blanks.required",
};

/** docs/rules.md, made from the rule data: `npm run docs` writes it, a test compares it. */
export function renderRulesDoc(round: Round): string {
  const lines = [
    "# Quy tắc kiểm tra (rules)",
    "",
    `Generated from \`src/core/rounds/${round.id.toLowerCase()}/rules.ts\` by \`npm run docs\`; do not edit by hand.`,
    "",
    "| id | biểu mẫu | dòng | mức | ô trống | thông báo |",
    "|---|---|---|---|---|---|",
    ...round.rules
      .map((r) => {
        const kind = kindOf(r);
        const form = "form" in r ? formIn(round, r.form).sheet : text("rule.doc.allForms");
        const severity = text(r.severity === "error" ? "severity.error" : "severity.warning");
        return [
          r.id,
          form,
          kind.relation(r, round),
          severity,
          text(BLANKS[kind.blanks]),
          cell(text(kind.message(r))),
        ].join(" | ");
      })
      .map((l) => `| ${l} |`),
    "",
  ];
  return lines.join("\n");
}
