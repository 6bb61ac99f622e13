import { levelOfAnyRound } from "../rounds";
import type { Level } from "../catalogue/schema";
import { visibleText } from "../read/clean";
import type { RawSheet } from "../read/grid";
import { ROSTER_ID, ROSTER_LINE_KEY } from "../sheet-keys";
import { unitKeyOf } from "./identity";

export interface RosterEntry {
  name: string;
  level: Level | null;
}

const textOf = (v: unknown): string =>
  typeof v === "string"
    ? visibleText(v.normalize("NFC").trim())
    : typeof v === "number"
      ? String(v)
      : "";

/** The roster sheet kept in a workbook (A1 "ROSTER"; names in C, levels in D), or null without one. */
export function rosterInWorkbook(sheets: RawSheet[]): RosterEntry[] | null {
  const sheet = sheets.find((s) => textOf(s.rows[0]?.[0]) === ROSTER_ID);
  if (!sheet) return null;
  return sheet.rows
    .slice(1)
    .filter((r) => textOf(r[0]) === ROSTER_LINE_KEY && textOf(r[2]) !== "")
    .map((r) => ({ name: textOf(r[2]), level: levelOfAnyRound(textOf(r[3])) }));
}

/** The units expected in this round: a roster sheet, or failing that the first column of text in the first sheet, below its header. */
export function readRoster(sheets: RawSheet[]): RosterEntry[] {
  const kept = rosterInWorkbook(sheets);
  if (kept) return kept;
  const first = sheets[0]?.rows ?? [];
  const col =
    [0, 1, 2].find((c) =>
      first.some((r) => textOf(r[c]) !== "" && Number.isNaN(Number(textOf(r[c]))))
    ) ?? 0;
  const names = first.map((r) => textOf(r[col])).filter((n) => n !== "" && Number.isNaN(Number(n)));
  return (/tên|đơn vị/i.test(names[0] ?? "") ? names.slice(1) : names).map((name) => ({
    name,
    level: null,
  }));
}

/** A roster from plain text: one unit a line. */
export const rosterFromLines = (lines: string): RosterEntry[] =>
  lines
    .split(/\r?\n/)
    .map((l) => l.normalize("NFC").trim())
    .filter(Boolean)
    .map((name) => ({ name, level: null }));

export const inRoster = (roster: RosterEntry[], name: string): boolean =>
  roster.some((r) => unitKeyOf(r.name) === unitKeyOf(name));

/** The units of the files read, once each, as a roster's first lines: the units that did send a file. */
export function rosterOf(
  lines: { unit: string | null; level: Level | null; status?: string }[]
): RosterEntry[] {
  const seen = new Set<string>();
  return lines.flatMap((l) => {
    // a consolidation stands for its units, which have lines of their own
    if (!l.unit || l.status === "consolidation" || seen.has(unitKeyOf(l.unit))) return [];
    seen.add(unitKeyOf(l.unit));
    return [{ name: l.unit, level: l.level }];
  });
}
