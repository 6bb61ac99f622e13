import { text } from "../../core/messages";
import type { RuleStat } from "../../core/rules/engine";
import { DataTable } from "./DataTable";

/** Per rule: how many checks it made, passed, failed, and skipped for blank cells. */
export function RuleStats({ stats }: { stats: RuleStat[] }) {
  const rows = stats.map((s) => ({
    key: s.ruleId,
    cells: [s.ruleId, s.checked, s.passed, s.failed, s.skipped],
  }));
  return <DataTable label={text("ui.check.stats")} head={text("ui.check.statsHead")} rows={rows} />;
}
