import { text } from "../../core/messages";
import type { ReportLine } from "../../core/merge/merge";
import { DataTable } from "./DataTable";

/** Each file: its unit, its status line, whether it counts. */
export function StatusTable({ lines }: { lines: ReportLine[] }) {
  const rows = lines.map((l) => ({
    key: l.file,
    cells: [
      l.file,
      l.unit ?? "",
      [l.detail, ...l.notes].join(". "),
      text(l.included ? "merge.included" : "merge.excluded"),
    ],
  }));
  return <DataTable label={text("ui.tab.merge")} head={text("ui.merge.head")} rows={rows} />;
}
