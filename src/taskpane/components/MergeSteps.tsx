import { ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { text, type MessageCode } from "../../core/messages";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  current: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
});

const STEPS: { id: Step; label: MessageCode }[] = [
  { id: "read", label: "ui.merge.step.read" },
  { id: "merge", label: "ui.merge.step.merge" },
  { id: "write", label: "ui.merge.step.write" },
];

export type Step = "read" | "merge" | "write";

/** The merge's named steps, the current one marked and counted: reading and checking, merging, writing. */
export function MergeSteps({
  step,
  detail,
  value,
}: {
  step: Step;
  detail: string;
  value?: number;
}) {
  const styles = useStyles();
  const at = STEPS.findIndex((s) => s.id === step);
  return (
    <div>
      <ol className={styles.steps}>
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === at ? "step" : undefined}
            className={i === at ? styles.current : i < at ? styles.done : undefined}
          >
            {text(s.label)}
            {i < at && ` ✓`}
          </li>
        ))}
      </ol>
      <ProgressBar
        thickness="large"
        aria-label={text(STEPS[at]!.label)}
        {...(value === undefined ? {} : { value })}
      />
      <div>{detail}</div>
    </div>
  );
}
