import { z } from "zod";
import type { Catalogue } from "../catalogue";
import { kindOf } from "./kinds";
import { RuleSchema } from "./schema";

/** What is wrong with a set of rules: a malformed rule, an id used twice, a form or a row that does not exist. */
export function ruleIssues(data: unknown, cat: Catalogue): z.core.$ZodIssue[] {
  return (
    z
      .array(RuleSchema)
      .superRefine((rules, ctx) => {
        const ids = new Set<string>();
        for (const r of rules) {
          if (ids.has(r.id)) ctx.addIssue({ code: "custom", message: `duplicate rule id ${r.id}` });
          ids.add(r.id);
          if (!("form" in r)) continue;
          const form = cat.forms.find((f) => f.id === r.form);
          if (!form) ctx.addIssue({ code: "custom", message: `${r.id}: no form ${r.form}` });
          for (const key of kindOf(r).rows(r))
            if (!form?.rows.some((row) => row.key === key))
              ctx.addIssue({ code: "custom", message: `${r.id}: no row ${key} in ${r.form}` });
        }
      })
      .safeParse(data).error?.issues ?? []
  );
}
