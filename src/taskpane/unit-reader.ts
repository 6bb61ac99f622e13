import type { UnitEntry } from "../core/merge/units";
import { readUnitFile } from "../xlsx/unit";

/** Where files are read: on the page itself, or in a worker so that the pane stays responsive. */
export interface UnitReader {
  read(file: string, bytes: ArrayBuffer): Promise<UnitEntry>;
  /** ends any reading under way at once; the reader is not used again */
  stop(): void;
}

export const inlineReader = (): UnitReader => ({
  read: async (file, bytes) => readUnitFile(file, new Uint8Array(bytes)),
  stop: () => undefined,
});

/** What the reading worker is sent and answers. */
export interface ReadRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
}
export type ReadAnswer = { id: number; entry: UnitEntry } | { id: number; error: string };

/**
 * Reads in a worker: the bytes are handed over (not copied), the page never blocks, and stop() ends a read
 * in the middle of a file by ending the worker.
 */
export function workerReader(worker: Worker): UnitReader {
  let next = 0;
  const waiting = new Map<number, { ok: (e: UnitEntry) => void; fail: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<ReadAnswer>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if ("entry" in e.data) w?.ok(e.data.entry);
    else w?.fail(new Error(e.data.error));
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.fail(new Error(e.message));
    waiting.clear();
  };
  return {
    read: (file, bytes) =>
      new Promise((ok, fail) => {
        const id = next++;
        waiting.set(id, { ok, fail });
        worker.postMessage({ id, file, bytes } satisfies ReadRequest, [bytes]);
      }),
    stop: () => worker.terminate(),
  };
}
