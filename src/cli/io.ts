import { LevelSchema, type Level } from "../core/catalogue/schema";
import { text } from "../core/messages";
import { roundById, ROUNDS, type Round } from "../core/rounds";
import { visibleText } from "../core/read/clean";

/** Where the command line writes: process streams in use, buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Lines for a terminal: whatever a file held, nothing in them can drive the terminal. */
const safe = (t: string) => t.split("\n").map(visibleText).join("\n");

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(`${safe(t)}\n`),
  err: (t) => void process.stderr.write(`${safe(t)}\n`),
};

/** Thrown for wrong arguments: exit code 2 with the message. */
export class UsageError extends Error {}

/** A --level value, or a usage error naming it. */
/** A round by its id, as typed after --round, whatever its letter case. */
export function roundNamed(value: string): Round {
  const round = roundById(value.trim().toUpperCase());
  if (!round)
    throw new UsageError(
      text("cli.unknownRound", { round: value, known: ROUNDS.map((r) => r.id).join(", ") })
    );
  return round;
}

export function parseLevel(value: string): Level {
  const level = LevelSchema.safeParse(value);
  if (!level.success) throw new UsageError(text("cli.unknownLevel", { level: value }));
  return level.data;
}
