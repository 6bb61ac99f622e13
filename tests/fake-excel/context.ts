import { notLoaded } from "./errors";
import type { WorkbookModel } from "./model";

interface Op {
  path: string;
  action: string;
  args: unknown;
  run: () => void;
}

/** The version of ExcelApi a fake host supports, as "1.9" compares. */
export const atLeast = (have: string, need: string): boolean => {
  const [a, b] = have.split(".").map(Number) as [number, number];
  const [c, d] = need.split(".").map(Number) as [number, number];
  return a > c || (a === c && b >= d);
};

/** Commands queue on proxies and run against the model only at sync(), as in Excel. */
export class FakeContext {
  syncs = 0;
  readonly payloads: number[] = [];
  private queue: Op[] = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly model: WorkbookModel,
    readonly apiVersion: string
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    // the request body Excel receives, near enough: each action with its object path and arguments
    this.payloads.push(JSON.stringify(ops.map((o) => [o.path, o.action, o.args])).length);
    for (const op of ops) op.run();
  }
}

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

  load(props?: string | string[] | { select?: string }): this {
    const list = (
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props
          : (props?.select?.split(",") ?? this.loadable)
    )
      .map((p) => p.trim())
      .filter(Boolean);
    this.queue("load", list, () => {
      for (const p of list) this.loaded.set(p, this.read(p));
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

  protected queue(action: string, args: unknown, run: () => void): void {
    this.ctx.enqueue({ path: this.path, action, args, run });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
