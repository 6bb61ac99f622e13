import { formIn, rowOf, type Catalogue } from "../catalogue";
import { NOTES } from "../catalogue/columns";
import type { Form, Period, Row } from "../catalogue/schema";
import type { FigureRef } from "../figure";
import { text } from "../messages";

/** Vietnamese numbers: 1.234,5 */
export const formatVi = (n: number): string =>
  new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }).format(n);

/** "III.5.2" in the Bảng tổng hợp, where the STT restarts in each section. */
export function fullStt(form: Form, row: Row): string {
  const i = form.rows.indexOf(row);
  const section = form.rows
    .slice(0, i + 1)
    .reverse()
    .find((r) => r.depth === 0 && /^[IVX]+$/.test(r.stt));
  const sectioned =
    form.rows.some((r) => r.depth === 0 && /^[IVX]+$/.test(r.stt) && r !== row) &&
    section &&
    section !== row;
  return sectioned && row.stt !== "" ? `${section.stt}.${row.stt}` : row.stt;
}

const short = (label: string) => (label.length > 70 ? `${label.slice(0, 67).trimEnd()}…` : label);

/** "dòng 2.2 (Số nhiệm vụ đã hoàn thành)" */
export function rowName(cat: Catalogue, formId: string, rowKey: string): string {
  const form = formIn(cat, formId);
  const row = rowOf(form, rowKey)!;
  const stt = fullStt(form, row);
  return stt ? `dòng ${stt} (${short(row.label)})` : `dòng "${short(row.label)}"`;
}

export function sttOf(cat: Catalogue, formId: string, rowKey: string): string {
  const form = formIn(cat, formId);
  const row = rowOf(form, rowKey)!;
  return fullStt(form, row) || `"${short(row.label)}"`;
}

/** "năm 2025 (tính đến 31/3)", "giai đoạn 2011-2020" */
export function periodName(cat: Catalogue, formId: string, periodId: string): string {
  if (periodId === NOTES) return text("layout.notesColumn");
  const p: Period | undefined = formIn(cat, formId).periods.find((x) => x.id === periodId);
  if (!p) return periodId;
  const label = /^Năm /.test(p.label)
    ? `năm ${p.label.slice(4)}`
    : /^\d/.test(p.label)
      ? `giai đoạn ${p.label}`
      : p.label;
  return p.note ? `${label} ${p.note}` : label;
}

/** "Phụ lục 1, dòng 2.2 (…), năm 2021" */
export const cellName = (cat: Catalogue, ref: FigureRef): string =>
  `${formIn(cat, ref.form).sheet}, ${rowName(cat, ref.form, ref.row)}, ${periodName(cat, ref.form, ref.period)}`;
