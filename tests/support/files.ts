import { round } from "./round";
import type { Round } from "../../src/core/rounds";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbookLayout, type TemplateOptions } from "../../src/core/layout";
import { fillLayout } from "../../src/core/layout/fill";
import type { Figures } from "../../src/core/values";
import { writeLayout } from "../../src/xlsx/write";

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "cchc-"));

/** A unit's filled workbook written as an .xlsx file; returns its path. */
export async function writeUnitFile(
  dir: string,
  name: string,
  figures: Figures,
  options: TemplateOptions,
  of: Round = round
): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await writeLayout(fillLayout(buildWorkbookLayout(of, options), figures)));
  return file;
}

const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The first bytes of an old .xls, and of a password-protected .xlsx (a compound file with an EncryptionInfo stream). */
export const oldXlsBytes = () => Buffer.from([...COMPOUND, ...Array<number>(504).fill(0)]);
export const encryptedBytes = () =>
  Buffer.concat([
    Buffer.from(COMPOUND),
    Buffer.alloc(200),
    Buffer.from("EncryptionInfo", "utf16le"),
    Buffer.alloc(100),
  ]);

/** Captures what the command line prints. */
export function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) },
    out,
    err,
  };
}
