import { withApplicability } from "./applicability";
import { withRepeats } from "./repeats";
import { pl1 } from "./forms/pl1";
import { pl2 } from "./forms/pl2";
import { pl3 } from "./forms/pl3";
import { pl4 } from "./forms/pl4";
import { pl5 } from "./forms/pl5";
import { pl6 } from "./forms/pl6";
import { pl7 } from "./forms/pl7";
import { pl8 } from "./forms/pl8";
import { pl9 } from "./forms/pl9";
import { thkq } from "./forms/thkq";
import type { Form, Level, Row } from "./schema";
import { nq76 } from "./targets/nq76-2021-2025";
import type { TargetSet } from "./targets/schema";

/** Bumped whenever a row key, a period or a form changes: unit workbooks carry it on their cover sheet. */
export const TEMPLATE_VERSION = "CCHC-2021-2025/3";

export const LEVELS: { id: Level; label: string }[] = [
  { id: "so", label: "Sở, ban, ngành" },
  { id: "huyen", label: "UBND cấp huyện" },
  { id: "xa", label: "UBND cấp xã" },
  { id: "nganhdoc", label: "Cơ quan ngành dọc" },
];

export interface Catalogue {
  version: string;
  forms: Form[];
  targets: TargetSet;
}

/**
 * The catalogue as typed data: the compiler checks its shape, and `validate.ts` checks the rest (unique keys,
 * expressions, codes) in the test suite, so that the pane carries no schema library to check it again.
 */
export const catalogue: Catalogue = {
  version: TEMPLATE_VERSION,
  forms: [pl1, pl2, pl3, pl4, pl5, pl6, pl7, pl8, pl9, thkq].map((f) =>
    withRepeats(withApplicability(f))
  ),
  targets: nq76,
};

export function formById(id: string): Form {
  const form = catalogue.forms.find((f) => f.id === id);
  if (!form) throw new Error(`unknown form ${id}`);
  return form;
}

const rowMaps = new WeakMap<Form, Map<string, Row>>();

/** A form's row by its key: looked up for every cell read and merged, so kept in a map per form. */
export function rowOf(form: Form, key: string): Row | undefined {
  let rows = rowMaps.get(form);
  if (!rows) rowMaps.set(form, (rows = new Map(form.rows.map((r) => [r.key, r]))));
  return rows.get(key);
}

export type { Form, Level };
