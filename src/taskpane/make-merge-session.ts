import { inlineSession, workerSession, type MergeSession } from "./merge-session";

/** A session in a worker where the webview has workers (every supported one), on the page otherwise. */
export const makeMergeSession = (): MergeSession =>
  typeof Worker === "undefined"
    ? inlineSession()
    : workerSession(new Worker(new URL("./merge-worker.ts", import.meta.url)));
