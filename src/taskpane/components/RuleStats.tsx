import { text } from "../../core/messages";
import { problemTitle } from "../../core/problems";
import type { RuleStat } from "../../core/rules/engine";
import type { Round } from "../../core/rules/round";
import { useCardListStyles } from "./card-list";

/** Per rule, by its Vietnamese title: how many checks it made, passed, failed, and skipped for blank cells. */
export function RuleStats({ stats, round }: { stats: RuleStat[]; round: Round }) {
  const cards = useCardListStyles();
  return (
    <ul className={cards.list} aria-label={text("ui.check.stats")}>
      {stats.map((s) => (
        <li key={s.ruleId} className={cards.item}>
          <div className={cards.title}>{problemTitle(s.ruleId, round)}</div>
          <div>{text("ui.check.statLine", { ...s })}</div>
        </li>
      ))}
    </ul>
  );
}
