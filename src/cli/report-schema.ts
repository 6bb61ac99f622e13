import { z } from "zod";
import { VERDICTS } from "../core/assess/targets";
import { LevelSchema } from "../core/catalogue/schema";
import { UNIT_STATUSES } from "../core/merge/units";
import { SeveritySchema } from "../core/rules/schema";

/** A problem's cell: the figure, and where it stood in the file (sheet name, A1 address) when it was found. */
const CellSchema = z.object({
  form: z.string(),
  row: z.string(),
  period: z.string(),
  sheet: z.string().optional(),
  address: z.string().optional(),
});

export const ProblemSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  form: z.string().nullable(),
  rows: z.array(z.string()),
  period: z.string().nullable(),
  cells: z.array(CellSchema),
  message: z.string(),
});

/** `cchc check FILE --json`: one object on standard output. */
export const CheckJsonSchema = z.object({
  file: z.string(),
  readable: z.boolean(),
  /** why the file could not be read, in Vietnamese, when readable is false */
  failure: z.string().optional(),
  unit: z.string().nullable(),
  level: LevelSchema.nullable(),
  templateVersion: z.string().nullable(),
  forms: z.array(z.string()),
  errors: z.number().int(),
  warnings: z.number().int(),
  problems: z.array(ProblemSchema),
  rules: z.array(
    z.object({
      ruleId: z.string(),
      checked: z.number(),
      passed: z.number(),
      failed: z.number(),
      skipped: z.number(),
    })
  ),
  assessments: z.array(
    z.object({
      target: z.number(),
      verdict: z.enum(VERDICTS),
      /** the figures measure part of the target: the verdict is their proposal, the unit chooses */
      proposed: z.boolean(),
      evidence: z.string(),
      unmeasured: z.string().optional(),
    })
  ),
});
export type CheckJson = z.infer<typeof CheckJsonSchema>;

/** `cchc merge … --json`: one object on standard output. */
export const MergeJsonSchema = z.object({
  out: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      unit: z.string().nullable(),
      level: LevelSchema.nullable(),
      status: z.enum(UNIT_STATUSES),
      detail: z.string(),
      errors: z.number().int(),
      warnings: z.number().int(),
      included: z.boolean(),
      notes: z.array(z.string()),
      /** a unit read from a consolidation: the consolidations it came through, the nearest last */
      via: z.string().optional(),
    })
  ),
  duplicates: z.array(
    z.object({
      unitKey: z.string(),
      unit: z.string(),
      files: z.array(z.string()),
      chosen: z.string().nullable(),
    })
  ),
  missing: z.array(z.object({ name: z.string(), level: LevelSchema.nullable() })),
  merged: z.number().int(),
});
export type MergeJson = z.infer<typeof MergeJsonSchema>;
