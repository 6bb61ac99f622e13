import { inflateSync, Unzip, UnzipInflate } from "fflate";
import { centralDirectory, declaredEntries, type DirectoryEntry } from "./directory";
import { LIMITS, MB, oversize, TooLarge, type Deadline } from "./limits";

/** Compressed bytes handed to the inflater at a time: deflate's ratio caps each output chunk near 8 MB. */
const SLICE = 8 * 1024;

/** Deflate expands a byte to at most this many: what a part of a given compressed size can cost at worst. */
const DEFLATE_RATIO = 1032;

/** The package's parts by lower-cased name: a reader finds a part whatever case its relationship uses. */
export type Parts = Map<string, Uint8Array>;

const partName = (name: string) => name.replace(/^\//, "").toLowerCase();

/**
 * The kept parts inflated each in one piece, when that is safe by construction: every part is small enough
 * compressed that even a bomb stays within the limits, and inflates to exactly the size declared. Null
 * otherwise, and the package is streamed with a running count instead — the same answer, only slower.
 */
function inflateWhole(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  deadline: Deadline
): Parts | null {
  const directory = centralDirectory(bytes);
  if (directory === null) return null;
  if (directory.length > LIMITS.entries)
    throw new TooLarge(`${directory.length} > ${LIMITS.entries}`);
  const kept: DirectoryEntry[] = [];
  const names = new Set<string>();
  let worst = 0;
  for (const e of directory) {
    const name = partName(e.name);
    if (names.has(name)) throw new Error(`${e.name} ×2`);
    names.add(name);
    if (e.declared > LIMITS.entryBytes)
      throw new TooLarge(`${e.name}: ${MB(e.declared)} > ${MB(LIMITS.entryBytes)}`);
    if (!keep(name)) continue;
    if (e.method !== 0 && e.method !== 8) return null;
    const cost = e.method === 0 ? e.compressed : e.compressed * DEFLATE_RATIO;
    worst += cost;
    // a part cannot hold more than its worst case: a header claiming so is not believed, nor allocated
    if (e.declared > cost || cost > LIMITS.entryBytes || worst > LIMITS.totalBytes) return null;
    kept.push(e);
  }
  const parts: Parts = new Map();
  for (const e of kept) {
    deadline.check();
    const data = bytes.subarray(e.start, e.start + e.compressed);
    // one byte more than declared: a part that fills it inflates to more than its header says
    const out =
      e.method === 0 ? data.slice() : inflateSync(data, { out: new Uint8Array(e.declared + 1) });
    if (out.length !== e.declared) return null;
    parts.set(partName(e.name), out);
  }
  return parts;
}

/**
 * The parts of the package that `keep` names, inflated within the limits: neither a size declared falsely
 * nor a bomb can take more, refused with TooLarge; a part named twice makes the package damaged.
 */
export function inflateParts(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  deadline: Deadline
): Parts {
  const tooBig = oversize(bytes.length);
  if (tooBig) throw new TooLarge(tooBig);
  return inflateWhole(bytes, keep, deadline) ?? inflateStreamed(bytes, keep, deadline);
}

/** Every part inflated a slice at a time with a running count, refused at the first chunk past a limit. */
function inflateStreamed(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  deadline: Deadline
): Parts {
  const declared = declaredEntries(bytes);
  if (declared > LIMITS.entries) throw new TooLarge(`${declared} > ${LIMITS.entries}`);
  const parts: Parts = new Map();
  let total = 0;
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > LIMITS.entries) throw new TooLarge(`${entries} > ${LIMITS.entries}`);
    if ((file.originalSize ?? 0) > LIMITS.entryBytes)
      throw new TooLarge(`${file.name}: ${MB(file.originalSize ?? 0)} > ${MB(LIMITS.entryBytes)}`);
    const name = partName(file.name);
    if (parts.has(name)) throw new Error(`${file.name} ×2`);
    const kept = keep(name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      size += chunk.length;
      total += chunk.length;
      if (size > LIMITS.entryBytes) throw new TooLarge(`${file.name}: > ${MB(LIMITS.entryBytes)}`);
      if (total > LIMITS.totalBytes) throw new TooLarge(`> ${MB(LIMITS.totalBytes)}`);
      if (kept) chunks.push(chunk);
      if (final && kept) parts.set(name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += SLICE) {
    deadline.check();
    unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  }
  return parts;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
