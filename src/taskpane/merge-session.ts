import { answerMerge, type MergeAnswer, type MergeRequest } from "../core/merge/answer";
import type { UnitEntry } from "../core/merge/units";
import { readUnitFile } from "../xlsx/unit";

/**
 * Where a Tổng hợp's files are read, checked and merged: in a worker, so that the pane stays responsive
 * and Hủy acts at once, or on the page where there are no workers. The entries stay where they were read.
 */
export interface MergeSession {
  /** reads and checks one file; `onRead` is told when it is read, before it is checked */
  read(file: string, bytes: ArrayBuffer, onRead: () => void, modified?: number): Promise<void>;
  /** a file the page could not hand over (too large): its entry, made on the page */
  add(entry: UnitEntry): Promise<void>;
  merge(request: MergeRequest): Promise<MergeAnswer>;
  /** ends any work under way at once and lets go of the entries; the session is not used again */
  stop(): void;
}

/** What the session's worker is asked. */
type SessionCall =
  | { kind: "read"; file: string; bytes: ArrayBuffer; modified?: number }
  | { kind: "add"; entry: UnitEntry }
  | { kind: "merge"; request: MergeRequest };
export type SessionRequest = { id: number } & SessionCall;

/** What it answers: a file read (more to come), a request done, or why it failed. */
export type SessionAnswer = { id: number } & (
  | { kind: "read" }
  | { kind: "done" }
  | { kind: "merged"; answer: MergeAnswer }
  | { kind: "failed"; message: string }
);

/** The work itself, the same in a worker and on the page. */
export function sessionWork(): {
  handle(request: SessionRequest, answer: (a: SessionAnswer) => void): void;
} {
  const entries: UnitEntry[] = [];
  return {
    handle(request, answer) {
      const { id } = request;
      try {
        switch (request.kind) {
          case "read":
            entries.push(
              readUnitFile(
                request.file,
                new Uint8Array(request.bytes),
                () => answer({ id, kind: "read" }),
                request.modified
              )
            );
            return answer({ id, kind: "done" });
          case "add":
            entries.push(request.entry);
            return answer({ id, kind: "done" });
          case "merge":
            return answer({ id, kind: "merged", answer: answerMerge(entries, request.request) });
        }
      } catch (error) {
        answer({
          id,
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}

type Pending = {
  ok: (a: SessionAnswer) => void;
  fail: (e: Error) => void;
  onRead?: () => void;
};

/** A session over a channel that answers SessionRequests: a worker, or the work called in place. */
function sessionOver(
  send: (request: SessionRequest, transfer: Transferable[]) => void,
  listen: (on: (a: SessionAnswer) => void, onError: (message: string) => void) => void,
  end: () => void
): MergeSession {
  let next = 0;
  const pending = new Map<number, Pending>();
  listen(
    (a) => {
      const p = pending.get(a.id);
      if (!p) return;
      if (a.kind === "read") return p.onRead?.();
      pending.delete(a.id);
      if (a.kind === "failed") p.fail(new Error(a.message));
      else p.ok(a);
    },
    (message) => {
      for (const p of pending.values()) p.fail(new Error(message));
      pending.clear();
    }
  );
  const ask = (call: SessionCall, transfer: Transferable[] = [], onRead?: () => void) =>
    new Promise<SessionAnswer>((ok, fail) => {
      const id = next++;
      pending.set(id, { ok, fail, ...(onRead ? { onRead } : {}) });
      send({ ...call, id }, transfer);
    });
  return {
    read: async (file, bytes, onRead, modified) =>
      void (await ask(
        { kind: "read", file, bytes, ...(modified === undefined ? {} : { modified }) },
        [bytes],
        onRead
      )),
    add: async (entry) => void (await ask({ kind: "add", entry })),
    merge: async (request) => {
      const a = await ask({ kind: "merge", request });
      if (a.kind !== "merged") throw new Error(`merge answered ${a.kind}`);
      return a.answer;
    },
    stop: () => {
      end();
      pending.clear();
    },
  };
}

/**
 * The work's result, or null as soon as the signal is aborted (the session then stopped, even in the
 * middle of a file).
 */
export function untilStopped<T>(
  signal: AbortSignal,
  work: Promise<T>,
  session: MergeSession
): Promise<T | null> {
  if (signal.aborted) {
    session.stop();
    return Promise.resolve(null);
  }
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = () => {
      session.stop();
      resolve(null);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    );
  });
}

/** The work in a worker: the bytes handed over, not copied; stop() ends the worker, mid-file if need be. */
export const workerSession = (worker: Worker): MergeSession =>
  sessionOver(
    (request, transfer) => worker.postMessage(request, transfer),
    (on, onError) => {
      worker.onmessage = (e: MessageEvent<SessionAnswer>) => on(e.data);
      worker.onerror = (e) => onError(e.message);
    },
    () => worker.terminate()
  );

/** The work on the page, for webviews without workers and for tests. */
export function inlineSession(): MergeSession {
  let work: ReturnType<typeof sessionWork> | null = sessionWork();
  let on: (a: SessionAnswer) => void = () => undefined;
  return sessionOver(
    (request) => work?.handle(request, on),
    (listener) => (on = listener),
    () => (work = null)
  );
}
