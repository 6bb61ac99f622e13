import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { checkSummary } from "../../core/check";
import { text } from "../../core/messages";
import { problemsLayout } from "../../core/problems-sheet";
import type { OfficeCheck } from "../../office/check-workbook";
import type { PaneActions } from "../actions";
import { useAction } from "../use-action";
import { Advanced } from "./Advanced";
import { FailureBar } from "./FailureBar";
import { ProblemList } from "./ProblemList";
import { ResultBar } from "./ResultBar";
import { ExportProblems } from "./ExportProblems";
import { RuleStats } from "./RuleStats";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const summary = (c: OfficeCheck) => {
  const errors = c.report.problems.filter((p) => p.severity === "error").length;
  return checkSummary(errors, c.report.problems.length - errors);
};

export function CheckPanel({
  actions,
}: {
  actions: Pick<PaneActions, "checkWorkbook" | "selectCells" | "exportProblems">;
}) {
  const styles = useStyles();
  const [password, setPassword] = useState("");
  const [result, setResult] = useState<OfficeCheck | null>(null);
  // each check starts its export afresh
  const [runs, setRuns] = useState(0);
  const [showStats, setShowStats] = useState(false);
  const { busy, failure, run, fail } = useAction("ui.check.failed");

  const check = () =>
    run(async () => {
      setRuns((n) => n + 1);
      setResult(await actions.checkWorkbook(password || undefined));
    });
  const select = (cells: Parameters<PaneActions["selectCells"]>[0]) =>
    actions.selectCells(cells).catch(fail);
  /** Writes the problem list as a sheet; returns what the user is told. */
  const exportList = async (c: OfficeCheck) => {
    const sheet = await actions.exportProblems(
      problemsLayout(c.report.problems, c.report.cover.unit ?? null, c.report.round)
    );
    return text("ui.problems.exported", { count: c.report.problems.length, sheet });
  };

  const report = result?.report;
  const errors = report?.problems.filter((p) => p.severity === "error").length ?? 0;
  const judged = report?.assessments ?? [];
  return (
    <div className={styles.panel}>
      <p>{text("ui.check.intro")}</p>
      <Button appearance="primary" disabled={busy} onClick={() => void check()}>
        {text("ui.check.submit")}
      </Button>
      <Advanced>
        <Field label={text("ui.check.password")}>
          <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
        </Field>
      </Advanced>
      {busy && <Spinner size="small" label={text("ui.check.working")} />}
      {failure && <FailureBar failure={failure} />}
      {result && report && report.forms.length === 0 && (
        <ResultBar intent="warning" announce={text("ui.check.noForms")}>
          <MessageBarBody>{text("ui.check.noForms")}</MessageBarBody>
        </ResultBar>
      )}
      {result && report && report.forms.length > 0 && (
        <>
          <ResultBar
            intent={report.problems.length === 0 ? "success" : errors > 0 ? "error" : "warning"}
            announce={summary(result)}
          >
            <MessageBarBody>
              <strong>{summary(result)}</strong>
              {result.marked > 0 && <div>{text("ui.check.marked", { count: result.marked })}</div>}
              {report.problems.length > 0 && <div>{text("ui.check.select")}</div>}
            </MessageBarBody>
          </ResultBar>
          {result.locked.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {text("ui.check.locked", { sheets: result.locked.join(", ") })}
              </MessageBarBody>
            </MessageBar>
          )}
          {judged.length > 0 && (
            <div>
              {text("ui.check.targets", {
                dat: judged.filter((a) => a.verdict === "dat").length,
                khongDat: judged.filter((a) => a.verdict === "khongDat").length,
                open: judged.filter((a) => a.verdict === "chuaDuSoLieu").length,
                total: judged.length,
                proposed: judged.filter((a) => a.proposed).length,
              })}
            </div>
          )}
          <ProblemList
            problems={report.problems}
            round={report.round}
            onSelect={(cells) => void select(cells)}
          />
          {report.problems.length > 0 && (
            <ExportProblems
              key={runs}
              label={text("ui.problems.export")}
              write={() => exportList(result)}
            />
          )}
          <Switch
            checked={showStats}
            onChange={(_, d) => setShowStats(d.checked)}
            label={text("ui.check.stats")}
          />
          {showStats && <RuleStats stats={report.stats} round={report.round} />}
        </>
      )}
    </div>
  );
}
