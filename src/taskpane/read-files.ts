import { readUnit, type UnitEntry } from "../core/merge/units";
import { oversize } from "../xlsx/limits";
import { inlineReader, type UnitReader } from "./unit-reader";

/** A file the user picked or dropped: its name and a way to read its bytes. */
export interface PickedFile {
  name: string;
  /** bytes, known before reading: a file over the limit is never read */
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Resolves when the work is cancelled. */
const cancelled = (signal: AbortSignal) =>
  new Promise<null>((resolve) =>
    signal.aborted
      ? resolve(null)
      : signal.addEventListener("abort", () => resolve(null), { once: true })
  );

/**
 * Reads the units' files one after another, keeping only what the merge needs of each. Returns null when
 * cancelled, at once even in the middle of a file (the reader is stopped): nothing is written then.
 */
export async function readUnitFiles(
  files: PickedFile[],
  onProgress: (i: number, n: number, file: string) => void,
  signal: AbortSignal,
  reader: UnitReader = inlineReader()
): Promise<UnitEntry[] | null> {
  const entries: UnitEntry[] = [];
  const stop = cancelled(signal);
  try {
    for (const [i, f] of files.entries()) {
      if (signal.aborted) return null;
      onProgress(i + 1, files.length, f.name);
      const tooBig = oversize(f.size);
      if (tooBig) {
        entries.push(readUnit({ file: f.name, failure: "tooLarge", detail: tooBig }));
        continue;
      }
      const entry = await Promise.race([
        f.arrayBuffer().then((bytes) => reader.read(f.name, bytes)),
        stop,
      ]);
      if (entry === null) return null;
      entries.push(entry);
      // lets the page repaint between files, so that progress shows
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
    return signal.aborted ? null : entries;
  } finally {
    reader.stop();
  }
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return [await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail))];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const all: FileSystemEntry[] = [];
  // readEntries hands over a directory in batches until it returns none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    all.push(...batch);
  }
  return (await Promise.all(all.map(walk))).flat();
}

/** The files of a drop, folders opened; only workbooks, no lock files (~$…) or hidden files. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .map((i) => i.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
  // a browser that gives no entries for a drop still gives its files
  const files =
    entries.length > 0 ? (await Promise.all(entries.map(walk))).flat() : Array.from(transfer.files);
  return keepWorkbooks(files);
}

export const keepWorkbooks = <F extends { name: string }>(files: F[]): F[] =>
  files
    .filter((f) => !f.name.startsWith("~$") && !f.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
