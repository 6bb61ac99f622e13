import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { lstat, readdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { text } from "../core/messages";
import type { FileFailure } from "../core/merge/units";
import { oversize } from "../xlsx/limits";
import { UsageError } from "./io";

/** A file named on the command line or found in a folder: as given, and as the file system knows it. */
export interface InputFile {
  /** as the user gave it, or found under a folder given */
  path: string;
  /** its real path, symbolic links resolved; null when it could not be reached */
  real: string | null;
  /** device and inode: two names of one file (hard links) are the same file */
  id: string | null;
  /** bytes, from the file system: a file over the limit is never read */
  size?: number;
  /** when it was last saved, ms since 1970 */
  modified?: number;
  /** why it cannot be read at all */
  failure?: FileFailure;
  detail?: string;
}

export interface Inputs {
  files: InputFile[];
  /** the real paths of the folders walked, which an output must not be written into */
  folders: string[];
}

const idOf = (s: { dev: number; ino: number }) => `${s.dev}:${s.ino}`;

/**
 * The files to read: files as given, folders walked (hidden files and Excel's ~$ lock files left out), each
 * file once however many names lead to it, folders followed once (a symbolic link loop ends), and only
 * regular files read (a pipe or a device would never end).
 */
export async function collectInputs(paths: string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const walk = async (path: string, named: boolean): Promise<void> => {
    const link = await lstat(path).catch(() => null);
    if (!link) {
      if (named) files.push({ path, real: null, id: null, failure: "notFound" });
      return;
    }
    const info = await stat(path).catch(() => null);
    const real = await realpath(path).catch(() => null);
    if (!info || !real) {
      files.push({ path, real: null, id: null, failure: "notFound" });
      return;
    }
    if (seen.has(idOf(info))) return;
    seen.add(idOf(info));
    if (info.isDirectory()) {
      folders.push(real);
      const names = (await readdir(path))
        .filter((n) => !n.startsWith("~$") && !n.startsWith("."))
        .sort((a, b) => a.localeCompare(b, "vi"));
      for (const n of names) await walk(join(path, n), false);
      return;
    }
    if (!info.isFile()) files.push({ path, real, id: idOf(info), failure: "notRegular" });
    else {
      const tooBig = oversize(info.size);
      files.push({
        path,
        real,
        id: idOf(info),
        size: info.size,
        modified: info.mtimeMs,
        ...(tooBig ? { failure: "tooLarge" as const, detail: tooBig } : {}),
      });
    }
  };
  for (const p of paths) await walk(p, true);
  return { files, folders };
}

/** One file named on the command line, as collectInputs sees it; a folder is not a file here. */
export async function inputFile(path: string): Promise<InputFile> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return { path, real: null, id: null, failure: "notRegular" };
  return (
    (await collectInputs([path])).files[0] ?? { path, real: null, id: null, failure: "notFound" }
  );
}

/** The bytes of an input, and their fingerprint: the same content under two names is merged once. */
export function readInput(file: InputFile): { bytes: Buffer; hash: string } {
  // read at once: a unit's file is small, and an awaited read idles between its system calls
  const bytes = readFileSync(file.path);
  return { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Where the output goes, refused when it is an input or lies in a folder of inputs (by real path and by
 * inode, so that neither a symbolic nor a hard link slips through): a unit's file is never replaced.
 */
export async function outputPath(
  out: string,
  inputs: Inputs,
  others: string[] = []
): Promise<string> {
  const folder = await realpath(dirname(out)).catch(() => null);
  if (folder === null) throw new UsageError(text("cli.outNoFolder", { out, folder: dirname(out) }));
  const real = join(folder, basename(out));
  const existing = await stat(real).catch(() => null);
  const named = [
    ...inputs.files.flatMap((f) => (f.real ? [f.real] : [])),
    ...(await Promise.all(others.map((o) => realpath(o).catch(() => o)))),
  ];
  const clash =
    named.find((r) => r === real) ??
    (existing ? inputs.files.find((f) => f.id === idOf(existing))?.path : undefined) ??
    inputs.folders.find((f) => real.startsWith(f + sep));
  if (clash !== undefined) throw new UsageError(text("cli.outIsInput", { out, input: clash }));
  return real;
}

const WRITE_ERRORS: Record<
  string,
  "cli.fs.notFound" | "cli.fs.denied" | "cli.fs.isFolder" | "cli.fs.full" | "cli.fs.readOnly"
> = {
  ENOENT: "cli.fs.notFound",
  EACCES: "cli.fs.denied",
  EPERM: "cli.fs.denied",
  EISDIR: "cli.fs.isFolder",
  ENOSPC: "cli.fs.full",
  EROFS: "cli.fs.readOnly",
};

/** A file-system error in Vietnamese: what went wrong, never a stack trace. */
export const fsReason = (e: unknown): string => {
  const code = (e as { code?: string }).code;
  const known = code ? WRITE_ERRORS[code] : undefined;
  return known ? text(known) : e instanceof Error ? e.message : String(e);
};

/** Writes beside the target then renames: the target is never left half written. */
export async function writeAtomically(
  target: string,
  content: Uint8Array | ((write: (chunk: Uint8Array) => void) => Promise<void>)
): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    if (content instanceof Uint8Array) await writeFile(temporary, content, { flag: "wx" });
    else {
      // written as it is made: a large consolidation is never held whole
      const fd = openSync(temporary, "wx");
      try {
        await content((chunk) => void writeSync(fd, chunk));
      } finally {
        closeSync(fd);
      }
    }
    await rename(temporary, target);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(text("cli.writeFailed", { file: target, detail: fsReason(e) }));
  }
}
