import { levelLabelIn, levelNamed, type Catalogue } from "../catalogue";
import { figureIndex } from "../catalogue/packed";
import { checkRead, checkSheets, inputCells, readInput } from "../check";
import type { FigureKey } from "../figure";
import { text } from "../messages";
import { rawAt, type RawSheet, type RawValue } from "../read/grid";
import {
  asKey,
  cellText,
  coverIn,
  isMembersSheet,
  mergedCoverIn,
  type LocatedCell,
  type LocatedWorkbook,
} from "../read/locate";
import type { Problem } from "../rules/engine";
import type { Round } from "../rules/round";
import { KEY_COLUMN, UNIT_MARK, UNIT_ROWS, UNIT_TOP } from "../sheet-keys";
import { columnLetter } from "../a1";
import type { Figures } from "../values";
import { blankEntry, entryOf } from "./entry";
import { unitKeyOf } from "./identity";
import type { UnitEntry } from "./units";

/** The per-unit sheet a merge wrote, if the workbook has one: it makes the workbook a consolidation. */
export const membersSheetIn = (sheets: RawSheet[]): RawSheet | undefined =>
  sheets.find((s) => isMembersSheet(rawAt(s, 0, 0), rawAt(s, 0, 1)));

/** A consolidation's key: never one of a unit's own report, which the consolidating unit may also send. */
export const CONSOLIDATION_KEY = "tổng hợp:";

// a blank text is no text: a name cleared to spaces is no name
const textOf = (v: RawValue): string | null => cellText(v) || null;

/** The figure rows of a per-unit sheet, by form; the keys the round does not know (none, mostly). */
function figureRows(
  sheet: RawSheet,
  cat: Catalogue
): { rows: Map<string, [FigureKey, number][]>; unknown: string[] } {
  const { refs, of } = figureIndex(cat);
  const rows = new Map<string, [FigureKey, number][]>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (let r = UNIT_TOP; r < sheet.rows.length; r++) {
    const key = asKey(sheet.rows[r]?.[KEY_COLUMN] ?? null);
    if (key === null) continue;
    const i = of.get(key as FigureKey);
    if (i === undefined || seen.has(key)) unknown.push(key);
    else {
      seen.add(key);
      const form = refs[i]!.form;
      (rows.get(form) ?? rows.set(form, []).get(form)!).push([key as FigureKey, r]);
    }
  }
  return { rows, unknown };
}

/** One unit's column read and checked as its own workbook would be: its forms are those it holds figures of. */
function memberEntry(
  sheet: RawSheet,
  c: number,
  rows: Map<string, [FigureKey, number][]>,
  base: UnitEntry,
  round: Round
): UnitEntry {
  const at = (r: number) => sheet.rows[r]?.[c] ?? null;
  const forms = round.forms.filter((f) => (rows.get(f.id) ?? []).some(([, r]) => at(r) !== null));
  const { refs, of } = figureIndex(round);
  const cover = {
    version: round.version,
    ...Object.fromEntries(
      (["unit", "code", "level"] as const).flatMap((k) => {
        const v = textOf(at(UNIT_ROWS[k === "unit" ? "name" : k]));
        return v ? [[k, v]] : [];
      })
    ),
  };
  const located: LocatedWorkbook = {
    cover,
    coverSheet: sheet.name,
    forms: forms.map((form) => ({
      form,
      sheet: sheet.name,
      cells: new Map(
        (rows.get(form.id) ?? []).map(([key, row]): [FigureKey, LocatedCell] => [
          key,
          { ref: refs[of.get(key)!]!, row, col: c, raw: at(row) },
        ])
      ),
      strays: [],
    })),
    others: [],
    merged: [],
    copies: [],
  };
  // every input cell read as its kind asks: a figure no unit held has no row, and is blank
  const inputs = inputCells(
    forms.map((f) => f.id),
    round
  );
  const figures: Figures = {};
  const problems: Problem[] = [];
  for (const lf of located.forms)
    for (const [key, { ref, kind }] of inputs[lf.form.id] ?? [])
      readInput(lf.form, ref, kind, lf.cells.get(key)?.raw ?? null, figures, problems, round);
  const via = textOf(at(UNIT_ROWS.via));
  const name =
    textOf(at(UNIT_ROWS.name)) ?? text("merge.member.noName", { column: columnLetter(c) });
  return entryOf(
    {
      ...base,
      file: `${base.file} › ${name}`,
      via: via ? `${base.via} › ${via}` : base.via!,
    },
    checkRead(located, { figures, problems }, round),
    round,
    null
  );
}

/**
 * A workbook a merge wrote, read as the units it consolidated: each unit's column of its per-unit sheet is read
 * and checked as that unit's file would be, so that merging it gives what merging those files gives. Its cover
 * names the consolidating unit, the path each unit came through.
 */
export function readConsolidation(
  entry: UnitEntry,
  sheets: RawSheet[],
  sheet: RawSheet,
  round: Round
): UnitEntry {
  const cover = mergedCoverIn(sheets) ?? coverIn(sheets) ?? {};
  const unit = cover.unit?.trim() || null;
  const level = levelNamed(round, cover.level);
  const read: UnitEntry = {
    ...entry,
    round: round.id,
    unit,
    unitKey: unit ? `${CONSOLIDATION_KEY}${unitKeyOf(unit)}` : null,
    level,
    version: cover.version ?? null,
  };
  if (read.version !== round.version)
    return {
      ...read,
      status: "otherVersion",
      detail: text("merge.status.otherVersion", {
        version: read.version ?? text("merge.status.noVersion"),
        expected: round.version,
      }),
    };
  if (!unit) return { ...read, status: "noUnit", detail: text("merge.status.noUnit") };
  const { rows, unknown } = figureRows(sheet, round);
  if (unknown.length > 0)
    return {
      ...read,
      status: "unreadable",
      detail: text("merge.status.membersUnknown", {
        sheet: sheet.name,
        keys: unknown.slice(0, 3).join(", "),
        count: unknown.length,
      }),
    };
  const base = { ...blankEntry(entry.file), round: round.id, modified: entry.modified, via: unit };
  const members = (sheet.rows[0] ?? []).flatMap((mark, c) =>
    asKey(mark) === UNIT_MARK ? [memberEntry(sheet, c, rows, base, round)] : []
  );
  // the consolidating unit's own forms, if filled, are not what it consolidated: said, never added
  const own = checkSheets(sheets, round);
  const ownForms = own.forms.filter((f) => Object.keys(own.typed[f] ?? {}).length > 0);
  return {
    ...read,
    status: "consolidation",
    detail: [
      text("merge.status.consolidation", {
        level: level ? levelLabelIn(round, level) : text("merge.note.noLevel"),
        count: members.length,
      }),
      ...(ownForms.length > 0
        ? [
            text("merge.status.ownFigures", {
              forms: ownForms.map((id) => round.forms.find((f) => f.id === id)!.sheet).join(", "),
            }),
          ]
        : []),
    ].join(". "),
    members,
  };
}
