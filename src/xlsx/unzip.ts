import { Unzip, UnzipInflate } from "fflate";
import { LIMITS, MB, oversize, TooLarge, type Deadline } from "./limits";

/** Compressed bytes handed to the inflater at a time: deflate's ratio caps each output chunk near 8 MB. */
const SLICE = 8 * 1024;

/** The package's parts by lower-cased name: a reader finds a part whatever case its relationship uses. */
export type Parts = Map<string, Uint8Array>;

/**
 * Inflates every part of the package with a running count, keeping those `keep` names: neither a size
 * declared falsely nor a bomb can take more than the limits, refused with TooLarge at the first chunk past
 * one; a part named twice makes the package damaged.
 */
export function inflateParts(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  deadline: Deadline
): Parts {
  const tooBig = oversize(bytes.length);
  if (tooBig) throw new TooLarge(tooBig);
  const declared = declaredEntries(bytes);
  if (declared > LIMITS.entries) throw new TooLarge(`${declared} > ${LIMITS.entries}`);
  const parts: Parts = new Map();
  let total = 0;
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > LIMITS.entries) throw new TooLarge(`${entries} > ${LIMITS.entries}`);
    if ((file.originalSize ?? 0) > LIMITS.entryBytes)
      throw new TooLarge(`${file.name}: ${MB(file.originalSize ?? 0)} > ${MB(LIMITS.entryBytes)}`);
    const name = file.name.replace(/^\//, "").toLowerCase();
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

/** The number of parts the package's end record declares (0 when there is none): checked before inflating. */
function declaredEntries(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end of central directory record: 22 bytes, after a comment of at most 65,535
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) return view.getUint16(i + 10, true);
  return 0;
}
