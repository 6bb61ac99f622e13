import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  useId,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { levelLabelIn } from "../../core/catalogue";
import { OUTLINE_LIST, outlineById } from "../../core/rounds/outlines";
import type { Level } from "../../core/catalogue/schema";
import { text } from "../../core/messages";
import type { CreateResult, Decision, Rebuild } from "../../office/create-forms";
import type { PaneActions } from "../actions";
import { useAction } from "../use-action";
import { FailureBar } from "./FailureBar";
import { Advanced } from "./Advanced";

// asked only when forms already exist: its dialog code is loaded then
const ConflictDialog = lazy(() =>
  import(/* webpackChunkName: "conflict" */ "./ConflictDialog").then((m) => ({
    default: m.ConflictDialog,
  }))
);
import { FirstRun } from "./FirstRun";
import { ResultBar } from "./ResultBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  forms: { display: "grid", gridTemplateColumns: "1fr 1fr", rowGap: "0" },
  all: { gridColumn: "1 / span 2" },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

type Outcome = { intent: "success" | "error" | "info"; lines: string[] };

function describe(result: CreateResult): Outcome {
  if (result.cancelled) return { intent: "info", lines: [text("ui.create.cancelled")] };
  const lines = [
    text("ui.create.done", { count: result.created.length, sheets: result.created.join(", ") }),
  ];
  if (result.kept.length > 0)
    lines.push(text("ui.create.kept", { sheets: result.kept.join(", ") }));
  if (result.carried > 0) lines.push(text("ui.create.carried", { count: result.carried }));
  if (result.notCarried.length > 0)
    lines.push(
      text("ui.create.notCarried", {
        count: result.notCarried.length,
        cells: result.notCarried.join("; "),
      })
    );
  if (result.dropped.length > 0)
    lines.push(
      text("ui.create.dropped", { count: result.dropped.length, rows: result.dropped.join("; ") })
    );
  if (result.renamed.length > 0)
    lines.push(
      text("ui.create.renamed", {
        sheets: result.renamed.map((r) => `${r.from} → ${r.to}`).join(", "),
      })
    );
  return { intent: "success", lines };
}

export function CreatePanel({
  actions,
}: {
  actions: Pick<PaneActions, "createForms" | "readCover">;
}) {
  const styles = useStyles();
  const [roundId, setRoundId] = useState(OUTLINE_LIST[0]!.id);
  const catalogue = outlineById(roundId) ?? OUTLINE_LIST[0]!;
  const [forms, setForms] = useState<string[]>(catalogue.forms.map((f) => f.id));
  const [unit, setUnit] = useState("");
  const [level, setLevel] = useState<Level | undefined>();
  const [round, setRound] = useState(catalogue.name);
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, failure, run, fail } = useAction("ui.create.failed");
  const [missing, setMissing] = useState<{ unit: boolean; level: boolean }>({
    unit: false,
    level: false,
  });
  const [firstRun, setFirstRun] = useState(false);
  const unitId = useId("unit");
  const levelId = useId("level");
  const focus = (id: string) => document.getElementById(id)?.focus();

  // a workbook that already has a cover fills the fields, unless the user has typed first
  useEffect(() => {
    actions.readCover().then((open) => {
      setFirstRun(open === null);
      if (!open) return;
      const { info } = open;
      const named = outlineById(open.round) ?? OUTLINE_LIST[0]!;
      setRoundId(named.id);
      setForms(named.forms.map((f) => f.id));
      if (info.unit) setUnit((u) => u || info.unit!);
      if (info.level) setLevel((l) => l ?? info.level);
      setRound((r) => (OUTLINE_LIST.some((x) => x.name === r) ? (info.round ?? named.name) : r));
    }, fail);
  }, [actions, fail]);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const answer = useRef<(d: Decision | Rebuild) => void>(() => undefined);

  const toggle = (id: string, on: boolean) =>
    setForms((f) =>
      on
        ? catalogue.forms.map((x) => x.id).filter((x) => f.includes(x) || x === id)
        : f.filter((x) => x !== id)
    );
  const all = forms.length === catalogue.forms.length;

  /** Another set of forms: its forms all chosen, its name as Kỳ báo cáo unless the user typed one. */
  const chooseRound = (id: string) => {
    const next = outlineById(id) ?? OUTLINE_LIST[0]!;
    setRoundId(next.id);
    setForms(next.forms.map((f) => f.id));
    setRound((r) => (OUTLINE_LIST.some((x) => x.name === r) ? next.name : r));
    setLevel((l) => (l && next.levels.some((x) => x.id === l) ? l : undefined));
  };

  const submit = async () => {
    if (forms.length === 0)
      return setOutcome({ intent: "error", lines: [text("ui.create.noForms")] });
    // the unit's name and level are what every check and merge reads: the forms are not made without them
    const lacking = { unit: unit.trim() === "", level: level === undefined };
    setMissing(lacking);
    if (lacking.unit) return focus(unitId);
    if (lacking.level) return focus(levelId);
    setOutcome(null);
    await run(async () => {
      const decide = (existing: string[]) =>
        new Promise<Decision | Rebuild>((resolve) => {
          answer.current = (d) => {
            setConflict(null);
            // the password given for the rebuilt sheets is the one the pane offers next time
            if (typeof d !== "string") setPassword(d.password);
            resolve(d);
          };
          setConflict(existing);
        });
      const request = {
        forms,
        unit,
        round,
        roundId,
        ...(level ? { level } : {}),
        ...(password ? { password } : {}),
      };
      setOutcome(describe(await actions.createForms(request, decide)));
    });
  };

  return (
    <div className={styles.panel}>
      {firstRun && !outcome && <FirstRun />}
      <p>{text("ui.create.intro")}</p>
      <Field label={text("ui.create.roundSet")} hint={text("ui.create.roundSetHint")}>
        <Dropdown
          value={catalogue.name}
          selectedOptions={[roundId]}
          onOptionSelect={(_, d) => d.optionValue && chooseRound(d.optionValue)}
        >
          {OUTLINE_LIST.map((r) => (
            <Option key={r.id} value={r.id} text={r.name}>
              {`${r.name} (${r.version})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {/* a fieldset, not one Field: each checkbox keeps its own label and id */}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{text("ui.create.forms")}</legend>
        <div className={styles.forms}>
          <Checkbox
            className={styles.all}
            checked={all ? true : forms.length > 0 ? "mixed" : false}
            label={text("ui.create.all")}
            onChange={(_, d) => setForms(d.checked ? catalogue.forms.map((f) => f.id) : [])}
          />
          {catalogue.forms.map((f) => (
            <Checkbox
              key={f.id}
              checked={forms.includes(f.id)}
              label={f.sheet}
              onChange={(_, d) => toggle(f.id, d.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      <Field
        label={text("ui.create.unit")}
        hint={text("ui.create.unitHint")}
        required
        {...(missing.unit
          ? { validationState: "error" as const, validationMessage: text("ui.create.needUnit") }
          : {})}
      >
        <Input id={unitId} value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field
        label={text("ui.create.level")}
        required
        {...(missing.level
          ? { validationState: "error" as const, validationMessage: text("ui.create.needLevel") }
          : {})}
      >
        <Dropdown
          id={levelId}
          placeholder={text("ui.create.levelNone")}
          value={level ? levelLabelIn(catalogue, level) : ""}
          selectedOptions={level ? [level] : []}
          onOptionSelect={(_, d) => setLevel(d.optionValue as Level)}
        >
          {catalogue.levels.map((l) => (
            <Option key={l.id} value={l.id}>
              {l.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={text("ui.create.round")}>
        <Input value={round} onChange={(_, d) => setRound(d.value)} />
      </Field>
      <Advanced>
        <Field label={text("ui.create.password")}>
          <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
        </Field>
      </Advanced>
      <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
        {text("ui.create.submit")}
      </Button>
      {busy && <Spinner size="small" label={text("ui.create.working")} />}
      {failure && <FailureBar failure={failure} />}
      {outcome && (
        <ResultBar intent={outcome.intent} announce={outcome.lines.join(" ")}>
          <MessageBarBody>
            {outcome.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </MessageBarBody>
        </ResultBar>
      )}
      {conflict && (
        <Suspense fallback={<Spinner size="small" label={text("ui.loadingTab")} />}>
          <ConflictDialog
            sheets={conflict}
            password={password}
            onDecide={(d) => answer.current(d)}
          />
        </Suspense>
      )}
    </div>
  );
}
