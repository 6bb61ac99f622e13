import { levelLabelIn, type Catalogue } from "../catalogue";
import { figureIndex, packedAt, unpackFigures } from "../catalogue/packed";
import { inputCells } from "../check";
import type { Level } from "../catalogue/schema";
import type { Ranking } from "../catalogue/targets/schema";
import { rankingValue } from "../assess/rankings";
import { assessAll, type Verdict } from "../assess/targets";
import { SheetBuilder, span } from "../layout/builder";
import type { CoverInfo } from "../layout/cover";
import type { SheetLayout, StyleId } from "../layout/types";
import type { PackedFigures } from "../catalogue/packed";
import { text, type MessageCode } from "../messages";
import { MERGED_MARK, MERGED_PREFIX, OVERVIEW_ID } from "../sheet-keys";
import type { Figures, Scalar } from "../values";
import type { MergedUnit, MergeResult } from "./merge";
import { byVietnamese } from "./texts";

/** Excel's own "Good" and "Bad" fills: what a reader of a spreadsheet knows at a glance. */
const FILL_DAT = "#C6EFCE";
const FILL_KHONG_DAT = "#FFC7CE";
/** Excel's own data bar blue. */
const BAR_COLOR = "#638EC6";
/** A rate from 0 to 100 %: red, yellow, green, as Excel's own colour scale. */
const RATE_SCALE: [string, string, string] = ["#F8696B", "#FFEB84", "#63BE7B"];

const VERDICT_TEXT: Record<Verdict, MessageCode> = {
  dat: "verdict.dat",
  khongDat: "verdict.khongDat",
  chuaDuSoLieu: "overview.noData",
};

type LevelKey = Level | null;

/** The row of the overview's first section, under its title and subtitle. */
const FIRST_SECTION = 4;

/** The body's rows hold no figures of their own, only their leading cells. */
const NO_FIGURES: PackedFigures = {
  numbers: new Float64Array(0),
  textAt: new Uint32Array(0),
  texts: [],
};

/** The levels of a merge, in the round's order, "no level" last where some unit or file has none. */
const levelsOf = (cat: Catalogue, present: LevelKey[]): LevelKey[] => [
  ...cat.levels.map((l) => l.id).filter((l) => present.includes(l)),
  ...(present.includes(null) ? [null] : []),
];

/** A level's label, or "chưa rõ cấp" for units whose cover names none. */
export const levelName = (cat: Catalogue, level: LevelKey) =>
  level ? levelLabelIn(cat, level) : text("merge.note.noLevel");

/** A level's subtotal as its row or column is named: "Cộng UBND cấp xã (16 đơn vị)". */
export const subtotalName = (cat: Catalogue, l: { level: LevelKey; count: number }) =>
  text("merge.units.levelTotal", { level: levelName(cat, l.level), count: l.count });

/** Who was expected, who sent a file, who was merged, level by level; returns the row after the table. */
function submission(b: SheetBuilder, from: number, result: MergeResult, cat: Catalogue): number {
  b.merge(span(from, 1, 1, 7), text("overview.submission"), "labelGroup");
  text("overview.submissionHead")
    .split("|")
    .forEach((h, i) => b.set(from + 1, 1 + i, h, "header"));
  const units = result.lines.filter((l) => l.status !== "consolidation");
  const sent = (level: LevelKey) =>
    new Set(units.filter((l) => l.unitKey && l.level === level).map((l) => l.unitKey)).size;
  const levels = levelsOf(cat, [
    ...units.filter((l) => l.unitKey).map((l) => l.level),
    ...result.roster.map((r) => r.level),
  ]);
  const row = (level: LevelKey, i: number) => {
    const r = from + 2 + i;
    const of = <T extends { level: LevelKey }>(xs: T[]) => xs.filter((x) => x.level === level);
    b.set(r, 1, levelName(cat, level), "body");
    [
      result.roster.length > 0 ? of(result.roster).length : "",
      sent(level),
      of(result.units).length,
      of(units).filter((l) => l.included && l.errors > 0).length,
      result.roster.length > 0 ? of(result.missing).length : "",
    ].forEach((v, k) => b.set(r, 2 + k, v, "bodyCount"));
  };
  levels.forEach(row);
  const total = from + 2 + levels.length;
  const unknown = units.filter((l) => !l.unitKey).length;
  b.set(total, 1, text("overview.total"), "bodyTotal");
  [
    result.roster.length > 0 ? result.roster.length : "",
    levels.reduce((n, l) => n + sent(l), 0),
    result.units.length,
    units.filter((l) => l.included && l.errors > 0).length,
    result.roster.length > 0 ? result.missing.length : "",
  ].forEach((v, k) => b.set(total, 2 + k, v, "bodyTotalCount"));
  if (unknown > 0)
    b.merge(span(total + 1, 1, 1, 7), text("overview.unidentified", { count: unknown }), "hint");
  return total + (unknown > 0 ? 3 : 2);
}

/**
 * How many units of each level gave figures of each form: how complete the consolidation is, form by form
 * (figure by figure in the per-unit sheet); returns the row after the table.
 */
function reported(b: SheetBuilder, from: number, result: MergeResult, cat: Catalogue): number {
  const levels = levelsOf(
    cat,
    result.units.map((u) => u.level)
  );
  const columns = [
    ...levels.map((level) => ({
      label: levelName(cat, level),
      units: result.units.filter((u) => u.level === level),
    })),
    { label: text("overview.total"), units: result.units },
  ];
  b.merge(span(from, 1, 1, 1 + columns.length), text("overview.reported"), "labelGroup");
  b.set(from + 1, 1, text("overview.form"), "header");
  columns.forEach((c, k) =>
    b.set(
      from + 1,
      2 + k,
      text("overview.ofUnits", { level: c.label, count: c.units.length }),
      "header"
    )
  );
  const { of } = figureIndex(cat);
  const inputs = inputCells(
    cat.forms.map((f) => f.id),
    cat
  );
  cat.forms.forEach((form, i) => {
    // what a unit typed, not what the forms compute from it (a Bảng tổng hợp row taken from a Phụ lục)
    const own = [...(inputs[form.id]?.keys() ?? [])].map((key) => of.get(key)!);
    const gave = (u: MergedUnit) => own.some((k) => packedAt(u.figures, k) !== null);
    b.set(from + 2 + i, 1, form.sheet, "body");
    columns.forEach((c, k) =>
      b.set(
        from + 2 + i,
        2 + k,
        c.units.filter(gave).length,
        k === levels.length ? "bodyTotalCount" : "bodyCount"
      )
    );
  });
  const end = from + 2 + cat.forms.length;
  b.merge(
    span(end, 1, 1, 1 + columns.length),
    text("overview.reportedHint", { sheet: `${MERGED_PREFIX}${text("merge.sheet.units")}` }),
    "hint"
  );
  return end + 2;
}

interface Judged {
  name: string;
  level: LevelKey;
  verdicts: (string | null)[];
  met: number;
  rates: (number | null)[];
}

/**
 * Where a chart of the rates by level stands: beside the first sections, which are narrow, so that no rows
 * are left empty for it where the writer draws none (a file from the command line).
 */
const CHART = { row: FIRST_SECTION, col: 9, rows: 16, cols: 6 } as const;

/**
 * Each level's rates as a small table coloured from red to green, and a bar chart of it at the top, where the
 * writer can draw one (Excel); returns the row after the table, and below the chart.
 */
function rates(
  b: SheetBuilder,
  from: number,
  levels: Judged[],
  rankings: Ranking[],
  cat: Catalogue
): number {
  b.merge(span(from, 1, 1, 1 + rankings.length), text("overview.rates"), "labelGroup");
  b.set(from + 1, 1, text("overview.level"), "header");
  rankings.forEach((r, k) => b.set(from + 1, 2 + k, r.label, "header"));
  levels.forEach((j, i) => {
    b.set(from + 2 + i, 1, levelName(cat, j.level), "body");
    j.rates.forEach((v, k) =>
      v === null
        ? b.style(span(from + 2 + i, 2 + k, 1, 1), "bodyRate")
        : b.set(from + 2 + i, 2 + k, v, "bodyRate")
    );
  });
  // coloured from red to green as well: a file from the command line, which has no chart, still shows them
  if (levels.length > 0)
    (b.layout.scales ??= []).push({
      rect: span(from + 2, 2, levels.length, rankings.length),
      max: 100,
      colors: RATE_SCALE,
    });
  (b.layout.charts ??= []).push({
    title: text("overview.ratesChart"),
    source: span(from + 1, 1, levels.length + 1, 1 + rankings.length),
    at: span(CHART.row, CHART.col, CHART.rows - 1, CHART.cols),
  });
  return Math.max(from + levels.length + 3, CHART.row + CHART.rows);
}

/** Competition ranks of values, highest first ("1, 2, 2, 4"); null for a unit without the figure. */
function ranks(values: (number | null)[]): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => (v === null ? null : sorted.indexOf(v) + 1));
}

/**
 * Phụ lục 9's targets judged on each level's subtotal (target 4 by the level's tier) and on each unit's own
 * figures, coloured Đạt / Không đạt, with the rates units are ranked by: units with more targets met first.
 */
function targets(b: SheetBuilder, from: number, result: MergeResult, cat: Catalogue): number {
  const set = cat.targets!;
  const rankings = set.rankings ?? [];
  const form = cat.forms.find((f) => f.id === set.form)!;
  const judge = (name: string, level: LevelKey, figures: Figures): Judged => {
    const done = new Map(assessAll(set, figures, level, cat).map((a) => [a.target, a.verdict]));
    const verdicts = set.targets.map((t) => {
      const v = done.get(t.no);
      return v ? text(VERDICT_TEXT[v]) : text("overview.notApplicable");
    });
    return {
      name,
      level,
      verdicts,
      met: [...done.values()].filter((v) => v === "dat").length,
      rates: rankings.map((r) => rankingValue(r, set, figures, level)),
    };
  };
  // units of one level have no subtotals: the total is that level's
  const groups =
    result.byLevel.length > 0 || result.units.length === 0
      ? result.byLevel
      : [{ level: result.units[0]!.level, count: result.units.length, merged: result.merged }];
  const levels = groups.map((l) => judge(subtotalName(cat, l), l.level, l.merged.figures));
  const units = result.units
    .map((u) => judge(u.name, u.level, unpackFigures(u.figures, cat)))
    .sort((x, y) => y.met - x.met || byVietnamese(x.name, y.name));
  const rankOf = rankings.map((_, k) => ranks(units.map((u) => u.rates[k] ?? null)));
  const width = 2 + set.targets.length + 1 + rankings.length * 2;
  const start =
    rankings.length > 0 && levels.length > 0 ? rates(b, from, levels, rankings, cat) : from;
  b.merge(
    span(start, 1, 1, width),
    text("overview.targets", { no: start === from ? 3 : 4, form: form.sheet, name: set.name }),
    "labelGroup"
  );
  const head = start + 1;
  b.set(head, 1, text("overview.unit"), "header").set(head, 2, text("overview.level"), "header");
  set.targets.forEach((t, i) =>
    b.set(head, 3 + i, text("overview.target", { no: t.no }), "header")
  );
  const metCol = 3 + set.targets.length;
  b.set(head, metCol, text("overview.met"), "header");
  rankings.forEach((r, k) =>
    b
      .set(head, metCol + 1 + 2 * k, r.label, "header")
      .set(head, metCol + 2 + 2 * k, text("overview.rank"), "header")
  );
  const cells = (j: Judged, rank: (k: number) => number | null): Scalar[] => [
    null,
    j.name,
    levelName(cat, j.level),
    ...j.verdicts,
    j.met,
    ...j.rates.flatMap((v, k) => [v, rank(k)]),
  ];
  levels.forEach((j, i) =>
    cells(j, () => null).forEach((v, c) => {
      if (c > 0 && v !== null) b.set(head + 1 + i, c, v);
    })
  );
  const at = head + 1 + levels.length;
  // a row a unit, made as the sheet is written: a province's thousands of units are never cells at once
  b.layout.body = {
    at,
    leads: units.map((j, i) => cells(j, (k) => rankOf[k]![i] ?? null)),
    figures: units.map(() => NO_FIGURES),
    shown: new Uint32Array(0),
  };
  const all = levels.length + units.length;
  if (all > 0) {
    const column = (col: number, cols: number, style: StyleId, total: StyleId = style) => {
      if (levels.length > 0) b.style(span(head + 1, col, levels.length, cols), total);
      if (units.length > 0) b.style(span(at, col, units.length, cols), style);
    };
    column(1, 2, "body", "bodyTotal");
    // one line a verdict, "Chưa đủ số liệu" included: a unit's row is as tall as every other
    column(3, set.targets.length, "bodyCenter");
    column(metCol, 1, "bodyCount", "bodyTotalCount");
    rankings.forEach((_, k) => {
      column(metCol + 1 + 2 * k, 1, "bodyRate");
      column(metCol + 2 + 2 * k, 1, "bodyCount");
    });
    const verdicts = span(head + 1, 3, all, set.targets.length);
    b.layout.highlights = [
      { rect: verdicts, equals: text("verdict.dat"), fill: FILL_DAT },
      { rect: verdicts, equals: text("verdict.khongDat"), fill: FILL_KHONG_DAT },
    ];
    // each rate a bar from 0 to 100 %: units compared at a glance, as a chart would
    b.layout.bars = rankings.map((_, k) => ({
      rect: span(head + 1, metCol + 1 + 2 * k, all, 1),
      max: 100,
      color: BAR_COLOR,
    }));
  }
  return at + units.length + 1;
}

/**
 * The consolidation's first sheet: how many units of each level were expected, sent a file and were merged;
 * then Phụ lục 9's targets by level and by unit with the rates units are ranked by, where the round has them.
 */
export function overviewSheet(result: MergeResult, info: CoverInfo, cat: Catalogue): SheetLayout {
  const targetCount = cat.targets?.targets.length ?? 0;
  const rankCount = cat.targets?.rankings?.length ?? 0;
  const b = new SheetBuilder(OVERVIEW_ID, `${MERGED_PREFIX}${text("merge.sheet.overview")}`, [
    4,
    34,
    16,
    ...Array<number>(targetCount).fill(15),
    ...Array<number>(Math.max(5 - targetCount, 1 + rankCount * 2)).fill(11),
  ]);
  b.hideColumn(0).hideRow(0).set(0, 0, OVERVIEW_ID, "key").set(0, 1, MERGED_MARK, "key");
  const width = Math.max(7, 3 + targetCount + 1 + rankCount * 2) - 1;
  b.merge(span(1, 1, 1, width), text("overview.title"), "heading");
  b.merge(
    span(2, 1, 1, width),
    text("overview.subtitle", {
      unit: info.unit ?? "",
      round: cat.name,
      units: result.units.length,
      files: result.lines.filter((l) => l.via === undefined).length,
    }),
    "subtitle"
  );
  let at = submission(b, FIRST_SECTION, result, cat);
  if (result.units.length > 0) at = reported(b, at, result, cat);
  if (cat.targets) at = targets(b, at, result, cat);
  b.layout.freeze = { rows: 3, columns: 2 };
  b.layout.print = { titleRows: [1, 2], area: span(1, 1, Math.max(at - 1, 3), width) };
  return b.layout;
}
