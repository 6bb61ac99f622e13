import { catalogue } from "../core/catalogue";
import { text } from "../core/messages";
import { check } from "./commands/check";
import { merge } from "./commands/merge";
import { template } from "./commands/template";
import { processIO, UsageError, type CliIO } from "./io";

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, Command> = { template, check, merge };

/** Runs one command line; returns the exit code (0 done, 1 problems found, 2 bad arguments or unreadable input). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(
      text("cli.help", { forms: catalogue.forms.map((f) => `${f.id} (${f.sheet})`).join(", ") })
    );
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(text("cli.unknownCommand", { command: name }));
    return 2;
  }
  try {
    return await command(args, io);
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
    throw e;
  }
}
