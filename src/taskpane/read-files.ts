import { readUnit } from "../core/merge/units";
import { oversize } from "../xlsx/limits";
import { untilStopped, type MergeSession } from "./merge-session";

/** A file the user picked or dropped: its name and a way to read its bytes. */
export interface PickedFile {
  name: string;
  /** bytes, known before reading: a file over the limit is never read */
  size: number;
  /** when it was last saved, as the browser says (File.lastModified) */
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How far the reading is: files read, files checked, of how many; the file being read. */
export interface ReadProgress {
  read: number;
  checked: number;
  n: number;
  file: string;
}

/**
 * Hands the units' files to the session one after another, to be read and checked there. False when
 * cancelled, at once even in the middle of a file (the session is stopped): nothing is written then.
 */
export async function readUnitFiles(
  files: PickedFile[],
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
  session: MergeSession
): Promise<boolean> {
  const n = files.length;
  for (const [i, f] of files.entries()) {
    onProgress({ read: i, checked: i, n, file: f.name });
    const tooBig = oversize(f.size);
    const work = tooBig
      ? session.add(readUnit({ file: f.name, failure: "tooLarge", detail: tooBig }))
      : f
          .arrayBuffer()
          .then((bytes) =>
            session.read(
              f.name,
              bytes,
              () => onProgress({ read: i + 1, checked: i, n, file: f.name }),
              f.lastModified
            )
          );
    if (
      (await untilStopped(
        signal,
        work.then(() => true),
        session
      )) === null
    )
      return false;
    onProgress({ read: i + 1, checked: i + 1, n, file: f.name });
    // lets the page repaint between files, so that progress shows
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return !signal.aborted;
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
