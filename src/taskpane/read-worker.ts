/// <reference lib="webworker" />
import { readUnitBytes, type ReadAnswer, type ReadRequest } from "./unit-reader";

// the worker that reads units' files off the page: one request at a time, answered with the unit's entry
self.onmessage = (e: MessageEvent<ReadRequest>) => {
  const { id, file, bytes } = e.data;
  let answer: ReadAnswer;
  try {
    answer = { id, entry: readUnitBytes(file, bytes) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
