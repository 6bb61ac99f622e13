import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { text } from "../../core/messages";
import type { ReportLine } from "../../core/merge/merge";

/** Each file: its unit, its status line, whether it counts. */
export function StatusTable({ lines }: { lines: ReportLine[] }) {
  const head = text("ui.merge.head").split("|");
  return (
    <Table size="extra-small" aria-label={text("ui.tab.merge")}>
      <TableHeader>
        <TableRow>
          {head.map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.file}>
            <TableCell>{l.file}</TableCell>
            <TableCell>{l.unit ?? ""}</TableCell>
            <TableCell>{[l.detail, ...l.notes].join(". ")}</TableCell>
            <TableCell>{text(l.included ? "merge.included" : "merge.excluded")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
