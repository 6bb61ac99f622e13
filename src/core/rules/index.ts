import { z } from "zod";
import { catalogue, type Catalogue } from "../catalogue";
import { RULE_DATA } from "./data";
import { RuleSchema, type Rule } from "./schema";

/** The rules, checked once: every row they name exists in their form. */
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
        const named = r.kind === "atMost" ? r.pairs.flat() : r.kind === "requires" ? [r.when, r.then] : [r.total, ...r.parts];
        for (const key of named) if (!form?.rows.some((row) => row.key === key)) ctx.addIssue({ code: "custom", message: `${r.id}: no row ${key} in ${r.form}` });
      }
    })
    .parse(data);
}

export const RULES: Rule[] = loadRules();
