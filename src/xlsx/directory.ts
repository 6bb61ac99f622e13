/** One part as the package's central directory lists it, its local header checked against it. */
export interface DirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  /** where its data starts in the package, and how many bytes it takes */
  start: number;
  compressed: number;
  /** the inflated size the package declares: a claim, checked against what inflating gives */
  declared: number;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;
/** a 32-bit field set to this means the real value is in a zip64 record */
const ZIP64 = 0xffffffff;
/** the flag saying a name is UTF-8 (otherwise code page 437, read as Latin-1 as fflate does) */
const UTF8_NAME = 0x0800;

const decoder = new TextDecoder();
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

const viewOf = (bytes: Uint8Array) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Where the end record is (-1 when there is none): 22 bytes, after a comment of at most 65,535. */
function endRecord(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === END) return i;
  return -1;
}

/** The number of parts the end record declares (0 when there is none): checked before inflating. */
export function declaredEntries(bytes: Uint8Array): number {
  const end = endRecord(bytes);
  return end < 0 ? 0 : viewOf(bytes).getUint16(end + 10, true);
}

/**
 * The parts a plain package lists in its central directory, or null when the package is anything else
 * (zip64, an entry pointing outside the file, a local header that disagrees with the directory): such a
 * package is left to the streaming reader, which trusts no header.
 */
export function centralDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  const view = viewOf(bytes);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = endRecord(bytes);
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || u32(at) !== CENTRAL) return null;
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const compressed = u32(at + 20);
    const declared = u32(at + 24);
    const local = u32(at + 42);
    if (next > end || compressed === ZIP64 || declared === ZIP64 || local === ZIP64) return null;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (local + 30 > bytes.length || u32(local) !== LOCAL || u16(local + 26) !== nameLength)
      return null;
    if (!nameBytes.every((b, i) => bytes[local + 30 + i] === b)) return null;
    const start = local + 30 + nameLength + u16(local + 28);
    if (start + compressed > bytes.length) return null;
    entries.push({
      name: u16(at + 8) & UTF8_NAME ? decoder.decode(nameBytes) : latin1(nameBytes),
      method: u16(at + 10),
      start,
      compressed,
      declared,
    });
    at = next;
  }
  return entries;
}
