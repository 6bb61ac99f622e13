import { makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../core/messages";
import type { ReportLine } from "../../core/merge/merge";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  card: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  file: { fontWeight: tokens.fontWeightSemibold },
  left: { color: tokens.colorPaletteRedForeground1 },
});

/** Each file as a card, readable at 320 px and 200 %: its name, its unit, its status line, whether it counts. */
export function StatusTable({ lines }: { lines: ReportLine[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={text("ui.merge.files")}>
      {lines.map((l) => (
        <li key={l.file} className={styles.card}>
          <div className={styles.file}>{l.file}</div>
          {l.unit && <div>{l.unit}</div>}
          <div>{[l.detail, ...l.notes].join(". ")}</div>
          <div className={l.included ? undefined : styles.left}>
            {text("ui.merge.counted", {
              answer: text(l.included ? "merge.included" : "merge.excluded"),
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
