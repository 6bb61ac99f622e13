import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A small read-only table: its header from one "a|b|c" message, one row of cells per item. */
export function DataTable({
  label,
  head,
  rows,
}: {
  label: string;
  head: string;
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <Table size="extra-small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {head.split("|").map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            {r.cells.map((c, i) => (
              <TableCell key={i}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
