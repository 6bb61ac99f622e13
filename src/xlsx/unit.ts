import { readUnit, type UnitEntry } from "../core/merge/units";
import { openWorkbook } from "./open";

/** A unit's file read (then `onRead` told) and checked: all the merge keeps of it, or why it could not be read. Pane and CLI alike. */
export function readUnitFile(
  file: string,
  bytes: Uint8Array,
  onRead: () => void = () => undefined,
  modified?: number
): UnitEntry {
  const opened = openWorkbook(bytes);
  onRead();
  // checked in the round its cover names: the merge refuses it if that is not the merge's round
  return readUnit(
    opened.ok
      ? { file, sheets: opened.sheets, ...(modified === undefined ? {} : { modified }) }
      : { file, failure: opened.reason, ...(opened.detail ? { detail: opened.detail } : {}) }
  );
}
