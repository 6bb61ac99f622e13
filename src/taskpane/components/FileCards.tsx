import { makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../core/messages";
import type { FileLine } from "../../core/merge/answer";
import { problemText, SHOWN_PROBLEMS } from "../../core/merge/problem-line";
import { useCardListStyles } from "./card-list";

const useStyles = makeStyles({
  left: { color: tokens.colorPaletteRedForeground1 },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
});

/** Each file read as a card: its name, its unit, its status line, whether it counts (said in words). */
export function FileCards({ lines }: { lines: FileLine[] }) {
  const cards = useCardListStyles();
  const styles = useStyles();
  return (
    <ul className={cards.list} aria-label={text("ui.merge.files")}>
      {lines.map((l) => (
        <li key={l.file} className={cards.item}>
          <div className={cards.title}>{l.file}</div>
          {l.unit && <div>{l.unit}</div>}
          <div>{[l.detail, ...l.notes].join(". ")}</div>
          <div className={l.included || l.status === "consolidation" ? undefined : styles.left}>
            {text("ui.merge.counted", {
              answer: text(
                l.status === "consolidation"
                  ? "merge.byMembers"
                  : l.included
                    ? "merge.included"
                    : "merge.excluded"
              ),
            })}
          </div>
          {l.problems.length > 0 && (
            // a native disclosure: opened by a click, Enter or Space, and announced as such
            <details>
              <summary className={styles.summary}>
                {text(
                  Math.min(l.problems.length, SHOWN_PROBLEMS) < l.errors + l.warnings
                    ? "ui.merge.showFirstProblems"
                    : "ui.merge.showProblems",
                  {
                    shown: Math.min(l.problems.length, SHOWN_PROBLEMS),
                    total: l.errors + l.warnings,
                  }
                )}
              </summary>
              <ul className={styles.problems}>
                {l.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
