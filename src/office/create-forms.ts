import { CURRENT_ROUND, roundById, type Round } from "../core/rounds";
import { buildWorkbookLayout, type TemplateOptions } from "../core/layout";
import { COVER_SHEET, coverInfoOf } from "../core/layout/cover";
import { COVER_ID } from "../core/sheet-keys";
import { fillLayout } from "../core/layout/fill";
import { carryOver } from "../core/carry";
import { locateWorkbook } from "../core/read/locate";
import { missingFeatures, type ExcelHost, type Feature } from "./host";
import { asideNames, leftovers, restoreNames, temporaryNames } from "./set-aside";
import { readWorkbook } from "./read";
import { queueSheet } from "./render";

/** giữ: keep the existing sheets; thay: rebuild them, carrying the figures over; hủy: do nothing. */
export type Decision = "keep" | "replace" | "cancel";

/** thay, with the password the rebuilt sheets are protected with ("" for none): asked again, never dropped. */
export interface Rebuild {
  decision: "replace";
  password: string;
}

export interface CreateRequest extends TemplateOptions {
  password?: string;
  /** the reporting round's id ("CCHC-2021-2025"); absent: the current round. (`round` is the cover's Kỳ báo cáo) */
  roundId?: string;
}

export interface CreateResult {
  cancelled: boolean;
  created: string[];
  kept: string[];
  /** figures carried over from replaced sheets */
  carried: number;
  /** cells whose figure the rebuilt sheets take from elsewhere, and which said otherwise: named, never lost silently */
  notCarried: string[];
  /** rows of an older version the new one has not, a figure typed in them: named, never lost silently */
  dropped: string[];
  /** the user's own sheets that had a form's name: renamed aside, never deleted */
  renamed: { from: string; to: string }[];
  /** features this Excel lacks, left out */
  skipped: Feature[];
}

/**
 * Tạo biểu mẫu: one run reads what the workbook holds (2 syncs), the user decides about form
 * sheets that exist already, and one run writes every sheet (1 sync). In that run the sheets being
 * replaced are set aside under temporary names first, the new ones are added under their final names,
 * written, and only then are the old ones deleted: every formula binds to the sheet it names.
 */
export async function createForms(
  host: ExcelHost,
  request: CreateRequest,
  decide: (existing: string[]) => Promise<Decision | Rebuild>
): Promise<CreateResult> {
  const skipped = missingFeatures(host);
  const round = (request.roundId && roundById(request.roundId)) || CURRENT_ROUND;
  const { located, names, definedNames, left } = await host.run(async (context) => {
    const workbookNames = context.workbook.names.load("items/name");
    const raw = await readWorkbook(context);
    return {
      located: locateWorkbook(raw, round),
      names: raw.map((s) => s.name),
      definedNames: workbookNames.items.map((n) => n.name),
      left: leftovers(raw),
    };
  });
  const requested = request.forms ?? round.forms.map((f) => f.id);
  const present = located.forms.map((f) => f.form.id);
  const existing = [
    ...(located.coverSheet ? [{ id: COVER_ID, sheet: located.coverSheet }] : []),
    ...located.forms
      .filter((f) => requested.includes(f.form.id))
      .map((f) => ({ id: f.form.id, sheet: f.sheet })),
  ];
  // a sheet that merely has a form's name, without the form's keys, is the user's own
  const squatted = [
    COVER_SHEET,
    ...round.forms.filter((f) => requested.includes(f.id)).map((f) => f.sheet),
  ].filter((n) => names.includes(n) && !existing.some((e) => e.sheet === n));
  let decision: Decision = "replace";
  let password = request.password;
  if (existing.length > 0 || squatted.length > 0) {
    const answer = await decide([...existing.map((e) => e.sheet), ...squatted]);
    decision = typeof answer === "string" ? answer : answer.decision;
    if (typeof answer !== "string") password = answer.password === "" ? undefined : answer.password;
  }
  if (decision === "cancel")
    return {
      cancelled: true,
      created: [],
      kept: [],
      carried: 0,
      notCarried: [],
      dropped: [],
      renamed: [],
      skipped,
    };

  // every form names the cover: rebuilding the cover rebuilds every form that is there, figures carried over
  const replacing = decision === "replace" && located.coverSheet !== null;
  const wanted = round.forms
    .map((f) => f.id)
    .filter((id) => requested.includes(id) || (replacing && present.includes(id)));
  const old =
    decision === "replace"
      ? [
          ...(located.coverSheet ? [located.coverSheet] : []),
          ...located.forms.filter((f) => wanted.includes(f.form.id)).map((f) => f.sheet),
        ]
      : [];
  const keep = decision === "keep" ? existing : [];
  const restored = restoreNames(left.kept, names);
  const renamed =
    decision === "replace" ? asideNames(squatted, [...names, ...restored.map((r) => r.to)]) : [];
  const info: TemplateOptions = {
    ...coverInfoOf(located.cover ?? {}, round),
    ...withoutEmpty(request, round),
    forms: wanted,
  };
  const carried =
    decision === "replace"
      ? carryOver(located, round)
      : { figures: {}, count: 0, notCarried: [], dropped: [] };
  const layout = fillLayout(buildWorkbookLayout(round, info), carried.figures);
  const toWrite = layout.sheets.filter(
    (s) => !keep.some((k) => k.id === s.id) && !(decision === "keep" && squatted.includes(s.name))
  );
  const temporary = temporaryNames(old.length);

  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const { from, to } of [...restored, ...renamed]) sheets.getItem(from).name = to;
    for (const name of left.merged) sheets.getItem(name).delete();
    old.forEach((name, i) => (sheets.getItem(name).name = temporary[i]!));
    const added = toWrite.map((s) => ({ ws: sheets.add(s.name), layout: s }));
    for (const { ws, layout: s } of added)
      queueSheet(ws, s, layout, skipped, password === undefined ? {} : { password });
    const cover = added.find((a) => a.layout.id === COVER_ID);
    if (cover) {
      for (const n of cover.layout.names)
        if (definedNames.includes(n.name)) context.workbook.names.getItem(n.name).delete();
      for (const n of cover.layout.names)
        context.workbook.names.add(n.name, cover.ws.getRangeByIndexes(n.row, n.col, 1, 1));
    }
    for (const name of temporary) sheets.getItem(name).delete();
    added.forEach(({ ws }, i) => (ws.position = i));
    added[0]?.ws.activate();
    await context.sync();
  });
  return {
    cancelled: false,
    created: toWrite.map((s) => s.name),
    kept: keep.map((k) => k.sheet),
    carried: carried.count,
    notCarried: carried.notCarried,
    dropped: carried.dropped,
    renamed: [...renamed, ...restored],
    skipped,
  };
}

function withoutEmpty(request: CreateRequest, round: Round): TemplateOptions {
  const { level, ...texts } = request;
  return { ...coverInfoOf(texts, round), ...(level ? { level } : {}) };
}
