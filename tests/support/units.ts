import type { Level } from "../../src/core/catalogue/schema";
import { COVER_SHEET } from "../../src/core/layout/cover";
import type { RawSheet } from "../../src/core/read/grid";
import { readUnit, type UnitEntry } from "../../src/core/merge/units";
import type { Figures } from "../../src/core/values";
import { coverAddress, filledSheets, typeInto } from "./workbook";

/** A unit's workbook as read, from its name, level and figures by key. */
export const unitSheets = (unit: string, figures: Figures, level: Level = "xa"): RawSheet[] =>
  filledSheets(figures, { unit, level });

export const unit = (
  file: string,
  name: string,
  figures: Figures,
  level: Level = "xa"
): UnitEntry => readUnit({ file, sheets: unitSheets(name, figures, level) });

/** The same workbook with the cover's template version changed. */
export const withVersion = (sheets: RawSheet[], version: string): RawSheet[] =>
  typeInto(sheets, { [COVER_SHEET]: { [coverAddress("version")]: version } });

export const y = (
  values: Record<string, number | string>,
  period = "y2021"
): Record<string, Record<string, number | string>> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { [period]: v }]));
