import { makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../core/messages";
import type { FileLine } from "../../core/merge/answer";
import { useCardListStyles } from "./card-list";

const useStyles = makeStyles({ left: { color: tokens.colorPaletteRedForeground1 } });

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
