import { text, type MessageCode } from "../core/messages";

/** What each Office error code asks of the user, in Vietnamese. */
const OFFICE_ERRORS: Record<string, MessageCode> = {
  AccessDenied: "error.office.AccessDenied",
  ApiNotFound: "error.office.ApiNotFound",
  BadPassword: "error.office.BadPassword",
  Conflict: "error.office.Conflict",
  GeneralException: "error.office.GeneralException",
  InactiveWorkbook: "error.office.InactiveWorkbook",
  InvalidArgument: "error.office.InvalidArgument",
  InvalidOperation: "error.office.InvalidOperation",
  InvalidOperationInCellEditMode: "error.office.InvalidOperationInCellEditMode",
  InvalidReference: "error.office.InvalidReference",
  ItemAlreadyExists: "error.office.ItemAlreadyExists",
  ItemNotFound: "error.office.ItemNotFound",
  MergedRangeConflict: "error.office.MergedRangeConflict",
  NotImplemented: "error.office.NotImplemented",
  RequestAborted: "error.office.RequestAborted",
  RequestPayloadSizeLimitExceeded: "error.office.RequestPayloadSizeLimitExceeded",
  ResponsePayloadSizeLimitExceeded: "error.office.ResponsePayloadSizeLimitExceeded",
  UnsupportedOperation: "error.office.UnsupportedOperation",
};

/** A failure as the pane shows it: what to do, in Vietnamese, and the technical detail behind "Chi tiết". */
export interface Explained {
  message: string;
  detail: string;
}

const codeOf = (e: unknown): string | null =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : null;

/** An error thrown by Excel (it has a code) or by the add-in's own steps, explained for the user. */
export function explain(e: unknown): Explained {
  const message = e instanceof Error ? e.message : String(e);
  const code = codeOf(e);
  if (code === null) return { message, detail: "" };
  const known = OFFICE_ERRORS[code];
  return {
    message: known ? text(known) : text("error.office.unknown", { code }),
    detail: `${code}: ${message}`,
  };
}
