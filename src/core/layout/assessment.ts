import { a1 } from "../a1";
import { levelLabelIn } from "../catalogue";
import type { Form, Level } from "../catalogue/schema";
import type { Check, Target, TargetSet } from "../catalogue/targets/schema";
import { meetsFormula, oneDecimalFormula, plausibleFormula } from "../assess/format";
import { candidatePeriods } from "../assess/periods";
import { longestResult } from "../assess/targets";
import { thresholdFormula } from "../assess/threshold";
import { toFormula } from "../expr/formula";
import { text } from "../messages";
import { messageFormula, quote } from "../messages/formula";
import type { Resolve } from "../expr/formula";
import { SheetBuilder, one, span } from "./builder";
import { coverRef, type BuildEnv } from "./cover";
import { textValidation, verdictValidation } from "./inputs";
import { attachedLine, signatureBlock, titleRows } from "./titles";
import { labelStyle } from "./yearly";

const STT = 1;
const LABEL = 2;
const RESULT = 3;
const VERDICT = 4;
const REMARK = 5;
const FIRST_HELPER = 6;
const HEADER = 5;
const FIRST_DATA_ROW = 7;
const MAX_CHECKS = 2;

/** Hidden helper cells of one check: its value in each period, then the figure judged, its year, its threshold. */
const helperKeys = (set: TargetSet, j: number): string[] => [
  ...set.periods.map((p) => `c${j}.${p.id}`),
  `c${j}.value`,
  `c${j}.year`,
  `c${j}.threshold`,
];

/** Phụ lục 9: every target the figures allow is judged by live formulas; the rest keep a drop-down. */
export function buildAssessment(form: Form, set: TargetSet, env: BuildEnv): SheetBuilder {
  const helpers = Array.from({ length: MAX_CHECKS }, (_, j) => helperKeys(set, j)).flat();
  const b = new SheetBuilder(form.id, `${env.prefix}${form.sheet}`, [
    4,
    7,
    70,
    42,
    16,
    36,
    ...helpers.map(() => 10),
  ]);
  b.hideColumn(0).hideRow(0).set(0, 0, form.id, "key");
  form.periods.forEach((p, i) => b.set(0, RESULT + i, p.id, "key"));
  helpers.forEach((k, i) => b.set(0, FIRST_HELPER + i, k, "key").hideColumn(FIRST_HELPER + i));

  titleRows(b, form, STT, REMARK, env);
  attachedLine(b, 3, STT, REMARK, env);
  b.set(HEADER, STT, text("layout.stt"), "header").set(
    HEADER,
    LABEL,
    form.indicatorHeader,
    "header"
  );
  form.periods.forEach((p, i) =>
    b.set(HEADER, RESULT + i, p.note ? `${p.label}\n${p.note}` : p.label, "header")
  );
  for (let c = STT; c <= REMARK; c++) b.merge(span(HEADER, c, 2, 1));
  b.hideRow(HEADER + 1);

  form.rows.forEach((r, i) => {
    const at = FIRST_DATA_ROW + i;
    const outside = env.level !== undefined && r.notFor?.includes(env.level);
    // said beside the target, never in a cell a unit's answer is read from
    const label = outside
      ? `${r.label}\n(${text("assess.notApplicable", { level: levelLabelIn(env.cat, env.level!) })})`
      : r.label;
    b.set(at, 0, r.key, "key").set(at, STT, r.stt, "stt").set(at, LABEL, label, labelStyle(r));
    form.periods.forEach((p, k) => b.place(r.key, p.id, at, RESULT + k));
    const manual = () => {
      b.style(one(at, RESULT), "textInput")
        .validate(one(at, RESULT), textValidation())
        .input(r.key, "result", "text");
      b.style(one(at, VERDICT), "code")
        .validate(one(at, VERDICT), verdictValidation())
        .input(r.key, "verdict", "assessment");
      b.style(one(at, REMARK), "textInput")
        .validate(one(at, REMARK), textValidation())
        .input(r.key, "remark", "text");
    };
    if (outside) return void b.style(span(at, RESULT, 1, 3), "notApplicable");
    const target = set.targets.find((t) => t.no === r.target);
    if (!target) return manual();
    b.room(at, RESULT, longestResult(target));
    if (target.unmeasured === undefined) {
      b.style(span(at, RESULT, 1, 3), "computedText");
      return judged(b, at, target, set, manual, env);
    }
    // the figures measure a part of the target: they propose, the unit decides and says why it differs
    b.style(one(at, RESULT), "computedText");
    b.style(one(at, VERDICT), "code")
      .validate(one(at, VERDICT), verdictValidation())
      .input(r.key, "verdict", "assessment");
    b.style(one(at, REMARK), "textInput")
      .validate(one(at, REMARK), textValidation(text("input.verdictReason")))
      .input(r.key, "remark", "text");
    judged(b, at, target, set, manual, env);
  });

  const lastRow = FIRST_DATA_ROW + form.rows.length - 1;
  b.layout.freeze = { rows: FIRST_DATA_ROW, columns: LABEL + 1 };
  const end = signatureBlock(b, lastRow, STT, REMARK, env);
  b.layout.print = { titleRows: [HEADER, HEADER + 1], area: span(1, STT, end, REMARK) };
  return b;
}

/** Writes the helper, evidence and verdict formulas of one judged target, or leaves it to the unit. */
function judged(
  b: SheetBuilder,
  at: number,
  target: Target,
  set: TargetSet,
  manual: () => void,
  env: BuildEnv
): void {
  const levelRef = coverRef("level", env.coverSheet);
  const levelLabels = Object.fromEntries(env.cat.levels.map((l) => [l.id, l.label])) as Record<
    Level,
    string
  >;
  const n = set.periods.length;
  const col = (j: number, k: number) => FIRST_HELPER + j * (n + 3) + k;
  const ref = (j: number, k: number) => a1(at, col(j, k));
  const refs = target.checks.map((_, j) => ({
    value: ref(j, n),
    year: ref(j, n + 1),
    threshold: ref(j, n + 2),
  }));

  b.later((resolve: Resolve) => {
    const series = target.checks.map((check) =>
      set.periods.map((p) => toFormula(check.value, resolve, p.id))
    );
    // The formulas are whole only when every form the target reads is in the workbook.
    if (series.flat().some((f) => f === undefined)) return manual();
    target.checks.forEach((check, j) => {
      series[j]!.forEach((f, k) => b.formula(at, col(j, k), f!));
      const order = candidatePeriods(check, set);
      const pick = (then: (k: number) => string) =>
        order.reduceRight(
          (otherwise, k) => `IF(ISNUMBER(${ref(j, k)}),${then(k)},${otherwise})`,
          '""'
        );
      b.formula(
        at,
        col(j, n),
        pick((k) => ref(j, k))
      );
      b.formula(
        at,
        col(j, n + 1),
        pick((k) => String(set.periods[k]!.year))
      );
      b.formula(
        at,
        col(j, n + 2),
        thresholdFormula(check.threshold, set, levelLabels, levelRef, refs[j]!.year)
      );
    });
    const ready = refs
      .map(
        (r, j) =>
          // AND() evaluates every argument: a blank value is compared only once it is a number
          `ISNUMBER(${r.value}),ISNUMBER(${r.threshold}),IF(ISNUMBER(${r.value}),${plausibleFormula(target.checks[j]!, r.value)},FALSE)`
      )
      .join(",");
    const met = refs.map((r) => meetsFormula(r.value, r.threshold)).join(",");
    const evidence = target.checks
      .map((check, j) => evidenceFormula(check, refs[j]!))
      .join(`&"; "&`);
    if (target.unmeasured === undefined) {
      b.formula(at, RESULT, evidence);
      // the seed's column is "(Đạt/Không đạt)": without the figures it stays blank, the evidence saying why
      b.formula(
        at,
        VERDICT,
        `IF(AND(${ready}),IF(AND(${met}),${quote(text("verdict.dat"))},${quote(text("verdict.khongDat"))}),"")`
      );
      return;
    }
    const proposed = `IF(AND(${met}),${quote(text("verdict.dat"))},${quote(text("verdict.khongDat"))})`;
    const proposal = `IF(AND(${ready}),${messageFormula("assess.proposal", { verdict: proposed })},${quote(text("assess.noProposal"))})`;
    b.formula(at, RESULT, `${evidence}&${quote(". ")}&${quote(target.unmeasured)}&" "&${proposal}`);
  });
}

function evidenceFormula(
  check: Check,
  r: { value: string; year: string; threshold: string }
): string {
  const shown = messageFormula("assess.evidence", {
    label: quote(check.label),
    value: oneDecimalFormula(r.value),
    sign: `IF(${meetsFormula(r.value, r.threshold)},"≥","<")`,
    threshold: r.threshold,
    year: r.year,
  });
  const missing = messageFormula("assess.noData", { label: quote(check.label) });
  const implausible = messageFormula("assess.implausible", {
    label: quote(check.label),
    value: oneDecimalFormula(r.value),
  });
  const judgeable = `AND(ISNUMBER(${r.value}),ISNUMBER(${r.threshold}))`;
  return `IF(ISNUMBER(${r.value}),IF(${plausibleFormula(check, r.value)},IF(${judgeable},${shown},${missing}),${implausible}),${missing})`;
}
