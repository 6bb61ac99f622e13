import type { WorkbookLayout } from "../../src/core/layout";
import type { WorkbookModel } from "../fake-excel/model";
import { listItems } from "../fake-excel/range";

/** Every formula of the workbook that reads #REF!: a sheet it named was missing or deleted. */
export const brokenFormulas = (model: WorkbookModel): string[] =>
  model.sheets.flatMap((s) =>
    [...s.cells.entries()].flatMap(([at, c]) => {
      const f = c.formula === null ? null : model.formulaText(c.formula);
      return f !== null && f.includes("#REF!") ? [`${s.name}!${at} =${f}`] : [];
    })
  );

/** The layout's texts that Excel did not keep as written (turned into numbers, formulas, booleans). */
export function alteredTexts(model: WorkbookModel, layout: WorkbookLayout): string[] {
  return layout.sheets.flatMap((sheet) => {
    const s = model.sheet(sheet.name);
    if (!s) return [`${sheet.name} missing`];
    return sheet.cells.flatMap((c) => {
      if (typeof c.value !== "string" || c.value === "" || c.formula !== undefined) return [];
      const cell = s.cells.get(`${c.row}:${c.col}`);
      return cell?.value === c.value && cell.formula === null
        ? []
        : [
            `${sheet.name}!${c.row}:${c.col} ${JSON.stringify(c.value)} → ${JSON.stringify(cell?.value)}`,
          ];
    });
  });
}

/** The choices the list validation over a cell offers. */
export function choicesAt(
  model: WorkbookModel,
  sheetName: string,
  row: number,
  col: number
): string[] {
  const s = model.sheet(sheetName)!;
  const v = s.validations.find(
    (x) =>
      row >= x.rect.row &&
      row < x.rect.row + x.rect.rows &&
      col >= x.rect.col &&
      col < x.rect.col + x.rect.cols
  );
  return v ? listItems(model, s, v.rule) : [];
}
