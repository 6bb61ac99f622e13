import { z } from "zod";
import { catalogue, type Catalogue } from "../catalogue";
import { RULE_DATA } from "./data";
import { kindOf } from "./kinds";
import { RuleSchema, type Rule } from "./schema";

/** The rules, checked once: ids are unique and every row a rule names exists in its form. */
export function loadRules(cat: Catalogue = catalogue, data: unknown = RULE_DATA): Rule[] {
  return z
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
    .parse(data);
}

export const RULES: Rule[] = loadRules();
