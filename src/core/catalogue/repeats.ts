import type { Form } from "./schema";

/**
 * How a Bảng tổng hợp row stands to the Phụ lục row that reports the same kind of figure, decided row by row
 * from the seeds' labels: `same` — one figure, typed once in the Phụ lục and taken by formula; `atMost` /
 * `atLeast` — the Bảng tổng hợp counts a part (or a whole) of it, compared by a rule naming both cells;
 * `differs` — a different measure that only looks alike, kept apart.
 */
export interface Repeat {
  row: string;
  of: { form: string; row: string };
  link: "same" | "atMost" | "atLeast" | "differs";
  why: string;
}

/** The form with each Bảng tổng hợp row that is the same figure as a Phụ lục row marked so. */
export function withRepeats(form: Form, repeats: Repeat[]): Form {
  const byRow = new Map(repeats.filter((r) => r.link === "same").map((r) => [r.row, r.of]));
  if (!form.rows.some((r) => byRow.has(r.key))) return form;
  return {
    ...form,
    rows: form.rows.map((r) => {
      const of = byRow.get(r.key);
      return of ? { ...r, repeats: of } : r;
    }),
  };
}
