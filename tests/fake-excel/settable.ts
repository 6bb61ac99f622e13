import { FakeExcelError } from "./errors";

export type Write = (prop: string, value: unknown) => void;

/** Makes each named property record its set as an action that writes it at sync; unloaded, it refuses reads. */
export function settable<T extends object>(
  target: T,
  props: (keyof T & string)[],
  write: Write
): void {
  for (const prop of props)
    Object.defineProperty(target, prop, {
      set: (v: unknown) => write(prop, v),
      get: () => {
        throw new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available.`);
      },
    });
}
