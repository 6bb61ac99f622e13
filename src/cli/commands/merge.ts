import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { text } from "../../core/messages";
import { mergeUnits, type MergeResult } from "../../core/merge/merge";
import { consolidatingUnit, mergeOutcome } from "../../core/merge/outcome";
import { mergeLayout } from "../../core/merge/output";
import { readRoster, rosterFromLines, type RosterEntry } from "../../core/merge/roster";
import { failureText, readUnit, type UnitEntry } from "../../core/merge/units";
import { openWorkbook } from "../../xlsx/open";
import { writeLayout } from "../../xlsx/write";
import { parseLevel, UsageError, type CliIO } from "../io";
import { MergeJsonSchema, type MergeJson } from "../report-schema";

/** Files as given, folders opened (their .xlsx files, recursively), in a stable order. */
async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) {
      const names = (await readdir(p)).sort((a, b) => a.localeCompare(b, "vi"));
      out.push(
        ...(await expand(
          names.filter((n) => !n.startsWith("~$") && !n.startsWith(".")).map((n) => join(p, n))
        ))
      );
    } else out.push(p);
  }
  return out;
}

async function readOne(path: string): Promise<UnitEntry> {
  const file = basename(path);
  const bytes = await readFile(path).catch((e: Error) => e);
  if (bytes instanceof Error) return readUnit({ file, failure: "damaged", detail: bytes.message });
  const opened = await openWorkbook(bytes);
  return readUnit(
    opened.ok
      ? { file, sheets: opened.sheets }
      : { file, failure: opened.reason, ...(opened.detail ? { detail: opened.detail } : {}) }
  );
}

async function rosterFrom(path: string): Promise<RosterEntry[]> {
  const bytes = await readFile(path);
  const opened = await openWorkbook(bytes);
  if (opened.ok) return readRoster(opened.sheets);
  if (opened.reason === "notXlsx") return rosterFromLines(bytes.toString("utf8"));
  throw new UsageError(
    text("cli.badRoster", { file: path, detail: failureText(opened.reason, opened.detail) })
  );
}

function toJson(out: string, r: MergeResult): MergeJson {
  return MergeJsonSchema.parse({
    out,
    files: r.lines.map((l) => ({
      file: l.file,
      unit: l.unit,
      level: l.level,
      status: l.status,
      detail: l.detail,
      errors: l.errors,
      warnings: l.warnings,
      included: l.included,
      notes: l.notes,
    })),
    duplicates: r.duplicates,
    missing: r.missing,
    merged: r.units.length,
  });
}

/** cchc merge FILES... --out FILE: 0 all merged cleanly, 1 some had problems, 2 nothing merged. */
export async function merge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      roster: { type: "string" },
      json: { type: "boolean" },
      unit: { type: "string" },
      level: { type: "string" },
      use: { type: "string", multiple: true },
      "skip-errors": { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (!values.out) throw new UsageError(text("cli.needOut"));
  if (positionals.length === 0) throw new UsageError(text("cli.needFiles"));
  const level = values.level === undefined ? undefined : parseLevel(values.level);
  const roster = values.roster ? await rosterFrom(values.roster) : [];

  const files = await expand(positionals);
  const entries: UnitEntry[] = [];
  for (const [i, f] of files.entries()) {
    const entry = await readOne(f);
    entries.push(entry);
    if (!values.json)
      io.err(
        text("cli.mergeProgress", {
          i: i + 1,
          n: files.length,
          file: entry.file,
          status: entry.detail,
        })
      );
  }
  const choices: Record<string, string> = {};
  for (const use of values.use ?? []) {
    const e = entries.find((x) => x.file === basename(use));
    if (!e?.unitKey) throw new UsageError(text("cli.unknownUse", { file: use }));
    choices[e.unitKey] = e.file;
  }
  const result = mergeUnits(entries, {
    roster,
    choices,
    skipErrors: values["skip-errors"] === true,
  });
  const outcome = mergeOutcome(result);
  if (outcome.verdict === "nothing") {
    if (values.json) io.out(JSON.stringify(toJson(values.out, result), null, 2));
    io.err(text("cli.nothingMerged"));
    return 2;
  }
  const info = consolidatingUnit({
    ...(values.unit ? { unit: values.unit } : {}),
    ...(level ? { level } : {}),
  });
  await writeFile(values.out, await writeLayout(mergeLayout(result, info)));
  const json = toJson(values.out, result);
  if (values.json) io.out(JSON.stringify(json, null, 2));
  else {
    io.out(text("cli.merged", { out: values.out, merged: outcome.merged, files: outcome.files }));
    for (const d of result.duplicates.filter((x) => x.chosen === null))
      io.out(text("cli.duplicate", { unit: d.unit, files: d.files.join(", ") }));
    if (outcome.missing.length > 0)
      io.out(text("cli.missing", { units: outcome.missing.join(", ") }));
  }
  return outcome.verdict === "clean" ? 0 : 1;
}
