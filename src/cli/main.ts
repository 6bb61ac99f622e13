import { CURRENT_ROUND, ROUNDS } from "../core/rounds";
import { text } from "../core/messages";
import { processIO, UsageError, type CliIO } from "./io";

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Each command loads what it needs (the .xlsx library above all) only when it runs. */
const commands: Record<string, () => Promise<Command>> = {
  template: () => import("./commands/template").then((m) => m.template),
  check: () => import("./commands/check").then((m) => m.check),
  merge: () => import("./commands/merge").then((m) => m.merge),
};

/** Runs one command line; returns the exit code (0 done, 1 problems found, 2 bad arguments or unreadable input). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(
      text("cli.help", {
        forms: CURRENT_ROUND.forms.map((f) => `${f.id} (${f.sheet})`).join(", "),
      })
    );
    return name === undefined ? 2 : 0;
  }
  if (name === "rounds") {
    for (const r of ROUNDS)
      io.out(
        text("cli.round", {
          id: r.id,
          name: r.name,
          version: r.version,
          forms: r.forms.map((f) => f.id).join(", "),
        })
      );
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.err(text("cli.unknownCommand", { command: name }));
    return 2;
  }
  try {
    return await (
      await load()
    )(args, io);
  } catch (e) {
    // parseArgs reports unknown or malformed options with a code; both are the user's to fix.
    const parseError =
      typeof e === "object" &&
      e !== null &&
      "code" in e &&
      String(e.code).startsWith("ERR_PARSE_ARGS");
    if (e instanceof UsageError || parseError) {
      const option = /'(-{1,2}[^']+)'/.exec((e as Error).message)?.[1];
      const detail =
        parseError && option ? text("cli.badOption", { option }) : (e as Error).message;
      io.err(text("cli.badArgs", { detail }));
      return 2;
    }
    // a mistake of ours: the user reads one Vietnamese line; CCHC_DEBUG=1 shows the trace for support
    io.err(text("cli.unexpected", { detail: e instanceof Error ? e.message : String(e) }));
    if (process.env.CCHC_DEBUG) io.err(e instanceof Error ? (e.stack ?? "") : "");
    return 2;
  }
}
