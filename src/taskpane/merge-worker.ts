/// <reference lib="webworker" />
import { sessionWork, type SessionAnswer, type SessionRequest } from "./merge-session";

// the worker of a Tổng hợp: reads, checks and keeps the units' figures, and merges them when asked
const work = sessionWork();
self.onmessage = (e: MessageEvent<SessionRequest>) =>
  work.handle(e.data, (answer: SessionAnswer) => self.postMessage(answer));
