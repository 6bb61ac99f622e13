/* The JS heap of a page and of its workers, read through the DevTools protocol: the page's own session, and
 * each worker's through the page's (Target.sendMessageToTarget), as workers have no session of their own
 * in playwright. */
import type { CDPSession, Page } from "playwright-core";

export interface HeapWatch {
  /** bytes in use now, page and workers together; `collect`: garbage collected first */
  used(collect: boolean): Promise<number>;
}

export async function watchHeap(page: Page): Promise<HeapWatch> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let next = 1;
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.add(e.sessionId);
  });
  cdp.on("Target.detachedFromTarget", (e) => void workers.delete(e.sessionId));
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
  });
  await cdp.send("Target.setAutoAttach", {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const inWorker = async (sessionId: string, method: string): Promise<unknown> => {
    const id = next++;
    const answered = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    await cdp.send("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id, method }),
    });
    // a worker that ends meanwhile never answers
    const result = await Promise.race([
      answered,
      new Promise((resolve) => setTimeout(() => resolve(null), 1000)),
    ]);
    waiting.delete(id);
    return result;
  };
  return {
    async used(collect) {
      if (collect) {
        await cdp.send("HeapProfiler.collectGarbage");
        for (const w of workers) await inWorker(w, "HeapProfiler.collectGarbage");
      }
      let bytes = (await cdp.send("Runtime.getHeapUsage")).usedSize;
      for (const w of workers)
        bytes +=
          ((await inWorker(w, "Runtime.getHeapUsage")) as { usedSize: number } | null)?.usedSize ??
          0;
      return bytes;
    },
  };
}
