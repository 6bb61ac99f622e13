import type { Rule } from "./schema";

/** A breakdown's rule asking for its parts when its total is typed: blank is not 0 (docs/catalogue.md). */
const blankPartsOf = (rule: Rule): Rule[] =>
  rule.kind === "sumEq" || rule.kind === "sumLe"
    ? [
        {
          id: `${rule.id}_blank`,
          severity: "warning",
          kind: "blankParts",
          form: rule.form,
          total: rule.total,
          parts: rule.parts,
        },
      ]
    : [];

/** A round's rules as declared, then each breakdown's blank-parts rule after them all. */
export const withBlankParts = (declared: Rule[]): Rule[] => [
  ...declared,
  ...declared.flatMap(blankPartsOf),
];
