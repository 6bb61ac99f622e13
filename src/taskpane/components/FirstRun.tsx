import { makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../core/messages";

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** "Bắt đầu": the three steps of a reporting round, shown while the workbook has no forms yet. */
export function FirstRun() {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-labelledby="first-run-title">
      <h2 id="first-run-title" className={styles.title}>
        {text("ui.firstRun.title")}
      </h2>
      <ol className={styles.steps}>
        <li>{text("ui.firstRun.create")}</li>
        <li>{text("ui.firstRun.fill")}</li>
        <li>{text("ui.firstRun.check")}</li>
      </ol>
    </section>
  );
}
