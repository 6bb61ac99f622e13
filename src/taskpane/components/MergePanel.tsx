import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { text } from "../../core/messages";
import { mergeUnits, type MergeResult } from "../../core/merge/merge";
import { mergeLayout } from "../../core/merge/output";
import type { UnitEntry } from "../../core/merge/units";
import { collisions, type Consolidation } from "../../office/merge-workbook";
import type { PaneActions } from "../actions";
import { errorText } from "../errors";
import { filesFromDrop, keepWorkbooks, readUnitFiles, type PickedFile } from "../read-files";
import { StatusTable } from "./StatusTable";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalL, textAlign: "center" },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

type Phase =
  | { name: "idle" }
  | { name: "reading"; i: number; n: number; file: string }
  | { name: "choosing"; entries: UnitEntry[]; consolidation: Consolidation; result: MergeResult }
  | { name: "writing" }
  | { name: "done"; result: MergeResult; message: string; intent: "success" | "warning" | "error" };

const SKIP = "";

type Actions = Pick<PaneActions, "readConsolidation" | "writeMerge" | "createRoster">;

export function MergePanel({ actions }: { actions: Actions }) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [over, setOver] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ intent: "info" | "error" | "warning"; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const write = async (result: MergeResult, consolidation: Consolidation) => {
    if (result.units.length === 0) return setPhase({ name: "done", result, message: text("ui.merge.nothing"), intent: "error" });
    const layout = mergeLayout(result, consolidation.info.unit ? consolidation.info : { ...consolidation.info, unit: text("cli.mergeUnit") });
    const clash = collisions(layout, consolidation);
    if (clash.length > 0) return setPhase({ name: "done", result, message: text("ui.merge.collision", { sheets: clash.join(", ") }), intent: "error" });
    setPhase({ name: "writing" });
    await actions.writeMerge(layout, consolidation.previous);
    const bad = result.lines.filter((l) => !l.included || l.status !== "ok" || l.notes.length > 0).length;
    const lines = [text("ui.merge.done", { merged: result.units.length, files: result.lines.length })];
    if (bad > 0) lines.push(text("ui.merge.problems", { bad }));
    if (result.missing.length > 0) lines.push(text("ui.merge.missing", { count: result.missing.length, units: result.missing.map((m) => m.name).join(", ") }));
    setPhase({ name: "done", result, message: lines.join(" "), intent: bad > 0 || result.missing.length > 0 ? "warning" : "success" });
  };

  const run = async (files: PickedFile[]) => {
    if (files.length === 0) return;
    setNotice(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const entries = await readUnitFiles(files, (i, n, file) => setPhase({ name: "reading", i, n, file }), controller.signal);
      if (entries === null) {
        setPhase({ name: "idle" });
        return setNotice({ intent: "info", text: text("ui.merge.cancelled") });
      }
      const consolidation = await actions.readConsolidation();
      if (!consolidation.hasRoster) setNotice({ intent: "warning", text: text("ui.merge.noRoster") });
      const result = mergeUnits(entries, { roster: consolidation.roster });
      if (result.duplicates.length > 0) {
        setChoices(Object.fromEntries(result.duplicates.map((d) => [d.unitKey, SKIP])));
        return setPhase({ name: "choosing", entries, consolidation, result });
      }
      await write(result, consolidation);
    } catch (e) {
      setPhase({ name: "idle" });
      setNotice({ intent: "error", text: text("ui.merge.failed", { detail: errorText(e) }) });
    }
  };

  const confirm = async (p: Extract<Phase, { name: "choosing" }>) => {
    try {
      const chosen = Object.fromEntries(Object.entries(choices).filter(([, f]) => f !== SKIP));
      await write(mergeUnits(p.entries, { roster: p.consolidation.roster, choices: chosen }), p.consolidation);
    } catch (e) {
      setPhase({ name: "idle" });
      setNotice({ intent: "error", text: text("ui.merge.failed", { detail: errorText(e) }) });
    }
  };

  const onDrop = async (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    await run(await filesFromDrop(e.dataTransfer));
  };
  const pick = (input: HTMLInputElement | null) => void run(keepWorkbooks(Array.from(input?.files ?? [])));
  const busy = phase.name === "reading" || phase.name === "writing";

  return (
    <div className={styles.panel}>
      <p>{text("ui.merge.intro")}</p>
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
        <input ref={filesInput} type="file" multiple accept=".xlsx,.xls" hidden aria-label={text("ui.merge.pickFiles")} onChange={(e) => pick(e.currentTarget)} />
        <input ref={folderInput} type="file" multiple hidden aria-label={text("ui.merge.pickFolder")} {...{ webkitdirectory: "" }} onChange={(e) => pick(e.currentTarget)} />
      </div>
      {phase.name === "reading" && (
        <Field validationMessage={text("ui.merge.reading", { i: phase.i, n: phase.n, file: phase.file })} validationState="none">
          <ProgressBar value={phase.i / phase.n} />
          <Button onClick={() => abort.current?.abort()}>{text("ui.merge.cancel")}</Button>
        </Field>
      )}
      {phase.name === "writing" && <ProgressBar aria-label={text("ui.merge.writing")} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.text === text("ui.merge.noRoster") && (
            <MessageBarActions>
              <Button
              size="small"
              onClick={() =>
                void actions.createRoster().then(
                  () => setNotice({ intent: "info", text: text("ui.merge.rosterCreated") }),
                  (e: unknown) => setNotice({ intent: "error", text: text("ui.merge.failed", { detail: errorText(e) }) }),
                )
              }
            >
              {text("ui.merge.createRoster")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {phase.name === "choosing" && (
        <>
          <p>{text("ui.merge.duplicates")}</p>
          {phase.result.duplicates.map((d) => (
            <Field key={d.unitKey} label={d.unit}>
              <RadioGroup value={choices[d.unitKey] ?? SKIP} onChange={(_, v) => setChoices((c) => ({ ...c, [d.unitKey]: v.value }))}>
                {d.files.map((f) => (
                  <Radio key={f} value={f} label={f} />
                ))}
                <Radio value={SKIP} label={text("ui.merge.skipUnit")} />
              </RadioGroup>
            </Field>
          ))}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void confirm(phase)}>
              {text("ui.merge.write")}
            </Button>
            <Button
              onClick={() => {
                setPhase({ name: "idle" });
                setNotice({ intent: "info", text: text("ui.merge.cancelled") });
              }}
            >
              {text("ui.merge.cancel")}
            </Button>
          </div>
        </>
      )}
      {phase.name === "done" && (
        <>
          <MessageBar intent={phase.intent}>
            <MessageBarBody>{phase.message}</MessageBarBody>
          </MessageBar>
          <StatusTable lines={phase.result.lines} />
        </>
      )}
    </div>
  );
}
