/// <reference lib="webworker" />
import { readUnitFile } from "../xlsx/unit";
import type { ReadAnswer, ReadRequest } from "./unit-reader";

// the worker that reads units' files off the page: one request at a time, answered with the unit's entry
self.onmessage = (e: MessageEvent<ReadRequest>) => {
  const { id, file, bytes } = e.data;
  let answer: ReadAnswer;
  try {
    answer = { id, entry: readUnitFile(file, new Uint8Array(bytes)) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
