import type { Scope } from "./applicability";
import type { Repeat } from "./repeats";
import type { Form, Level, Row } from "./schema";
import type { TargetSet } from "./targets/schema";

/** A level of unit a round's forms are for, as its cover names it. */
export interface LevelLabel {
  id: Level;
  label: string;
}

/**
 * What a round is called and what it holds, without its rows: what the pane offers before any form is built,
 * kept apart so that the pane's first load carries no round's rows or rules.
 */
export interface RoundOutline {
  /** the round's id, the first part of its template versions: "CCHC-2021-2025" */
  id: string;
  /** what the cover calls the round: "Tổng kết CCHC giai đoạn 2021 - 2025" */
  name: string;
  /** bumped whenever a row key, a period or a form changes: unit workbooks carry it on their cover */
  version: string;
  levels: LevelLabel[];
  forms: { id: string; sheet: string }[];
}

/** A form's sheet name, as its round's outline names it. */
export function sheetIn(outline: RoundOutline, id: string): string {
  const form = outline.forms.find((f) => f.id === id);
  if (!form) throw new Error(`${outline.id} has no form ${id}`);
  return form.sheet;
}

/**
 * One reporting round's forms as typed data: the compiler checks its shape, and `validate.ts` checks the rest
 * (unique keys, expressions, codes) in the test suite, so that the pane carries no schema library to check it
 * again. Every engine takes it as a parameter; the rounds are in `src/core/rounds/`.
 */
export interface Catalogue extends RoundOutline {
  forms: Form[];
  /** the targets its assessment form judges, when it has one */
  targets?: TargetSet;
  /** the Bảng tổng hợp rows that repeat a Phụ lục row, and how */
  repeats: Repeat[];
  /** the rows some levels do not report, with the reason */
  scopes: Scope[];
}

export function formIn(cat: Catalogue, id: string): Form {
  const form = cat.forms.find((f) => f.id === id);
  if (!form) throw new Error(`unknown form ${id}`);
  return form;
}

/** "CCHC-2021-2025/2" → "CCHC-2021-2025": the round a template version belongs to. */
export const roundIdOf = (version: string): string => version.split("/")[0]!;

/** What a level is called in a round: its cover's words. */
export const levelLabelIn = (cat: Pick<RoundOutline, "levels">, level: Level): string =>
  cat.levels.find((l) => l.id === level)?.label ?? level;

/** The level a cover's label names in a round, if any. */
export const levelNamed = (
  cat: Pick<RoundOutline, "levels">,
  label: string | undefined
): Level | null => cat.levels.find((l) => l.label === label)?.id ?? null;

const rowMaps = new WeakMap<Form, Map<string, Row>>();

/** A form's row by its key: looked up for every cell read and merged, so kept in a map per form. */
export function rowOf(form: Form, key: string): Row | undefined {
  let rows = rowMaps.get(form);
  if (!rows) rowMaps.set(form, (rows = new Map(form.rows.map((r) => [r.key, r]))));
  return rows.get(key);
}

export type { Form, Level };
