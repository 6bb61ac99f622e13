import { absolute, sheetRef } from "../a1";
import { levelLabelIn, levelNamed, type Catalogue, type RoundOutline } from "../catalogue";
import type { Level } from "../catalogue/schema";
import { text, type MessageCode } from "../messages";
import type { StyleId } from "./types";
import { COVER_ID, MERGED_MARK } from "../sheet-keys";
import { SheetBuilder, one, span } from "./builder";
import { textValidation } from "./inputs";

export const COVER_SHEET = text("sheet.cover");

export type CoverKey =
  | "unit"
  | "level"
  | "round"
  | "reportNo"
  | "reportDate"
  | "version"
  | "targets"
  | "preparer"
  | "phone"
  | "signerTitle"
  | "signer"
  | "code";

/** The cover's fields, in order: the key is kept in hidden column A, the name is a workbook name. */
export const COVER_FIELDS: { key: CoverKey; label: MessageCode; name: string; fixed?: boolean }[] =
  [
    { key: "unit", label: "cover.unit", name: "CCHC_DonVi" },
    { key: "level", label: "cover.level", name: "CCHC_CapDonVi" },
    { key: "round", label: "cover.round", name: "CCHC_KyBaoCao" },
    { key: "reportNo", label: "cover.reportNo", name: "CCHC_SoBaoCao" },
    { key: "reportDate", label: "cover.reportDate", name: "CCHC_NgayBaoCao" },
    { key: "version", label: "cover.version", name: "CCHC_PhienBan", fixed: true },
    { key: "targets", label: "cover.targets", name: "CCHC_BoMucTieu", fixed: true },
    { key: "preparer", label: "cover.preparer", name: "CCHC_NguoiLap" },
    { key: "phone", label: "cover.phone", name: "CCHC_DienThoai" },
    { key: "signerTitle", label: "cover.signerTitle", name: "CCHC_ChucVuNguoiKy" },
    { key: "signer", label: "cover.signer", name: "CCHC_NguoiKy" },
    // last, so that a workbook made before it reads every other field where it was
    { key: "code", label: "cover.code", name: "CCHC_MaDonVi" },
  ];

const FIRST_FIELD_ROW = 4;
const VALUE_COL = 2;

/** The cover cell of a field, as another sheet's formula refers to it. */
export const coverRef = (key: CoverKey, coverSheet: string = COVER_SHEET): string =>
  `${sheetRef(coverSheet)}!${absolute(FIRST_FIELD_ROW + COVER_FIELDS.findIndex((f) => f.key === key), VALUE_COL)}`;

/** What every builder of one workbook shares. */
export interface BuildEnv {
  coverSheet: string;
  /** sheet names start with it: "TH " for a merge's output */
  prefix: string;
  merged: boolean;
  level: Level | undefined;
  /** the round the workbook is for */
  cat: Catalogue;
}

/** The cover's fields that are free texts, a rebuilt or consolidated workbook keeping each: every one, or no compiling. */
type CoverText = Exclude<keyof CoverInfo, "level">;
const COVER_TEXTS = Object.keys({
  unit: true,
  round: true,
  reportNo: true,
  reportDate: true,
  preparer: true,
  phone: true,
  signerTitle: true,
  signer: true,
  code: true,
} satisfies Record<CoverText, true>) as CoverText[];

/** The template options texts stand for: trimmed, blank ones left out (a filled cover, or what the pane asks). */
export function coverInfoOf(
  texts: Partial<Record<CoverText | "level", string>>,
  cat: Pick<RoundOutline, "levels">
): CoverInfo {
  const info: CoverInfo = {};
  for (const key of COVER_TEXTS) {
    const value = texts[key]?.trim();
    if (value) info[key] = value;
  }
  const level = levelNamed(cat, texts.level);
  if (level) info.level = level;
  return info;
}

export interface CoverInfo {
  unit?: string;
  level?: Level;
  round?: string;
  /** the report the forms go with (Nghị định 30/2020): its number and date, as written */
  reportNo?: string;
  reportDate?: string;
  preparer?: string;
  phone?: string;
  /** who signs for the unit, and as what ("Chủ tịch", "Giám đốc") */
  signerTitle?: string;
  signer?: string;
  /** the unit's code, where the province gives one: it tells units apart before their names do */
  code?: string;
}

/** What the fills of the forms mean, under the cover's fields; returns its last row. */
function legend(b: SheetBuilder, from: number): number {
  b.set(from, 1, text("legend.title"), "coverLabel");
  const lines: [StyleId, MessageCode, MessageCode][] = [
    ["inputSwatch", "legend.input", "legend.inputMeans"],
    ["computedText", "legend.computed", "legend.computedMeans"],
    ["notApplicable", "legend.notApplicable", "legend.notApplicableMeans"],
    ["label0", "legend.marks", "legend.marksMeans"],
  ];
  lines.forEach(([style, name, means], i) =>
    b.set(from + 1 + i, 1, text(name), style).set(from + 1 + i, 2, text(means), "label0")
  );
  return from + lines.length;
}

export function buildCover(info: CoverInfo, env: BuildEnv): SheetBuilder {
  const b = new SheetBuilder(COVER_ID, env.coverSheet, [4, 30, 60, 4]);
  b.hideColumn(0).hideRow(0).set(0, 0, COVER_ID, "key");
  if (env.merged) b.set(0, 1, MERGED_MARK, "key");
  b.merge(span(1, 1, 1, 2), text("cover.title"), "heading");
  b.merge(
    span(2, 1, 1, 2),
    env.merged
      ? text("cover.mergedHint", {
          report: `${env.prefix}${text("merge.sheet.report")}`,
          units: `${env.prefix}${text("merge.sheet.units")}`,
        })
      : text("cover.hint"),
    "hint"
  );
  const values: Record<CoverKey, string> = {
    unit: info.unit ?? "",
    level: info.level ? levelLabelIn(env.cat, info.level) : "",
    round: info.round ?? env.cat.name,
    reportNo: info.reportNo ?? "",
    reportDate: info.reportDate ?? "",
    version: env.cat.version,
    targets: env.cat.targets?.id ?? "",
    preparer: info.preparer ?? "",
    phone: info.phone ?? "",
    signerTitle: info.signerTitle ?? "",
    signer: info.signer ?? "",
    code: info.code ?? "",
  };
  COVER_FIELDS.forEach((f, i) => {
    const r = FIRST_FIELD_ROW + i;
    b.set(r, 0, f.key, "key").set(r, 1, text(f.label), "coverLabel");
    if (values[f.key] !== "") b.set(r, VALUE_COL, values[f.key]);
    b.style(one(r, VALUE_COL), f.fixed ? "coverFixed" : "coverValue");
    if (!f.fixed && f.key !== "level") b.validate(one(r, VALUE_COL), textValidation());
    b.layout.names.push({ name: f.name, row: r, col: VALUE_COL });
  });
  const levelRow = FIRST_FIELD_ROW + COVER_FIELDS.findIndex((f) => f.key === "level");
  b.levelChoice(one(levelRow, VALUE_COL), { row: FIRST_FIELD_ROW, col: VALUE_COL + 1 }, env.cat);
  const last = legend(b, FIRST_FIELD_ROW + COVER_FIELDS.length + 1);
  b.layout.print = { titleRows: [1, 1], area: span(1, 1, last, 2) };
  return b;
}
