import { readFileSync } from "node:fs";
import { keepWorkbooks, readUnitFiles, type PickedFile } from "../../src/taskpane/read-files";
import type { UnitReader } from "../../src/taskpane/unit-reader";
import { LIMITS } from "../../src/xlsx/limits";
import { tempDir, writeUnitFile } from "../support/files";

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe("reading the picked files", () => {
  let files: PickedFile[];
  beforeAll(async () => {
    const dir = tempDir();
    files = await Promise.all(
      ["a", "b", "c"].map(async (n) =>
        picked(
          `${n}.xlsx`,
          readFileSync(
            await writeUnitFile(
              dir,
              `${n}.xlsx`,
              { PL1: { "pl1.plan.tasks": { y2021: 1 } } },
              { unit: `UBND xã ${n}`, level: "xa" }
            )
          )
        )
      )
    );
  });

  it("names each file as it reads it", async () => {
    const seen: string[] = [];
    const entries = await readUnitFiles(
      files,
      (i, n, f) => seen.push(`${i}/${n} ${f}`),
      new AbortController().signal
    );
    expect(seen).toEqual(["1/3 a.xlsx", "2/3 b.xlsx", "3/3 c.xlsx"]);
    expect(entries?.map((e) => e.unit)).toEqual(["UBND xã a", "UBND xã b", "UBND xã c"]);
  });

  it("stops when cancelled, and hands back nothing to write", async () => {
    const abort = new AbortController();
    const entries = await readUnitFiles(files, (i) => i === 2 && abort.abort(), abort.signal);
    expect(entries).toBeNull();
  });

  it("leaves out Office lock files and hidden files", () => {
    expect(
      keepWorkbooks([
        { name: "b.xlsx" },
        { name: "~$b.xlsx" },
        { name: ".DS_Store" },
        { name: "a.xlsx" },
      ]).map((f) => f.name)
    ).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("never reads a file over the size limit", async () => {
    const huge: PickedFile = {
      name: "qua-lon.xlsx",
      size: LIMITS.fileBytes + 1,
      arrayBuffer: async () => {
        throw new Error("read");
      },
    };
    const [entry] = (await readUnitFiles([huge], () => undefined, new AbortController().signal))!;
    expect(entry).toMatchObject({
      status: "unreadable",
      detail: expect.stringMatching(/^Tệp quá lớn so với một báo cáo đơn vị \(50 MB > 50 MB\)/),
    });
  });
});

describe("cancelling a read", () => {
  it("ends at once in the middle of a file, and stops the reader", async () => {
    let stopped = false;
    const never: UnitReader = {
      read: () => new Promise<never>(() => undefined),
      stop: () => void (stopped = true),
    };
    const abort = new AbortController();
    const file: PickedFile = {
      name: "cham.xlsx",
      size: 10,
      arrayBuffer: async () => new ArrayBuffer(10),
    };
    setTimeout(() => abort.abort(), 20);
    const started = Date.now();
    expect(await readUnitFiles([file], () => undefined, abort.signal, never)).toBeNull();
    expect(Date.now() - started).toBeLessThan(500);
    expect(stopped).toBe(true);
  });
});
