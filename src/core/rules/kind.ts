import type { Catalogue } from "../catalogue";
import type { Level } from "../catalogue/schema";
import type { FigureRef } from "../figure";
import type { CoverKey } from "../layout/cover";
import type { Inputs } from "../layout/types";
import type { MessageCode } from "../messages";
import type { Figures } from "../values";
import type { Rule, RuleKind, Severity } from "./schema";

/** A rule violation, as data: collected, never thrown. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  form: string | null;
  rows: string[];
  period: string | null;
  cells: FigureRef[];
  message: string;
}

export interface CheckInput {
  figures: Figures;
  cover: Partial<Record<CoverKey, string>>;
  level: Level | null;
  /** the input cells of each form present, with the kind each takes: from the layout */
  inputs: Inputs;
}

/** What one check of a rule found: it held, it had blanks to skip, or a problem (without id and severity). */
export type Outcome = "pass" | "skip" | Omit<Problem, "ruleId" | "severity">;

/** How a rule kind treats blank cells; docs/rules.md states it for each rule. */
export type BlankPolicy = "skip" | "partial" | "when" | "filled" | "required";

/**
 * Everything about one kind of rule, in one place: the engine evaluates with it, the loader checks the rows
 * it names, the docs script describes it and the message test finds its messages.
 */
export interface KindSpec<K extends RuleKind> {
  /** what its problems are about, as the problem list groups them */
  title: MessageCode;
  blanks: BlankPolicy;
  /** catalogue rows the rule names, all in its form */
  rows: (rule: Extract<Rule, { kind: K }>) => string[];
  /** the message its problems use */
  message: (rule: Extract<Rule, { kind: K }>) => MessageCode;
  /** the rows it relates, for docs/rules.md, e.g. "2.2 ≤ 2.1" */
  relation: (rule: Extract<Rule, { kind: K }>, cat: Catalogue) => string;
  evaluate: (rule: Extract<Rule, { kind: K }>, input: CheckInput, cat: Catalogue) => Outcome[];
  /** it checks what the unit writes beside its rows (Ghi chú), not their figures: run even on repeated rows */
  readsNotes?: true;
}
