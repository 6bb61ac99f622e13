import { FakeExcelError, apiNotFound, notLoaded } from "./errors";
import type { WorkbookModel } from "./model";

interface Op {
  path: string;
  action: string;
  args: unknown;
  /** applies the command; what it returns goes back in the response */
  run: () => unknown;
  /** for a load: makes the values readable once the response has arrived whole */
  commit?: () => void;
  /** the requirement set the command belongs to: a lower Excel rejects the sync when it meets it */
  needs?: { api: string; set: string };
}

/** Excel on the web refuses a request, or a response, larger than 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** The version of ExcelApi a fake host supports, as "1.9" compares. */
export const atLeast = (have: string, need: string): boolean => {
  const [a, b] = have.split(".").map(Number) as [number, number];
  const [c, d] = need.split(".").map(Number) as [number, number];
  return a > c || (a === c && b >= d);
};

/** Commands queue on proxies and run against the model only at sync(), as in Excel. */
export class FakeContext {
  syncs = 0;
  /** bytes of each request and of each response, with Office's envelope */
  readonly payloads: number[] = [];
  readonly responses: number[] = [];
  private queue: Op[] = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly model: WorkbookModel,
    readonly apiVersion: string
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /**
   * One round trip: the whole request is refused while a cell is being edited or when it is over 5 MB;
   * then the commands run in order, and a failing one rejects the sync with the commands before it
   * applied and those after it not; a response over 5 MB is refused too, and nothing loaded is readable.
   */
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.model.latencyMs > 0)
      await new Promise((done) => setTimeout(done, this.model.latencyMs));
    if (this.model.cellEditMode)
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
      );
    const request = bytes({
      Actions: ops.map((o, i) => ({
        Id: i,
        ObjectPathId: o.path,
        Name: o.action,
        ArgumentInfo: { Arguments: o.args },
      })),
    });
    this.payloads.push(request);
    if (request > PAYLOAD_LIMIT)
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    const results: unknown[] = [];
    for (const op of ops) {
      if (op.needs && !atLeast(this.apiVersion, op.needs.set))
        throw apiNotFound(op.needs.api, op.needs.set);
      const fault = this.model.faults.findIndex((f) => f.action === op.action);
      if (fault >= 0)
        throw new FakeExcelError(
          this.model.faults.splice(fault, 1)[0]!.code,
          `injected failure of ${op.action}`
        );
      const r = op.run();
      if (r !== undefined) results.push(r);
    }
    const response = bytes({ Results: results });
    this.responses.push(response);
    if (response > PAYLOAD_LIMIT)
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    for (const op of ops) op.commit?.();
  }
}

/** What load() takes, as Office.js does: "a,b", ["a", "b"], or { select: … }. */
export type LoadProps = string | string[] | { select?: string | string[] | undefined };

/** A proxy: property reads need load + sync first, writes and calls queue until sync. */
export abstract class Proxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string
  ) {}

  get context(): FakeContext {
    return this.ctx;
  }

  protected abstract read(prop: string): unknown;
  protected abstract readonly loadable: string[];

  load(props?: LoadProps): this {
    const select =
      props && typeof props === "object" && !Array.isArray(props) ? props.select : undefined;
    const list = (
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props
          : typeof select === "string"
            ? select.split(",")
            : (select ?? this.loadable)
    )
      .map((p) => p.trim())
      .filter(Boolean);
    const staged = new Map<string, unknown>();
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      args: list,
      run: () => {
        for (const p of list) staged.set(p, this.read(p));
        return Object.fromEntries(staged);
      },
      commit: () => staged.forEach((v, k) => this.loaded.set(k, v)),
    });
    return this;
  }

  loadedSet(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected queue(
    action: string,
    args: unknown,
    run: () => void,
    needs?: { api: string; set: string }
  ): void {
    this.ctx.enqueue({ path: this.path, action, args, run, ...(needs ? { needs } : {}) });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
