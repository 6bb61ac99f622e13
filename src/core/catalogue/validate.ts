import { z } from "zod";
import type { Catalogue } from ".";
import { FormSchema, LevelSchema, type Expr, type Form, type Row } from "./schema";
import { TargetSetSchema } from "./targets/schema";

/** The rows of its own form a computed row is made of. */
function partsOf(expr: Expr, form: string): string[] {
  switch (expr.op) {
    case "cell":
      return expr.form === form ? [expr.row] : [];
    case "sum":
      return expr.args.flatMap((a) => partsOf(a, form));
    case "pct":
      return [...partsOf(expr.num, form), ...partsOf(expr.den, form)];
    case "drop":
      return [...partsOf(expr.from, form), ...partsOf(expr.to, form)];
  }
}

/** A computed row is greyed for a level exactly when every part of it is: else it shows a figure of nothing. */
function greyedUnlikeItsParts(form: Form, r: Row): string | null {
  if (!r.expr) return null;
  const parts = partsOf(r.expr, form.id).map((k) => form.rows.find((x) => x.key === k));
  for (const level of LevelSchema.options) {
    const all = parts.length > 0 && parts.every((p) => p?.notFor?.includes(level));
    if (all !== (r.notFor?.includes(level) ?? false))
      return `${r.key} is ${all ? "reported" : "greyed"} by ${level}, unlike its parts`;
  }
  return null;
}

/** A repeated row is its source's figure in every way a merge or a check can tell. */
function unlikeItsSource(forms: Form[], r: Row): string | null {
  if (!r.repeats) return null;
  const { form, row } = r.repeats;
  const source = forms.find((f) => f.id === form)?.rows.find((x) => x.key === row);
  if (!source) return `${r.key} repeats ${form} ${row}, which is not in the catalogue`;
  const facts = (x: Row) => ({
    kind: x.kind,
    codes: x.codes,
    aggregate: x.aggregate,
    notFor: [...(x.notFor ?? [])].sort(),
  });
  const mine = facts(r);
  const theirs = facts(source);
  const unlike = (Object.keys(mine) as (keyof typeof mine)[]).filter(
    (k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k])
  );
  return unlike.length > 0 ? `${r.key} repeats ${row} but differs in ${unlike.join(", ")}` : null;
}

const CatalogueSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
    name: z.string().min(1),
    version: z.string(),
    levels: z.array(z.object({ id: LevelSchema, label: z.string().min(1) })).min(1),
    forms: z.array(FormSchema).min(1),
    targets: TargetSetSchema.optional(),
  })
  .superRefine((c, ctx) => {
    // the cover's version names the round: check and merge pick the round from it
    if (!new RegExp(`^${c.id}/\\d+$`).test(c.version))
      ctx.addIssue({ code: "custom", message: `version ${c.version} is not ${c.id}/<number>` });
    for (const f of c.forms.filter((x) => x.orientation === "assessment"))
      if (c.targets?.form !== f.id)
        ctx.addIssue({ code: "custom", message: `${f.id} assesses no target set of the round` });
    const keys = new Set<string>();
    for (const f of c.forms)
      for (const r of f.rows) {
        if (keys.has(r.key))
          ctx.addIssue({ code: "custom", message: `duplicate row key ${r.key}` });
        keys.add(r.key);
        if ((r.kind === "rate" || r.kind === "total") && !r.expr)
          ctx.addIssue({ code: "custom", message: `${r.key} has no expression` });
        for (const unlike of [greyedUnlikeItsParts(f, r), unlikeItsSource(c.forms, r)])
          if (unlike) ctx.addIssue({ code: "custom", message: unlike });
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
