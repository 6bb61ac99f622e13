import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { text } from "../../core/messages";
import type { SelfTestReport } from "../../office/self-test";
import type { PaneActions } from "../actions";
import { OUTCOME_TEXT, reportText, summaryOf } from "../self-test-report";
import { useAction } from "../use-action";
import { DataTable } from "./DataTable";
import { FailureBar } from "./FailureBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  report: {
    width: "100%",
    minHeight: "8rem",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/** Giới thiệu / Hỗ trợ: the help page, and Tự kiểm tra with a report the user can send. */
export function SupportPanel({
  actions,
  helpUrl,
}: {
  actions: Pick<PaneActions, "runSelfTest" | "copyText">;
  helpUrl: string;
}) {
  const styles = useStyles();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const { busy, failure, run } = useAction("ui.selfTest.failedRun");

  const selfTest = () => run(async () => setReport(await actions.runSelfTest()));
  const copy = (r: SelfTestReport) =>
    actions.copyText(reportText(r)).then(
      () => setCopied(true),
      () => setCopied(false)
    );

  return (
    <div className={styles.panel}>
      <p>{text("ui.support.intro")}</p>
      <Link href={helpUrl} target="_blank" rel="noopener">
        {text("ui.support.help")}
      </Link>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void selfTest()}>
          {text("ui.selfTest.run")}
        </Button>
        {report && <Button onClick={() => void copy(report)}>{text("ui.selfTest.copy")}</Button>}
      </div>
      {busy && <Spinner size="small" label={text("ui.selfTest.working")} />}
      {failure && <FailureBar failure={failure} />}
      {copied !== null && (
        <MessageBar intent={copied ? "success" : "warning"}>
          <MessageBarBody>
            {text(copied ? "ui.selfTest.copied" : "ui.selfTest.copyFailed")}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <MessageBar
            intent={
              report.steps.every((s) => s.outcome === "ok") && !report.cleanupFailure
                ? "success"
                : "warning"
            }
          >
            <MessageBarBody>
              {summaryOf(report)}
              {report.cleanupFailure && (
                <div>{text("ui.selfTest.cleanupFailed", { detail: report.cleanupFailure })}</div>
              )}
            </MessageBarBody>
          </MessageBar>
          <DataTable
            label={text("ui.selfTest.run")}
            head={text("ui.selfTest.head")}
            rows={report.steps.map((s) => ({
              key: s.id,
              cells: [text(s.label), text(OUTCOME_TEXT[s.outcome]), s.detail],
            }))}
          />
          <textarea
            className={styles.report}
            readOnly
            aria-label={text("ui.selfTest.report")}
            value={reportText(report)}
          />
        </>
      )}
    </div>
  );
}
