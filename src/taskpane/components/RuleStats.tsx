import { makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../core/messages";
import { problemTitle } from "../../core/problems";
import type { RuleStat } from "../../core/rules/engine";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** Per rule, by its Vietnamese title: how many checks it made, passed, failed, and skipped for blank cells. */
export function RuleStats({ stats }: { stats: RuleStat[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={text("ui.check.stats")}>
      {stats.map((s) => (
        <li key={s.ruleId} className={styles.item}>
          <div className={styles.title}>{problemTitle(s.ruleId)}</div>
          <div>{text("ui.check.statLine", { ...s })}</div>
        </li>
      ))}
    </ul>
  );
}
