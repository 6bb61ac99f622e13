import { z } from "zod";

/** A reporting period: a column of a yearly form, or a row stage of a matrix form. */
export const PeriodSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  note: z.string().optional(),
  /** the calendar year the figures describe, for thresholds that move by year */
  year: z.number().int(),
  /** the months its figures cover when not a whole year (2025 of this round: to 31/3, 3 months) */
  months: z.number().int().min(1).max(11).optional(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const RowKindSchema = z.enum([
  "group",
  "count",
  "amount",
  "total",
  "rate",
  "enteredRate",
  "yesNo",
  "status",
  "text",
  "assessment",
  "assessmentSummary",
]);
export type RowKind = z.infer<typeof RowKindSchema>;

/** Which cell a reference reads: the same period as the cell being computed, or a fixed one. */
export const PeriodRefSchema = z.union([z.literal("same"), z.object({ fixed: z.string() })]);
export type PeriodRef = z.infer<typeof PeriodRefSchema>;

export type Expr =
  | { op: "cell"; form: string; row: string; period: PeriodRef }
  | { op: "sum"; args: Expr[] }
  | { op: "pct"; num: Expr; den: Expr }
  | { op: "drop"; from: Expr; to: Expr };

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ op: z.literal("cell"), form: z.string(), row: z.string(), period: PeriodRefSchema }),
    z.object({ op: z.literal("sum"), args: z.array(ExprSchema).min(1) }),
    z.object({ op: z.literal("pct"), num: ExprSchema, den: ExprSchema }),
    z.object({ op: z.literal("drop"), from: ExprSchema, to: ExprSchema }),
  ])
);

export const CodeSchema = z.object({
  code: z.number().int(),
  label: z.string().min(1),
  /** the answer that stands for a mix of the others ("Kết hợp"): what units answering differently make */
  mixed: z.boolean().optional(),
});
export type Code = z.infer<typeof CodeSchema>;

export const LevelSchema = z.enum(["so", "huyen", "xa", "nganhdoc"]);
export type Level = z.infer<typeof LevelSchema>;

/** A slip in the seed text, fixed in the catalogue. */
export const FixSchema = z.object({ seed: z.string(), fixed: z.string(), why: z.string() });
export type Fix = z.infer<typeof FixSchema>;

/**
 * How a row's figures from many units become one: added up; recomputed from the merged parts;
 * averaged (weighted by another row where the form has a weight); for yes/no "Có" when any unit
 * says so, for a status the least advanced stage, for a choice of ways the same way or the code that means a
 * mix of them; texts kept per unit; verdicts judged again.
 */
export const AggregationSchema = z.enum([
  "sum",
  /** a count of a list every unit of a level shares (the province's TTHC of that level): one value per level */
  "perLevel",
  "recompute",
  "mean",
  "weightedMean",
  "anyYes",
  "lowestCode",
  "sameOrMixed",
  "text",
  "verdict",
  "none",
]);
export type Aggregation = z.infer<typeof AggregationSchema>;

export const RowSchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(\.[a-z0-9_]+)+$/),
  stt: z.string(),
  label: z.string().min(1),
  /** the label exactly as the seed prints it, where a slip was fixed */
  fixes: z.array(FixSchema).optional(),
  unit: z.string().optional(),
  kind: RowKindSchema,
  depth: z.number().int().min(0).max(3),
  codes: z.array(CodeSchema).optional(),
  expr: ExprSchema.optional(),
  /** levels of unit that report no figure in this row: set from `applicability.ts`, never by hand */
  notFor: z.array(LevelSchema).optional(),
  /** the row whose figure weighs this row's entered rate when units are merged */
  weight: z.string().optional(),
  aggregate: AggregationSchema,
  /** the target (Phụ lục 9) this row assesses */
  target: z.number().int().optional(),
  /** the Phụ lục row whose figure this row repeats: taken from it, never typed twice (`repeats.ts`) */
  repeats: z.object({ form: z.string(), row: z.string() }).optional(),
  /** what the seed asks the unit to write in the row's Ghi chú ("Ghi rõ bao nhiêu cuộc") */
  noteAsk: z.string().optional(),
});
export type Row = z.infer<typeof RowSchema>;

export const FormSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]+$/),
  sheet: z.string().min(1).max(31),
  heading: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  /** header of the indicator column, as in the seed */
  indicatorHeader: z.string(),
  /** how the figures are laid: periods as columns (yearly forms) or periods as rows (matrix) */
  orientation: z.enum(["periodsAsColumns", "periodsAsRows", "assessment"]),
  periods: z.array(PeriodSchema),
  rows: z.array(RowSchema).min(1),
  /** a free "Ghi chú" column after the figures */
  notes: z.boolean().optional(),
  /** the heading over the periods' columns, where the seed prints one of its own */
  figuresHeader: z.string().optional(),
  fixes: z.array(FixSchema).optional(),
});
export type Form = z.infer<typeof FormSchema>;
