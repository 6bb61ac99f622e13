import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { RuleStat } from "../../core/rules/engine";
import { text } from "../../core/messages";

/** Per rule: how many checks it made, passed, failed, and skipped for blank cells. */
export function RuleStats({ stats }: { stats: RuleStat[] }) {
  const head = text("ui.check.statsHead").split("|");
  return (
    <Table size="extra-small" aria-label={text("ui.check.stats")}>
      <TableHeader>
        <TableRow>
          {head.map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {stats.map((s) => (
          <TableRow key={s.ruleId}>
            <TableCell>{s.ruleId}</TableCell>
            <TableCell>{s.checked}</TableCell>
            <TableCell>{s.passed}</TableCell>
            <TableCell>{s.failed}</TableCell>
            <TableCell>{s.skipped}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
