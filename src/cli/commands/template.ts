import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildWorkbookLayout, type TemplateOptions } from "../../core/layout";
import { text } from "../../core/messages";
import { writeLayout } from "../../xlsx/write";
import { parseLevel, roundNamed, UsageError, type CliIO } from "../io";
import { CURRENT_ROUND, type Round } from "../../core/rounds";

export function templateOptions(args: string[]): {
  out: string;
  round: Round;
  options: TemplateOptions;
  password?: string;
} {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      forms: { type: "string" },
      unit: { type: "string" },
      level: { type: "string" },
      round: { type: "string" },
      period: { type: "string" },
      password: { type: "string" },
    },
    allowPositionals: false,
  });
  if (!values.out) throw new UsageError(text("cli.needOut"));
  const round = values.round === undefined ? CURRENT_ROUND : roundNamed(values.round);
  const options: TemplateOptions = {};
  if (values.forms) {
    const forms = values.forms
      .split(",")
      .map((f) => f.trim().toUpperCase())
      .filter(Boolean);
    const known = round.forms.map((f) => f.id);
    const unknown = forms.filter((f) => !known.includes(f));
    if (unknown.length > 0)
      throw new UsageError(
        text("cli.unknownForms", { forms: unknown.join(", "), known: known.join(", ") })
      );
    options.forms = forms;
  }
  if (values.level !== undefined) options.level = parseLevel(values.level);
  if (values.unit !== undefined) options.unit = values.unit;
  if (values.period !== undefined) options.round = values.period;
  return {
    out: values.out,
    round,
    options,
    ...(values.password ? { password: values.password } : {}),
  };
}

export async function template(args: string[], io: CliIO): Promise<number> {
  const { out, round, options, password } = templateOptions(args);
  const layout = buildWorkbookLayout(round, options);
  try {
    await writeFile(out, await writeLayout(layout, password === undefined ? {} : { password }));
  } catch (e) {
    io.err(text("cli.writeFailed", { file: out, detail: (e as Error).message }));
    return 2;
  }
  io.out(text("cli.written", { file: out, count: layout.sheets.length }));
  return 0;
}
