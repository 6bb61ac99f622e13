import { inlineReader, workerReader, type UnitReader } from "./unit-reader";

/** A reader in a worker where the webview has workers (every supported one), on the page otherwise. */
export const makeUnitReader = (): UnitReader =>
  typeof Worker === "undefined"
    ? inlineReader()
    : workerReader(new Worker(new URL("./read-worker.ts", import.meta.url)));
