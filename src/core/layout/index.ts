import { sheetRef, a1 } from "../a1";
import type { Catalogue } from "../catalogue";
import type { Form } from "../catalogue/schema";
import { MERGED_PREFIX } from "../sheet-keys";
import { buildAssessment } from "./assessment";
import type { Resolve } from "../expr/formula";
import { figureKey } from "../figure";
import type { SheetBuilder } from "./builder";
import { buildCover, COVER_SHEET, type BuildEnv, type CoverInfo } from "./cover";
import { estimateHeights } from "./heights";
import { buildMatrix } from "./matrix";
import { STYLES } from "./styles";
import type { WorkbookLayout } from "./types";
import { workbookOf } from "./workbook";
import { buildYearly } from "./yearly";

export interface TemplateOptions extends CoverInfo {
  /** form ids; all of them when absent */
  forms?: string[];
  /** the layout of a merge's output: "TH " sheets, a merge-notes column, marked for replacement */
  merged?: boolean;
}

function buildForm(form: Form, env: BuildEnv, cat: Catalogue, chosen: Form[]): SheetBuilder {
  switch (form.orientation) {
    case "periodsAsRows":
      return buildMatrix(form, env);
    case "assessment":
      if (!cat.targets) throw new Error(`${form.id}: an assessment form needs the round's targets`);
      return buildAssessment(form, cat.targets, env);
    case "periodsAsColumns":
      return buildYearly(
        form,
        env,
        chosen.find((f) => f.id === cat.targets?.form)
      );
  }
}

/** The whole workbook as data: the cover, then the chosen forms in catalogue order. */
export function buildWorkbookLayout(cat: Catalogue, options: TemplateOptions = {}): WorkbookLayout {
  const wanted = options.forms ?? cat.forms.map((f) => f.id);
  const unknown = wanted.filter((id) => !cat.forms.some((f) => f.id === id));
  if (unknown.length > 0) throw new Error(`unknown forms: ${unknown.join(", ")}`);
  const chosen = cat.forms.filter((f) => wanted.includes(f.id));
  const prefix = options.merged ? MERGED_PREFIX : "";
  const env: BuildEnv = {
    coverSheet: `${prefix}${COVER_SHEET}`,
    prefix,
    merged: options.merged === true,
    // a consolidation holds the figures of units of every level: none of its rows is greyed
    level: options.merged ? undefined : options.level,
    cat,
  };
  const builders = [buildCover(options, env), ...chosen.map((f) => buildForm(f, env, cat, chosen))];

  const byForm = new Map(builders.map((b) => [b.layout.id, b]));
  for (const b of builders) {
    const resolve: Resolve = (ref) => {
      const target = byForm.get(ref.form)?.layout;
      const slot = target?.slots.get(figureKey(ref));
      if (!target || !slot) return undefined;
      return ref.form === b.layout.id
        ? a1(slot.row, slot.col)
        : `${sheetRef(target.name)}!${a1(slot.row, slot.col)}`;
    };
    for (const p of b.pending) p(resolve, b);
  }
  for (const b of builders) b.layout.rowHeights = estimateHeights(b.layout, STYLES);
  return workbookOf(builders.map((b) => b.layout));
}

export type { WorkbookLayout, SheetLayout } from "./types";
