import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useReducer, useRef, useState, type DragEvent } from "react";
import { text } from "../../core/messages";
import type { FileLine, MergeAnswer } from "../../core/merge/answer";
import type { MergeOutcome } from "../../core/merge/outcome";
import { rosterOf } from "../../core/merge/roster";
import { mergeProblemsLayout } from "../../core/merge/problems-list";
import { collisions, type Consolidation } from "../../office/merge-workbook";
import type { PaneActions } from "../actions";
import { explain } from "../errors";
import { FailureBar } from "./FailureBar";
import { initialMerge, mergeReducer, type MergeNotice, type MergePhase } from "../merge-state";
import { filesFromDrop, keepWorkbooks, readUnitFiles, type PickedFile } from "../read-files";
import { makeMergeSession } from "../make-merge-session";
import { untilStopped, type MergeSession } from "../merge-session";
import { ResultBar } from "./ResultBar";
import { MergeSteps } from "./MergeSteps";
import { FileCards } from "./FileCards";
import { ExportProblems } from "./ExportProblems";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/** The radio value of "Không tổng hợp đơn vị này"; no radio has the value "", which selects none. */
const SKIP = "#skip";

const INTENT = { clean: "success", problems: "warning", nothing: "error" } as const;

function doneText(outcome: MergeOutcome, collision: string[]): string {
  if (collision.length > 0) return text("ui.merge.collision", { sheets: collision.join(", ") });
  if (outcome.verdict === "nothing") return text("ui.merge.nothing");
  const lines = [text("ui.merge.done", { merged: outcome.merged, files: outcome.files })];
  if (outcome.troubled > 0) lines.push(text("ui.merge.problems", { bad: outcome.troubled }));
  if (outcome.missing.length > 0)
    lines.push(
      text("ui.merge.missing", { count: outcome.missing.length, units: outcome.missing.join(", ") })
    );
  return lines.join(" ");
}

/** A copy of a unit's report, told apart from the others by what its check found. */
const savedOn = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** A copy of a unit, told apart from the others: when it was saved, by whom, how full, how sound. */
function copyLabel(file: string, lines: FileLine[]): string {
  const line = lines.find((l) => l.file === file);
  if (!line) return file;
  const details = [
    ...(line.modified === null
      ? []
      : [text("ui.merge.copySaved", { date: savedOn.format(line.modified) })]),
    ...(line.preparer === null ? [] : [text("ui.merge.copyPreparer", { name: line.preparer })]),
    text("ui.merge.copyFilled", { n: line.filled }),
    text("check.summary", { errors: line.errors, warnings: line.warnings }),
  ];
  return text("ui.merge.copy", { file, details: details.join("; ") });
}

function noticeOf(notice: MergeNotice): { intent: "info" | "error"; text: string } | null {
  if (notice === null) return null;
  switch (notice.kind) {
    case "cancelled":
      return { intent: "info", text: text("ui.merge.cancelled") };
    case "rosterCreated":
      return {
        intent: "info",
        text:
          notice.units > 0
            ? text("ui.merge.rosterFilled", { count: notice.units })
            : text("ui.merge.rosterCreated"),
      };
    case "failed":
      return null;
  }
}

type Actions = Pick<
  PaneActions,
  "readConsolidation" | "writeMerge" | "createRoster" | "exportProblems"
>;

export function MergePanel({ actions }: { actions: Actions }) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(mergeReducer, initialMerge);
  const [over, setOver] = useState(false);
  // files with errors are merged by default, their rows marked; the office may leave them out instead
  const [skipErrors, setSkipErrors] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const session = useRef<MergeSession | null>(null);
  /** the round of the last merge: a roster made after it is that round's */
  const merged = useRef<string | undefined>(undefined);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const phase = state.phase;
  /** Every file's problems as one sheet, to send back to each unit; returns what the user is told. */
  const exportList = async (lines: FileLine[]) => {
    const sheet = await actions.exportProblems(mergeProblemsLayout(lines));
    return text("ui.merge.problemsExported", {
      files: lines.filter((l) => l.problems.length > 0 || l.status !== "ok").length,
      sheet,
    });
  };

  /** Asks the session to merge; writes the answer, or waits for the user's choice of duplicates. */
  const merge = async (
    s: MergeSession,
    consolidation: Consolidation,
    choices: Record<string, string> | undefined,
    stop: AbortSignal,
    same?: [string, string][]
  ) => {
    dispatch({ type: "merging" });
    const answer = await untilStopped(
      stop,
      s.merge({
        roster: consolidation.roster,
        info: consolidation.info,
        ...(consolidation.round ? { round: consolidation.round } : {}),
        ...(skipErrors ? { skipErrors } : {}),
        ...(choices ? { choices } : {}),
        ...(same ? { same } : {}),
      }),
      s
    );
    if (answer === null) return dispatch({ type: "cancelled" });
    merged.current = answer.round;
    if (
      answer.layout === null &&
      choices === undefined &&
      (answer.duplicates.length > 0 || answer.near.length > 0)
    )
      return dispatch({
        type: "duplicates",
        duplicates: answer.duplicates,
        near: answer.near,
        agreed: same ?? [],
        lines: answer.lines,
        consolidation,
      });
    // the figures are in the answer: the session's copies are let go before the long writing
    s.stop();
    await write(answer, consolidation, stop);
  };

  const write = async (answer: MergeAnswer, consolidation: Consolidation, stop: AbortSignal) => {
    const { lines, outcome, layout } = answer;
    if (layout === null) return dispatch({ type: "done", lines, outcome });
    const collision = collisions(layout, consolidation);
    if (collision.length > 0) return dispatch({ type: "done", lines, outcome, collision });
    dispatch({ type: "writing", done: 0, total: 0 });
    const written = await actions.writeMerge(layout, consolidation, {
      stop,
      onProgress: (done, total) => dispatch({ type: "writing", done, total }),
    });
    if (written === "cancelled") return dispatch({ type: "cancelled" });
    dispatch({ type: "done", lines, outcome });
  };

  const guarded = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      session.current?.stop();
      dispatch({ type: "failed", failure: explain(e) });
    }
  };

  /** A new piece of work: the one before it, and its session, ended. */
  const begin = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    return controller.signal;
  };

  const run = (files: PickedFile[]) =>
    guarded(async () => {
      if (files.length === 0) return;
      const stop = begin();
      session.current?.stop();
      const s = makeMergeSession();
      session.current = s;
      const read = await readUnitFiles(files, (p) => dispatch({ type: "progress", ...p }), stop, s);
      if (!read) return dispatch({ type: "cancelled" });
      const consolidation = await actions.readConsolidation();
      // Hủy stays on screen while the workbook is read: a click then still cancels
      if (stop.aborted) {
        s.stop();
        return dispatch({ type: "cancelled" });
      }
      dispatch({ type: "consolidation", rosterMissing: !consolidation.hasRoster });
      await merge(s, consolidation, undefined, stop);
    });

  const confirm = (p: Extract<MergePhase, { name: "choosing" }>) =>
    guarded(async () => {
      const s = session.current;
      if (!s) return;
      const same: [string, string][] = [
        ...p.agreed,
        ...p.near.filter((_, i) => p.same[i] === true).map((n) => n.keys),
      ];
      // names said to be one unit make their files copies of it: which copy counts is asked next
      if (same.length > p.agreed.length) return merge(s, p.consolidation, undefined, begin(), same);
      const chosen = Object.fromEntries(
        Object.entries(p.choices).flatMap(([unit, f]) =>
          f !== null && f !== SKIP ? [[unit, f]] : []
        )
      );
      await merge(s, p.consolidation, chosen, begin(), same);
    });

  const dismiss = () => {
    session.current?.stop();
    dispatch({ type: "cancelled" });
  };

  const onDrop = async (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    await run(await filesFromDrop(e.dataTransfer));
  };
  const pick = (input: HTMLInputElement | null) =>
    void run(keepWorkbooks(Array.from(input?.files ?? [])));
  const busy = phase.name === "reading" || phase.name === "merging" || phase.name === "writing";
  // the roster starts from the units of the files just merged, when there are some
  const units = phase.name === "done" ? rosterOf(phase.lines) : [];
  const notice = noticeOf(state.notice);

  return (
    <div className={styles.panel}>
      <p>{text("ui.merge.intro")}</p>
      <Checkbox
        checked={skipErrors}
        disabled={busy}
        label={text("ui.merge.skipErrors")}
        onChange={(_, d) => setSkipErrors(d.checked === true)}
      />
      <div
        className={`${styles.drop} ${over ? styles.over : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="drop-zone"
      >
        <p>{text("ui.merge.drop")}</p>
        <div className={styles.buttons}>
          <Button disabled={busy} onClick={() => filesInput.current?.click()}>
            {text("ui.merge.pickFiles")}
          </Button>
          <Button disabled={busy} onClick={() => folderInput.current?.click()}>
            {text("ui.merge.pickFolder")}
          </Button>
        </div>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".xlsx,.xls"
          hidden
          aria-label={text("ui.merge.pickFiles")}
          onChange={(e) => pick(e.currentTarget)}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label={text("ui.merge.pickFolder")}
          {...{ webkitdirectory: "" }}
          onChange={(e) => pick(e.currentTarget)}
        />
      </div>
      {busy && (
        <>
          <MergeSteps phase={phase} files={state.files} />
          <Button onClick={() => abort.current?.abort()}>{text("ui.merge.cancel")}</Button>
        </>
      )}
      {state.rosterMissing && (
        <MessageBar intent="warning">
          <MessageBarBody>{text("ui.merge.noRoster")}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() =>
                void actions.createRoster(merged.current, units).then(
                  () => dispatch({ type: "rosterCreated", units: units.length }),
                  (e: unknown) => dispatch({ type: "failed", failure: explain(e) })
                )
              }
            >
              {text("ui.merge.createRoster")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice?.kind === "failed" && (
        <FailureBar
          failure={{
            ...state.notice.failure,
            message: text("ui.merge.failed", { detail: state.notice.failure.message }),
          }}
        />
      )}
      {notice && (
        <ResultBar intent={notice.intent} announce={notice.text}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </ResultBar>
      )}
      {phase.name === "choosing" && (
        <>
          {phase.near.length > 0 && (
            <ResultBar intent="warning" announce={text("ui.merge.nearAsk")}>
              <MessageBarBody>{text("ui.merge.nearAsk")}</MessageBarBody>
            </ResultBar>
          )}
          {phase.near.map((n, i) => (
            <Field
              key={n.keys.join("|")}
              label={text("ui.merge.nearPair", {
                a: n.names[0],
                fileA: n.files[0],
                b: n.names[1],
                fileB: n.files[1],
              })}
            >
              <RadioGroup
                value={phase.same[i] === null ? "" : phase.same[i] ? "same" : "two"}
                onChange={(_, v) => dispatch({ type: "same", pair: i, same: v.value === "same" })}
              >
                <Radio value="same" label={text("ui.merge.nearSame")} />
                <Radio value="two" label={text("ui.merge.nearTwo")} />
              </RadioGroup>
            </Field>
          ))}
          {phase.duplicates.length > 0 && (
            <ResultBar intent="warning" announce={text("ui.merge.duplicates")}>
              <MessageBarBody>{text("ui.merge.duplicates")}</MessageBarBody>
            </ResultBar>
          )}
          {phase.duplicates.map((d) => (
            <Field key={d.unitKey} label={d.unit}>
              <RadioGroup
                value={phase.choices[d.unitKey] ?? ""}
                onChange={(_, v) => dispatch({ type: "choose", unitKey: d.unitKey, file: v.value })}
              >
                {d.files.map((f) => (
                  <Radio key={f} value={f} label={copyLabel(f, phase.lines)} />
                ))}
                <Radio value={SKIP} label={text("ui.merge.skipUnit")} />
              </RadioGroup>
            </Field>
          ))}
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={
                Object.values(phase.choices).some((c) => c === null) ||
                phase.same.some((v) => v === null)
              }
              onClick={() => void confirm(phase)}
            >
              {text("ui.merge.write")}
            </Button>
            <Button onClick={dismiss}>{text("ui.merge.cancel")}</Button>
          </div>
        </>
      )}
      {phase.name === "done" && (
        <>
          <ResultBar
            intent={phase.collision.length > 0 ? "error" : INTENT[phase.outcome.verdict]}
            announce={doneText(phase.outcome, phase.collision)}
          >
            <MessageBarBody>{doneText(phase.outcome, phase.collision)}</MessageBarBody>
          </ResultBar>
          {phase.lines.some((l) => l.problems.length > 0 || l.status !== "ok") && (
            <ExportProblems
              label={text("ui.merge.exportProblems")}
              write={() => exportList(phase.lines)}
            />
          )}
          <FileCards lines={phase.lines} />
        </>
      )}
    </div>
  );
}
