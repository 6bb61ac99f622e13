import { ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { text, type MessageCode } from "../../core/messages";
import type { MergePhase } from "../merge-state";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  current: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
});

type Busy = Extract<MergePhase, { name: "reading" | "merging" | "writing" }>;

interface StepState {
  label: MessageCode;
  /** how much of it is done, 0 to 1 */
  part: number;
  /** its count, as "12/40", when it has one */
  count?: string;
}

const counted = (done: number, n: number) => ({
  part: n === 0 ? 0 : done / n,
  count: `${done}/${n}`,
});

/** The four steps and how far each is: reading and checking go file by file, side by side. */
function stepsOf(phase: Busy, n: number): StepState[] {
  const files = phase.name === "reading" ? phase : { read: n, checked: n, n };
  return [
    { label: "ui.merge.step.read", ...counted(files.read, files.n) },
    { label: "ui.merge.step.check", ...counted(files.checked, files.n) },
    { label: "ui.merge.step.merge", part: phase.name === "writing" ? 1 : 0 },
    {
      label: "ui.merge.step.write",
      ...(phase.name === "writing" && phase.total > 0
        ? counted(phase.done, phase.total)
        : { part: 0 }),
    },
  ];
}

function detailOf(phase: Busy): string {
  switch (phase.name) {
    case "reading":
      return phase.read > phase.checked
        ? text("ui.merge.checking", { i: phase.read, n: phase.n, file: phase.file })
        : text("ui.merge.reading", { i: phase.read + 1, n: phase.n, file: phase.file });
    case "merging":
      return text("ui.merge.merging");
    case "writing":
      return phase.total === 0
        ? text("ui.merge.writing")
        : text("ui.merge.writingRows", { done: phase.done, total: phase.total });
  }
}

/**
 * The merge's named steps (đọc → kiểm tra → tổng hợp → ghi), each with its count, the current one — the
 * first not done — marked for screen readers; one bar for the whole.
 */
export function MergeSteps({ phase, files }: { phase: Busy; files: number }) {
  const styles = useStyles();
  const steps = stepsOf(phase, files);
  const at = steps.findIndex((s) => s.part < 1);
  const current = at < 0 ? steps.length - 1 : at;
  return (
    <div>
      <ol className={styles.steps}>
        {steps.map((s, i) => (
          <li
            key={s.label}
            aria-current={i === current ? "step" : undefined}
            className={i === current ? styles.current : i < current ? styles.done : undefined}
          >
            {text(s.label)}
            {s.count !== undefined && i <= current && ` (${s.count})`}
            {i < current && " ✓"}
          </li>
        ))}
      </ol>
      <ProgressBar
        thickness="large"
        aria-label={text(steps[current]!.label)}
        value={steps.reduce((n, s) => n + s.part, 0) / steps.length}
      />
      <div>{detailOf(phase)}</div>
    </div>
  );
}
