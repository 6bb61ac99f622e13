import { z } from "zod";
import { RowKindSchema } from "../catalogue/schema";

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** The row kinds whose typed values have a domain to check. */
export const DomainKindSchema = RowKindSchema.extract([
  "count",
  "amount",
  "enteredRate",
  "yesNo",
  "status",
  "text",
  "assessment",
]);
export type DomainKind = z.infer<typeof DomainKindSchema>;

const base = {
  id: z.string().regex(/^[A-Z0-9]+(\.[a-z0-9_]+)+$|^[a-z]+(\.[a-zA-Z0-9_]+)+$/),
  severity: SeveritySchema,
};
const inForm = { ...base, form: z.string() };

/** Rules are data; each kind is described once, in `kinds/` (what it names, says and checks). */
export const RuleSchema = z.discriminatedUnion("kind", [
  /** every cell of every row of a kind: whole ≥ 0, ≥ 0, 0–100, listed codes, text length */
  z.object({ ...base, kind: z.literal("domain"), rowKind: DomainKindSchema }),
  /** value ≤ limit: a part never exceeds its whole (error), or a plausibility check (warning) */
  z.object({
    ...inForm,
    kind: z.literal("atMost"),
    pairs: z.array(z.tuple([z.string(), z.string()])).min(1),
  }),
  /** a breakdown adds up exactly to its total */
  z.object({
    ...inForm,
    kind: z.literal("sumEq"),
    total: z.string(),
    parts: z.array(z.string()).min(2),
    tolerance: z.number().optional(),
  }),
  /** a breakdown that is not exhaustive: the parts add up to at most the total */
  z.object({
    ...inForm,
    kind: z.literal("sumLe"),
    total: z.string(),
    parts: z.array(z.string()).min(2),
  }),
  /** a breakdown's total typed while parts the unit's level reports are blank */
  z.object({
    ...inForm,
    kind: z.literal("blankParts"),
    total: z.string(),
    parts: z.array(z.string()).min(2),
  }),
  /** a row answered `when` in some period asks for the row's Ghi chú, as the catalogue's noteAsk says */
  z.object({ ...inForm, kind: z.literal("noteAsked"), row: z.string(), when: z.number() }),
  /** if a row is filled, another must be more than 0 */
  z.object({ ...inForm, kind: z.literal("requires"), when: z.string(), then: z.string() }),
  /** a figure that changes more than `factor` times from one year to the next */
  z.object({
    ...base,
    kind: z.literal("jump"),
    factor: z.number().gt(1),
    rowKinds: z.array(RowKindSchema),
  }),
  /** figures in rows the unit's level does not report (catalogue notFor) */
  z.object({ ...base, kind: z.literal("notApplicable") }),
  /** Bảng tổng hợp rows that count a part or a whole of a Phụ lục row's figure (catalogue `repeats.ts`) */
  z.object({ ...base, kind: z.literal("repeatBound") }),
  /** Phụ lục 9's verdicts the figures propose: chosen by the unit, with a reason where it differs */
  z.object({ ...base, kind: z.literal("verdictReview") }),
  /** a cover field that must be filled */
  z.object({ ...base, kind: z.literal("cover"), field: z.enum(["unit", "level"]) }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleKind = Rule["kind"];
