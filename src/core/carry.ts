import type { Catalogue } from "./catalogue";
import { figureKey, figureRef } from "./figure";
import { cellName } from "./rules/names";
import { text } from "./messages";
import { setFigure, type Figures } from "./values";
import type { LocatedWorkbook } from "./read/locate";

/**
 * The figures already typed in located forms, by key, to be carried into rebuilt sheets; and the cells whose
 * figure has no place in them: a Bảng tổng hợp row typed in an older version where the new one takes the
 * Phụ lục's figure, and the two differ; and the rows of an older version the new one has not, with a figure.
 */
export function carryOver(
  located: LocatedWorkbook,
  cat: Catalogue
): {
  figures: Figures;
  count: number;
  notCarried: string[];
  dropped: string[];
} {
  const figures: Figures = {};
  const notCarried: string[] = [];
  let count = 0;
  const rawAt = (form: string, row: string, period: string) =>
    located.forms
      .find((l) => l.form.id === form)
      ?.cells.get(figureKey(figureRef(form, row, period)))?.raw ?? null;
  for (const f of located.forms)
    for (const { ref, raw } of f.cells.values()) {
      if (raw === null || raw === "" || typeof raw === "object" || typeof raw === "boolean")
        continue;
      const row = f.form.rows.find((x) => x.key === ref.row);
      if (row?.expr) continue;
      const source = row?.repeats;
      // taken from a Phụ lục the workbook has: the new sheet's formula shows it again
      if (source && located.forms.some((l) => l.form.id === source.form)) {
        if (rawAt(source.form, source.row, ref.period) !== raw) notCarried.push(cellName(cat, ref));
        continue;
      }
      setFigure(figures, ref, raw);
      count++;
    }
  // rows of an older version that the new one does not have: named, with the version they are not in
  const dropped = located.forms.flatMap((f) =>
    f.strays.map((s) =>
      text("carry.stray", {
        sheet: f.sheet,
        row: s.row + 1,
        key: s.key,
        version: cat.version,
      })
    )
  );
  return { figures, count, notCarried, dropped };
}
