import type { Catalogue, Level } from "../catalogue";
import { inputCells } from "../check";
import { text } from "../messages";
import { packedSource, rowIndex, type PackedFigures } from "../catalogue/packed";
import { figureKey, figureRef, type FigureRef } from "../figure";
import type { Inputs } from "../layout/types";
import { figureAt, type Figures } from "../values";
import { addUnit, combine, type Accumulated, type FigureSource } from "./accumulate";
import { finalize, type Merged } from "./finalize";
import { byVietnamese, someNamed } from "./texts";
import { inRoster, type RosterEntry } from "./roster";
import { nearKeys, oneSlipApart, unitKeyOf } from "./identity";
import type { UnitEntry } from "./units";
import { NOTES } from "../catalogue/columns";
import { CURRENT_ROUND, ROUNDS, roundById, type Round } from "../rounds";

export interface MergeOptions {
  roster?: RosterEntry[];
  /** for a unit sent more than once: the file that counts, by unit key */
  choices?: Record<string, string>;
  /** leave out files whose figures have errors */
  skipErrors?: boolean;
  /** pairs of unit keys the office said are one unit (names a slip apart): their files are copies of it */
  same?: [string, string][];
}

/** Two units whose names are a slip apart: the office is asked whether they are one. */
export interface NearPair {
  keys: [string, string];
  names: [string, string];
  files: [string, string];
}

export interface ReportLine extends UnitEntry {
  included: boolean;
  notes: string[];
}

export interface Duplicate {
  unitKey: string;
  unit: string;
  files: string[];
  chosen: string | null;
}

/** A unit merged, as the per-unit sheet shows it and a later merge reads it back. */
export interface MergedUnit {
  name: string;
  file: string;
  level: Level | null;
  code?: string;
  /** the consolidations it came through */
  via?: string;
  figures: PackedFigures;
}

export interface MergeResult {
  lines: ReportLine[];
  duplicates: Duplicate[];
  /** the units expected (the roster; empty without one), and those of them with no file */
  roster: RosterEntry[];
  missing: RosterEntry[];
  /** the units merged, sorted by name, with their figures (typed and computed): the per-unit sheet */
  units: MergedUnit[];
  merged: Merged;
  /** each level's subtotal, in the round's order of levels (unknown last), when the units are of more than one */
  byLevel: { level: Level | null; count: number; merged: Merged }[];
  /** units whose names are a slip apart and not said to be one: asked, never merged silently */
  near: NearPair[];
  /** rows whose merged figures include a unit that has an error in that row, with those units */
  flagged: { form: string; row: string; units: string[] }[];
}

/** The rows where an included unit's file has an error, each with those units, in the catalogue's order. */
function flaggedRows(lines: ReportLine[], cat: Catalogue): MergeResult["flagged"] {
  const { rows } = rowIndex(cat);
  const byRow = new Map<number, string[]>();
  for (const l of lines.filter((x) => x.included))
    for (const i of l.errorRows) (byRow.get(i) ?? byRow.set(i, []).get(i)!).push(l.unit!);
  // row numbers follow the catalogue's order
  return [...byRow]
    .sort(([a], [b]) => a - b)
    .map(([i, units]) => ({ ...rows[i]!, units: units.sort(byVietnamese) }));
}

/** The note a merged row gets when it includes figures of units with an error there: first, never lost. */
function markFlagged(merged: Merged, flagged: MergeResult["flagged"]): Merged {
  const notes = new Map(merged.notes);
  for (const f of flagged) {
    const key = figureKey(figureRef(f.form, f.row, NOTES));
    const line = text("merge.note.withErrors", { units: someNamed(f.units) });
    notes.set(key, [line, notes.get(key)].filter(Boolean).join("; "));
  }
  return { ...merged, notes };
}

const MERGEABLE = new Set(["ok", "problems"]);

/** The accumulated figures of some units: merged in any grouping and order, the result is the same. */
export const accumulate = (
  units: { name: string; level?: Level | null; figures: Figures }[],
  cat: Catalogue
): Accumulated =>
  accumulateFrom(
    units.map((u) => ({
      name: u.name,
      level: u.level ?? null,
      valueAt: (ref: FigureRef) => figureAt(u.figures, ref),
    })),
    cat
  );

const cellsMemo = new WeakMap<Catalogue, Inputs>();

/**
 * The cells a merge adds up: every input cell of the template, and every repeated row's cells, which hold
 * the Phụ lục's figure (or what a unit sending the Bảng tổng hợp alone typed there).
 */
function mergedCells(cat: Catalogue): Inputs {
  const known = cellsMemo.get(cat);
  if (known) return known;
  const inputs = inputCells(
    cat.forms.map((f) => f.id),
    cat
  );
  const cells: Inputs = Object.fromEntries(
    Object.entries(inputs).map(([formId, formCells]) => {
      const form = cat.forms.find((f) => f.id === formId)!;
      const repeated = form.rows
        .filter((r) => r.repeats)
        .flatMap((r) =>
          form.periods.map((p) => {
            const ref = figureRef(formId, r.key, p.id);
            return [figureKey(ref), { ref, kind: r.kind }] as const;
          })
        );
      return [formId, repeated.length > 0 ? new Map([...formCells, ...repeated]) : formCells];
    })
  );
  cellsMemo.set(cat, cells);
  return cells;
}

function accumulateFrom(
  units: { name: string; level: Level | null; valueAt: FigureSource }[],
  cat: Catalogue
): Accumulated {
  const inputs = mergedCells(cat);
  const acc: Accumulated = new Map();
  for (const u of units) addUnit(acc, u, u.valueAt, inputs, cat);
  return acc;
}

/** The units' figures accumulated level by level, in the round's order of levels, units of no level last. */
function levelGroups(
  units: MergedUnit[],
  cat: Catalogue
): { level: Level | null; count: number; acc: Accumulated }[] {
  const order = [...cat.levels.map((l) => l.id), null];
  return order.flatMap((level) => {
    const of = units.filter((u) => u.level === level);
    return of.length === 0
      ? []
      : [
          {
            level,
            count: of.length,
            acc: accumulateFrom(
              of.map((u) => ({ ...u, valueAt: packedSource(u.figures, cat) })),
              cat
            ),
          },
        ];
  });
}

/** A file checked in another round than the merge's: never merged, and told why. */
const ofRound = (e: UnitEntry, cat: Catalogue): UnitEntry => {
  if (
    e.round === null ||
    e.round === cat.id ||
    !(MERGEABLE.has(e.status) || e.status === "consolidation")
  )
    return e;
  const { members, ...refused } = e;
  return {
    ...refused,
    status: "otherRound",
    detail: text("merge.status.otherRound", {
      round: roundById(e.round)?.name ?? e.round,
      expected: cat.name,
    }),
    figures: null,
  };
};

/** A consolidation's line, then a line for each unit it holds: each is merged as if its own file were given. */
const withMembers = (e: UnitEntry): UnitEntry[] => {
  if (e.status !== "consolidation") return [e];
  const { members, ...line } = e;
  return [line, ...(members ?? [])];
};

/**
 * The round a merge is in when the office does not say: the one most files were made for (the current round
 * first on a tie, then the registry's order); files of the others are then refused, each with its reason.
 */
export function roundOfEntries(entries: UnitEntry[]): Round {
  const count = (r: Round) =>
    entries.filter((e) => e.round === r.id && MERGEABLE.has(e.status)).length;
  return ROUNDS.reduce((best, r) => (count(r) > count(best) ? r : best), CURRENT_ROUND);
}

/** The rounds the mergeable files were made for, when they are more than one: a merge never mixes them. */
export const roundsOfEntries = (entries: UnitEntry[]): string[] => [
  ...new Set(entries.flatMap((e) => (e.round && MERGEABLE.has(e.status) ? [e.round] : []))),
];

/** Tổng hợp: decides which files count, merges their figures, and says why for each file. */
export function mergeUnits(
  given: UnitEntry[],
  cat: Catalogue,
  options: MergeOptions = {}
): MergeResult {
  // a unit the office said is another's takes its key: its files become copies of that unit
  const alias = new Map<string, string>();
  const root = (k: string): string => (alias.has(k) ? root(alias.get(k)!) : k);
  for (const [a, b] of options.same ?? []) {
    const [x, y] = [root(a), root(b)].sort();
    if (x !== y) alias.set(y!, x!);
  }
  const entries = given
    .map((e) => ofRound(e, cat))
    .flatMap(withMembers)
    .map((e) => (e.unitKey && alias.size > 0 ? { ...e, unitKey: root(e.unitKey) } : e));
  const roster = options.roster ?? [];
  const byUnit = new Map<string, UnitEntry[]>();
  for (const e of entries)
    if (e.unitKey && MERGEABLE.has(e.status))
      (byUnit.get(e.unitKey) ?? byUnit.set(e.unitKey, []).get(e.unitKey)!).push(e);

  const duplicates: Duplicate[] = [...byUnit]
    .filter(([, es]) => es.length > 1)
    .map(([unitKey, es]) => {
      const wanted = options.choices?.[unitKey];
      return {
        unitKey,
        unit: es[0]!.unit!,
        files: es.map((e) => e.file),
        chosen: es.some((e) => e.file === wanted) ? wanted! : null,
      };
    });

  // a name one slip from another unit's, or from a roster line: asked, never merged
  const near = nearKeys([...byUnit.keys()]);
  const rosterKeys = new Map(roster.map((r) => [unitKeyOf(r.name), r.name]));
  const nameOf = (key: string) => byUnit.get(key)![0]!.unit!;
  const lines: ReportLine[] = entries.map((e) => {
    const notes: string[] = [];
    const alike = e.unitKey ? (near.get(e.unitKey) ?? []) : [];
    if (MERGEABLE.has(e.status) && alike.length > 0)
      notes.push(
        text("merge.status.nearName", {
          others: alike.map((k) => `“${nameOf(k)}” (${byUnit.get(k)![0]!.file})`).join(", "),
        })
      );
    let included = MERGEABLE.has(e.status);
    const dup = duplicates.find((d) => d.unitKey === e.unitKey);
    if (included && dup) {
      const choice =
        dup.chosen === null
          ? "merge.status.duplicateOpen"
          : dup.chosen === e.file
            ? "merge.status.duplicateChosen"
            : "merge.status.duplicateNotChosen";
      notes.push(
        text("merge.status.duplicate", {
          others: dup.files.filter((f) => f !== e.file).join(", "),
          choice: text(choice),
        })
      );
      included = dup.chosen === e.file;
    }
    if (included && options.skipErrors && e.errors > 0) {
      notes.push(text("merge.status.errorsSkipped"));
      included = false;
    }
    if (e.unit && e.status !== "consolidation" && roster.length > 0 && !inRoster(roster, e.unit)) {
      const listed = [...rosterKeys].find(([k]) => oneSlipApart(k, unitKeyOf(e.unit!)));
      notes.push(
        listed
          ? text("merge.status.nearRoster", { name: listed[1] })
          : text("merge.status.unlisted")
      );
    }
    return { ...e, included, notes };
  });

  const units: MergedUnit[] = lines
    .filter((l) => l.included && l.figures)
    .map((l) => ({
      name: l.unit!,
      file: l.file,
      level: l.level,
      figures: l.figures!,
      ...(l.code ? { code: l.code } : {}),
      ...(l.via ? { via: l.via } : {}),
    }))
    .sort((a, b) => byVietnamese(a.name, b.name));
  const flagged = flaggedRows(lines, cat);
  const pairs: NearPair[] = [...near].flatMap(([a, others]) =>
    others
      .filter((b) => a < b)
      .map((b) => ({
        keys: [a, b],
        names: [nameOf(a), nameOf(b)],
        files: [byUnit.get(a)![0]!.file, byUnit.get(b)![0]!.file],
      }))
  );
  // a roster lists names: a unit is present by its name, whatever code tells it apart
  const present = new Set(entries.flatMap((e) => (e.unit ? [unitKeyOf(e.unit)] : [])));
  const missing = roster.filter((r) => !present.has(unitKeyOf(r.name)));
  const levels = levelGroups(units, cat);
  const total = levels.length === 0 ? new Map() : levels.map((l) => l.acc).reduce(combine);
  return {
    lines,
    duplicates,
    roster,
    missing,
    units,
    merged: markFlagged(finalize(total, cat), flagged),
    byLevel:
      levels.length > 1
        ? levels.map((l) => ({ level: l.level, count: l.count, merged: finalize(l.acc, cat) }))
        : [],
    flagged,
    near: pairs,
  };
}

export { combine };
