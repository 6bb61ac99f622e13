import { cell } from "./markdown";
import { catalogue, LEVELS } from "../src/core/catalogue";
import { scopesOf } from "../src/core/catalogue/applicability";

/** docs/applicability.md, made from the catalogue: `npm run docs` writes it, a test compares it. */
export function renderApplicabilityDoc(): string {
  const lines = [
    "# Chỉ tiêu theo cấp đơn vị (applicability)",
    "",
    "Generated from `src/core/catalogue/applicability.ts` by `npm run docs`; do not edit by hand.",
    "",
    "✓: the level reports the row; —: the row is greyed and locked in that level's forms, counts as 0 in its",
    "breakdowns, and a figure typed there anyway is an error naming the level and the reason. The reasons are",
    "readings of the seeds (who issues, holds or reports what); `docs/catalogue.md` says how they were made.",
  ];
  for (const form of catalogue.forms) {
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
      const reasons = [...new Set(scopesOf(r.key).map((s) => s.reason))].join("; ");
      lines.push(`| ${r.stt} | ${cell(r.label)} | ${marks.join(" | ")} | ${cell(reasons)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
