import { readFile, realpath } from "node:fs/promises";
import { basename, join } from "node:path";
import { checkSheets } from "../../core/check";
import { problemsLayout } from "../../core/problems-sheet";
import { roundOfWorkbook } from "../../core/rounds/workbook";
import { parseArgs } from "node:util";
import { text } from "../../core/messages";
import {
  mergeUnits,
  roundOfEntries,
  roundsOfEntries,
  type MergeResult,
} from "../../core/merge/merge";
import type { Round } from "../../core/rounds";
import { consolidatingUnit, mergeOutcome } from "../../core/merge/outcome";
import { mergeLayout } from "../../core/merge/output";
import { readRoster, rosterFromLines, type RosterEntry } from "../../core/merge/roster";
import { failureText, readUnit, type UnitEntry } from "../../core/merge/units";
import { openWorkbook } from "../../xlsx/open";
import { readUnitFile } from "../../xlsx/unit";
import { streamLayout } from "../../xlsx/write";
import {
  collectInputs,
  fsReason,
  outputPath,
  readInput,
  writeAtomically,
  type InputFile,
} from "../inputs";
import { parseLevel, roundNamed, UsageError, type CliIO } from "../io";
import { MergeJsonSchema, type MergeJson } from "../report-schema";

/** A file's bytes and fingerprint, or why they could not be had. */
type Fetched = ReturnType<typeof readInput> | { error: unknown } | null;

function fetchOne(file: InputFile): Fetched {
  if (file.failure) return null;
  try {
    return readInput(file);
  } catch (error) {
    return { error };
  }
}

function readOne(file: InputFile, fetched: Fetched, seen: Map<string, string>): UnitEntry {
  if (file.failure || fetched === null)
    return readUnit({
      file: file.path,
      failure: file.failure ?? "damaged",
      ...(file.detail ? { detail: file.detail } : {}),
    });
  if ("error" in fetched)
    return readUnit({ file: file.path, failure: "damaged", detail: fsReason(fetched.error) });
  const { bytes, hash } = fetched;
  const first = seen.get(hash);
  if (first !== undefined)
    return readUnit({ file: file.path, failure: "sameContent", detail: first });
  seen.set(hash, file.path);
  return readUnitFile(file.path, bytes, undefined, file.modified);
}

/** The round asked for, or the one the files were made for: never a mix of rounds unasked. */
function mergeRound(asked: string | undefined, entries: UnitEntry[]): Round {
  if (asked !== undefined) return roundNamed(asked);
  const named = roundsOfEntries(entries);
  if (named.length > 1)
    throw new UsageError(
      text("cli.mixedRounds", {
        rounds: named
          .map((id) =>
            text("cli.roundFiles", { round: id, n: entries.filter((e) => e.round === id).length })
          )
          .join(", "),
      })
    );
  return roundOfEntries(entries);
}

async function rosterFrom(path: string): Promise<RosterEntry[]> {
  const bytes = await readFile(path).catch((e: unknown) => {
    throw new UsageError(text("cli.badRoster", { file: path, detail: fsReason(e) }));
  });
  const opened = openWorkbook(bytes);
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
      ...(l.via ? { via: l.via } : {}),
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
      round: { type: "string" },
      "problems-dir": { type: "string" },
    },
    allowPositionals: true,
  });
  if (!values.out) throw new UsageError(text("cli.needOut"));
  if (positionals.length === 0) throw new UsageError(text("cli.needFiles"));
  const level = values.level === undefined ? undefined : parseLevel(values.level);
  const roster = values.roster ? await rosterFrom(values.roster) : [];
  const inputs = await collectInputs(positionals);
  const target = await outputPath(values.out, inputs, values.roster ? [values.roster] : []);
  const problemsDir = values["problems-dir"];
  // checked before anything is read: never inside the inputs, and there to write into
  if (problemsDir !== undefined) await outputPath(join(problemsDir, "x.xlsx"), inputs);

  const files = inputs.files;
  const seen = new Map<string, string>();
  const entries: UnitEntry[] = [];
  for (const [i, f] of files.entries()) {
    const entry = readOne(f, fetchOne(f), seen);
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
    // by the file itself, never by its name: two folders may each hold an "an-binh.xlsx"
    const real = await realpath(use).catch(() => null);
    const e = entries.find((_, i) => real !== null && files[i]!.real === real);
    if (!e?.unitKey) throw new UsageError(text("cli.unknownUse", { file: use }));
    choices[e.unitKey] = e.file;
    // a consolidation named: its copy of each of its units counts
    for (const m of e.members ?? []) if (m.unitKey) choices[m.unitKey] = m.file;
  }
  const round = mergeRound(values.round, entries);
  const result = mergeUnits(entries, round, {
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
  const layout = mergeLayout(result, info, round);
  await writeAtomically(target, (write) => streamLayout(layout, write));
  const json = toJson(values.out, result);
  if (values.json) io.out(JSON.stringify(json, null, 2));
  else {
    io.out(text("cli.merged", { out: values.out, merged: outcome.merged, files: outcome.files }));
    for (const d of result.duplicates.filter((x) => x.chosen === null))
      io.out(text("cli.duplicate", { unit: d.unit, files: d.files.join(", ") }));
    if (outcome.missing.length > 0)
      io.out(text("cli.missing", { units: outcome.missing.join(", ") }));
  }
  if (problemsDir !== undefined) {
    const written = await writeProblemLists(problemsDir, inputs, entries);
    io.err(text("cli.problemListsWritten", { count: written, dir: problemsDir }));
  }
  return outcome.verdict === "clean" ? 0 : 1;
}

/**
 * One problem list a file that had problems, to send back to its unit: the file checked again (the merge kept
 * only its first problems), written beside the others as "<file> - danh sách lỗi.xlsx". Returns how many.
 */
async function writeProblemLists(
  dir: string,
  inputs: Awaited<ReturnType<typeof collectInputs>>,
  entries: UnitEntry[]
): Promise<number> {
  const taken = new Set<string>();
  let written = 0;
  for (const [i, e] of entries.entries()) {
    if (e.errors + e.warnings === 0) continue;
    const opened = openWorkbook(readInput(inputs.files[i]!).bytes);
    if (!opened.ok) continue;
    const report = checkSheets(opened.sheets, roundOfWorkbook(opened.sheets));
    const base = basename(e.file).replace(/\.xlsx$/i, "");
    let name = text("cli.problemListName", { file: base });
    for (let n = 2; taken.has(name.toLowerCase()); n++)
      name = text("cli.problemListName", { file: `${base} (${n})` });
    taken.add(name.toLowerCase());
    const target = await outputPath(join(dir, name), inputs);
    await writeAtomically(target, (write) =>
      streamLayout(problemsLayout(report.problems, e.unit, report.round), write)
    );
    written++;
  }
  return written;
}
