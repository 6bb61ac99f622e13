import { Unzip, UnzipInflate } from "fflate";

/**
 * What a unit's workbook may weigh. A filled workbook of every form is about 60 KB, 1 MB unzipped: these
 * leave room for notes and pictures while a zip bomb (1 MB that inflates to 1 GB) or a sheet of a million rows
 * is refused before the .xlsx library reads it, so that time and memory stay bounded whatever the file.
 */
export const LIMITS = {
  /** the file itself */
  fileBytes: 50 * 1024 * 1024,
  /** one part of the package (a sheet's XML, the shared strings) once inflated */
  entryBytes: 32 * 1024 * 1024,
  /** every part together once inflated */
  totalBytes: 128 * 1024 * 1024,
  /** parts in the package */
  entries: 5000,
} as const;

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Why a package is refused: a limit passed, said with the figures ("một phần 32 MB…"). */
export class TooLarge extends Error {}

/**
 * Inflates every part of the package into nothing but a running count, so that neither a size declared
 * falsely nor a bomb can take more than the limits: refused with TooLarge at the first byte past a limit.
 */
export function checkPackage(bytes: Uint8Array): void {
  if (bytes.length > LIMITS.fileBytes)
    throw new TooLarge(`${MB(bytes.length)} > ${MB(LIMITS.fileBytes)}`);
  const declared = declaredEntries(bytes);
  if (declared > LIMITS.entries) throw new TooLarge(`${declared} > ${LIMITS.entries}`);
  let total = 0;
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > LIMITS.entries) throw new TooLarge(`${entries} > ${LIMITS.entries}`);
    if ((file.originalSize ?? 0) > LIMITS.entryBytes)
      throw new TooLarge(`${file.name}: ${MB(file.originalSize ?? 0)} > ${MB(LIMITS.entryBytes)}`);
    let size = 0;
    file.ondata = (err, chunk) => {
      if (err) throw err;
      size += chunk.length;
      total += chunk.length;
      if (size > LIMITS.entryBytes) throw new TooLarge(`${file.name}: > ${MB(LIMITS.entryBytes)}`);
      if (total > LIMITS.totalBytes) throw new TooLarge(`> ${MB(LIMITS.totalBytes)}`);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
}

/** The number of parts the package's end record declares (0 when there is none): checked before inflating. */
function declaredEntries(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end of central directory record: 22 bytes, after a comment of at most 65,535
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) return view.getUint16(i + 10, true);
  return 0;
}
