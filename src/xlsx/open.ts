import type { FileFailure } from "../core/merge/units";
import type { RawSheet } from "../core/read/grid";
import { Deadline, TooLarge, TooSlow } from "./limits";
import { readRawSheets } from "./read";

export type OpenFailure = FileFailure;
export type Opened =
  { ok: true; sheets: RawSheet[] } | { ok: false; reason: OpenFailure; detail?: string };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as the UTF-16 stream name an encrypted OOXML package carries in its compound file. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Opens a unit's file, or says why it cannot be read: an .xlsx is a zip; a password-protected
 * .xlsx and an old .xls are both compound files, told apart by the encryption stream.
 */
export function openWorkbook(bytes: Uint8Array, deadline: Deadline = new Deadline()): Opened {
  if (startsWith(bytes, COMPOUND))
    return { ok: false, reason: contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "oldXls" };
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: "notXlsx" };
  try {
    return { ok: true, sheets: readRawSheets(bytes, deadline) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (e instanceof TooLarge) return { ok: false, reason: "tooLarge", detail };
    if (e instanceof TooSlow) return { ok: false, reason: "tooSlow", detail };
    return { ok: false, reason: "damaged", detail };
  }
}
