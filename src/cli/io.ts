import { LevelSchema, type Level } from "../core/catalogue/schema";
import { text } from "../core/messages";

/** Where the command line writes: process streams in use, buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(`${t}\n`),
  err: (t) => void process.stderr.write(`${t}\n`),
};

/** Thrown for wrong arguments: exit code 2 with the message. */
export class UsageError extends Error {}

/** A --level value, or a usage error naming it. */
export function parseLevel(value: string): Level {
  const level = LevelSchema.safeParse(value);
  if (!level.success) throw new UsageError(text("cli.unknownLevel", { level: value }));
  return level.data;
}
