/**
 * What a unit's workbook may weigh. A filled workbook of every form is about 60 KB, 1 MB unzipped, a few
 * hundred rows a sheet, read in a few milliseconds: these leave room for notes and pictures while a zip bomb
 * (1 MB that inflates to 1 GB), a sheet of a million rows or a file made to be slow is refused, so that time
 * and memory stay bounded whatever the file.
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
  /** rows of a sheet that carries figures (cover, roster, forms) holding a value */
  rows: 20_000,
  /** columns of such a sheet holding a value */
  columns: 256,
  /** columns of a consolidation's per-unit sheet (a column a unit) holding a value: as many as Excel has */
  memberColumns: 16_384,
  /** cells of a consolidation's per-unit sheet, each row counted to its last value: 2 000 units of every
   * figure are under 4 million */
  memberCells: 6_000_000,
  /** reading one file */
  readSeconds: 20,
} as const;

/** A size as the limits' messages say it. */
export const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** Why a file is refused by its size alone, before a byte of it is read ("60 MB > 50 MB"); null when it may be read. */
export const oversize = (bytes: number): string | null =>
  bytes > LIMITS.fileBytes ? `${MB(bytes)} > ${MB(LIMITS.fileBytes)}` : null;

/** Why a package is refused: a limit passed, said with the figures ("một phần 32 MB…"). */
export class TooLarge extends Error {}

/** Why a file's reading stopped: it took longer than its bound. */
export class TooSlow extends Error {}

/** The time one file may take to read: checked between chunks of work, so that no input runs on. */
export class Deadline {
  private readonly end: number;

  constructor(
    private readonly seconds: number = LIMITS.readSeconds,
    private readonly now: () => number = Date.now
  ) {
    this.end = now() + seconds * 1000;
  }

  check(): void {
    if (this.now() > this.end) throw new TooSlow(`hơn ${this.seconds} giây`);
  }
}
