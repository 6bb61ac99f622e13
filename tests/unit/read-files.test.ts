import { readFileSync } from "node:fs";
import { keepWorkbooks, readUnitFiles, type PickedFile } from "../../src/taskpane/read-files";
import { bodyRow, bodyRows } from "../../src/core/layout/body";
import { UNIT_ROWS, UNITS_ID } from "../../src/core/sheet-keys";
import { inlineSession, type MergeSession } from "../../src/taskpane/merge-session";
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

  it("tells each file as it is read, then as it is checked", async () => {
    const seen: string[] = [];
    const done = await readUnitFiles(
      files,
      (p) => seen.push(`${p.read}/${p.checked}/${p.n} ${p.file}`),
      new AbortController().signal,
      inlineSession()
    );
    expect(done).toBe(true);
    expect(seen).toEqual(
      ["a", "b", "c"].flatMap((f, i) =>
        [`${i}/${i}`, `${i + 1}/${i}`, `${i + 1}/${i + 1}`].map((c) => `${c}/3 ${f}.xlsx`)
      )
    );
  });

  it("merges what it read, and its answer crosses from a worker whole", async () => {
    const session = inlineSession();
    await readUnitFiles(files, () => undefined, new AbortController().signal, session);
    const answer = await session.merge({ roster: [], info: { unit: "UBND huyện" } });
    expect(answer.lines.map((l) => l.unit)).toEqual(["UBND xã a", "UBND xã b", "UBND xã c"]);
    expect(answer.outcome).toMatchObject({ verdict: "clean", merged: 3 });
    // what a worker posts is copied by the structured clone algorithm: data only, no functions
    const crossed = structuredClone(answer);
    const units = (a: typeof answer) => {
      const body = a.layout!.sheets.find((s) => s.id === UNITS_ID)!.body!;
      return Array.from({ length: bodyRows(body) }, (_, i) => bodyRow(body, i));
    };
    expect(units(crossed)).toEqual(units(answer));
    const names = answer
      .layout!.sheets.find((s) => s.id === UNITS_ID)!
      .cells.filter((c) => c.row === UNIT_ROWS.name && c.col > 5);
    expect(names.map((c) => c.value)).toEqual([
      "Số đơn vị có số liệu",
      "UBND xã a",
      "UBND xã b",
      "UBND xã c",
    ]);
  });

  it("waits for the user's choice when a unit sent two files", async () => {
    const session = inlineSession();
    await readUnitFiles(
      [files[0]!, { ...files[0]!, name: "a-sua.xlsx" }],
      () => undefined,
      new AbortController().signal,
      session
    );
    const asked = await session.merge({ roster: [], info: {} });
    expect([asked.duplicates.map((d) => d.files), asked.layout]).toEqual([
      [["a.xlsx", "a-sua.xlsx"]],
      null,
    ]);
    const chosen = await session.merge({
      roster: [],
      info: {},
      choices: { [asked.duplicates[0]!.unitKey]: "a-sua.xlsx" },
    });
    expect(chosen.outcome.merged).toBe(1);
    expect(chosen.layout).not.toBeNull();
  });

  it("stops when cancelled, and hands back nothing to write", async () => {
    const abort = new AbortController();
    const done = await readUnitFiles(
      files,
      (p) => p.read === 2 && abort.abort(),
      abort.signal,
      inlineSession()
    );
    expect(done).toBe(false);
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
    const session = inlineSession();
    await readUnitFiles([huge], () => undefined, new AbortController().signal, session);
    const { lines } = await session.merge({ roster: [], info: {} });
    expect(lines).toMatchObject([
      {
        status: "unreadable",
        detail: expect.stringMatching(/^Tệp quá lớn so với một báo cáo đơn vị \(50 MB > 50 MB\)/),
      },
    ]);
  });
});

describe("cancelling a read", () => {
  it("ends at once in the middle of a file, and stops the session", async () => {
    let stopped = false;
    const never: MergeSession = {
      read: () => new Promise<never>(() => undefined),
      add: () => new Promise<never>(() => undefined),
      merge: () => new Promise<never>(() => undefined),
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
    expect(await readUnitFiles([file], () => undefined, abort.signal, never)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
    expect(stopped).toBe(true);
  });

  it("lets go of the figures when stopped: the session answers nothing more", async () => {
    const session = inlineSession();
    session.stop();
    const answered = await Promise.race([
      session.merge({ roster: [], info: {} }).then(() => "answered"),
      new Promise((resolve) => setTimeout(() => resolve("silent"), 50)),
    ]);
    expect(answered).toBe("silent");
  });
});
