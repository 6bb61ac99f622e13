import { z } from "zod";
import type { Catalogue } from ".";
import { FormSchema } from "./schema";
import { TargetSetSchema } from "./targets/schema";

const CatalogueSchema = z
  .object({ version: z.string(), forms: z.array(FormSchema), targets: TargetSetSchema })
  .superRefine((c, ctx) => {
    const keys = new Set<string>();
    for (const f of c.forms)
      for (const r of f.rows) {
        if (keys.has(r.key))
          ctx.addIssue({ code: "custom", message: `duplicate row key ${r.key}` });
        keys.add(r.key);
        if ((r.kind === "rate" || r.kind === "total") && !r.expr)
          ctx.addIssue({ code: "custom", message: `${r.key} has no expression` });
        if ((r.kind === "yesNo" || r.kind === "status") && !r.codes)
          ctx.addIssue({ code: "custom", message: `${r.key} has no codes` });
        if (r.aggregate === "sameOrMixed" && r.codes?.filter((c) => c.mixed).length !== 1)
          ctx.addIssue({
            code: "custom",
            message: `${r.key} merges to a mix but has no one mixed code`,
          });
      }
  });

/** What is wrong with a catalogue beyond its types, as zod's issues (none for a sound one). */
export const catalogueIssues = (cat: Catalogue): z.core.$ZodIssue[] =>
  CatalogueSchema.safeParse(cat).error?.issues ?? [];
