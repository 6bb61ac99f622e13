import type { Form } from "./schema";

/** The key of a form's free "Ghi chú" column, where it has one (form.notes): a column like a period. */
export const NOTES = "notes";

/** Every column a form's figures are kept under: its periods, then its notes. */
export const columnsOf = (form: Form): string[] => [
  ...form.periods.map((p) => p.id),
  ...(form.notes ? [NOTES] : []),
];
