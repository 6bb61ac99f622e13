import { z } from "zod";
import { ExprSchema, LevelSchema } from "../schema";

export const TierSchema = z.enum(["tinh", "huyen", "xa"]);
export type Tier = z.infer<typeof TierSchema>;

export const ThresholdSchema = z.union([
  z.object({ min: z.number() }),
  /** a minimum that depends on the unit's tier and rises each year up to a cap (target 4) */
  z.object({
    byTier: z.record(TierSchema, z.number()),
    baseYear: z.number().int(),
    step: z.number(),
    cap: z.number(),
  }),
]);
export type Threshold = z.infer<typeof ThresholdSchema>;

export const CheckSchema = z.object({
  /** how the evidence names the figure: "PL8 6.5" */
  label: z.string().min(1),
  value: ExprSchema,
  /** the latest period holding a figure, or one fixed period */
  at: z.union([z.literal("latest"), z.object({ period: z.string() })]),
  threshold: ThresholdSchema,
});
export type Check = z.infer<typeof CheckSchema>;

export const TargetSchema = z.object({
  no: z.number().int().min(1),
  checks: z.array(CheckSchema).min(1),
  /** parts of the target that no form measures, named beside the verdict */
  unmeasured: z.string().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

/** A rate units are ranked by in a consolidation's overview: its latest figure, read by the unit's tier where it says. */
export const RankingSchema = z.object({
  label: z.string().min(1),
  value: ExprSchema,
  /** the figure for units of a tier, where each tier reports its own row */
  byTier: z.record(TierSchema, ExprSchema).optional(),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const TargetSetSchema = z.object({
  id: z.string(),
  name: z.string(),
  form: z.string(),
  /** the periods a "latest" figure is looked for in, oldest first */
  periods: z
    .array(
      z.object({
        id: z.string(),
        year: z.number().int(),
        /** months the period covers, when not the whole year */
        months: z.number().int().min(1).max(11).optional(),
      })
    )
    .min(1),
  tierOf: z.record(LevelSchema, TierSchema),
  targets: z.array(TargetSchema),
  rankings: z.array(RankingSchema).optional(),
});
export type TargetSet = z.infer<typeof TargetSetSchema>;
