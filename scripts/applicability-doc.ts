import { cell } from "./markdown";
import type { Round } from "../src/core/rounds";
import { scopesOf } from "../src/core/catalogue/applicability";

/** docs/applicability.md, made from the catalogue: `npm run docs` writes it, a test compares it. */
export function renderApplicabilityDoc(round: Round): string {
  const LEVELS = round.levels;
  const lines = [
    "# Chỉ tiêu theo cấp đơn vị (applicability)",
    "",
    `Generated from \`src/core/rounds/${round.id.toLowerCase()}/applicability.ts\` by \`npm run docs\`; do not edit by hand.`,
    "",
    "✓: the level reports the row; —: the row is greyed and locked in that level's forms, counts as 0 in its",
    "breakdowns, and a figure typed there anyway is an error naming the level and the reason. The reasons are",
    "readings of the seeds (who issues, holds or reports what); `docs/catalogue.md` says how they were made.",
  ];
  for (const form of round.forms) {
    lines.push(
      "",
      `## ${form.sheet}`,
      "",
      `| STT | chỉ tiêu | ${LEVELS.map((l) => l.label).join(" | ")} | lý do |`,
      `|---|---|${LEVELS.map(() => ":-:").join("|")}|---|`
    );
    for (const r of form.rows) {
      if (r.kind === "group" && !r.notFor) continue;
      const marks = LEVELS.map((l) => (r.notFor?.includes(l.id) ? "—" : "✓"));
      const reasons = [...new Set(scopesOf(r.key, round.scopes).map((s) => s.reason))].join("; ");
      lines.push(`| ${r.stt} | ${cell(r.label)} | ${marks.join(" | ")} | ${cell(reasons)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
