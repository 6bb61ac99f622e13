import type { Form, Level } from "./schema";

/**
 * Rows some levels of unit do not report, with the reason read from the seeds. A key covers its row and the
 * rows under it ("pl5.i" covers "pl5.i.agencies"); every other row is reported by every level.
 */
export interface Scope {
  rows: string[];
  notFor: Level[];
  reason: string;
}

const covers = (scope: string, key: string) => key === scope || key.startsWith(`${scope}.`);

/** The form with each row's levels that do not report it, from the scopes that cover it. */
export function withApplicability(form: Form, scopes: Scope[]): Form {
  return {
    ...form,
    rows: form.rows.map((r) => {
      const levels = new Set(
        scopes.filter((s) => s.rows.some((k) => covers(k, r.key))).flatMap((s) => s.notFor)
      );
      return levels.size === 0 ? r : { ...r, notFor: [...levels] };
    }),
  };
}

/** The scopes that cover a row, for the reasons a check and the docs give. */
export const scopesOf = (key: string, scopes: Scope[]): Scope[] =>
  scopes.filter((s) => s.rows.some((k) => covers(k, key)));
