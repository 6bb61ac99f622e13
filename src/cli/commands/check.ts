import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { cellAddress, checkSheets, checkSummary, type CheckReport } from "../../core/check";
import { formIn } from "../../core/catalogue";
import type { Round } from "../../core/rounds";
import { roundOfWorkbook } from "../../core/rounds/workbook";
import { text } from "../../core/messages";
import { failureText } from "../../core/merge/units";
import { fileVerdict } from "../../core/merge/verdict";
import { openWorkbook } from "../../xlsx/open";
import { problemsLayout } from "../../core/problems-sheet";
import {
  collectInputs,
  fsReason,
  inputFile,
  outputPath,
  writeAtomically,
  type InputFile,
} from "../inputs";
import { UsageError, type CliIO } from "../io";
import { CheckJsonSchema, type CheckJson } from "../report-schema";

function toJson(file: string, report: CheckReport): CheckJson {
  return CheckJsonSchema.parse({
    file,
    readable: true,
    unit: report.cover.unit ?? null,
    level: report.level,
    templateVersion: report.cover.version ?? null,
    forms: report.forms,
    errors: report.problems.filter((p) => p.severity === "error").length,
    warnings: report.problems.filter((p) => p.severity === "warning").length,
    problems: report.problems.map(({ cells, ...p }) => ({
      ...p,
      cells: cells.map(({ at, ...ref }) =>
        at ? { ...ref, sheet: at.sheet, address: cellAddress(at) } : ref
      ),
    })),
    rules: report.stats,
    assessments: report.assessments.map(({ target, verdict, proposed, evidence, unmeasured }) => ({
      target,
      verdict,
      proposed,
      evidence,
      ...(unmeasured ? { unmeasured } : {}),
    })),
  });
}

function printReport(io: CliIO, json: CheckJson, round: Round): void {
  io.out(
    text("check.heading", { file: basename(json.file), unit: json.unit ?? text("check.noUnit") })
  );
  io.out(checkSummary(json.errors, json.warnings));
  for (const form of [null, ...json.forms]) {
    const mine = json.problems.filter((p) => p.form === form);
    if (mine.length === 0) continue;
    io.out("");
    io.out(form === null ? text("sheet.cover") : formIn(round, form).sheet);
    for (const p of [...mine].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    )) {
      const where = p.cells.flatMap((c) => (c.address ? [c.address] : [])).join(", ");
      io.out(
        `  [${text(p.severity === "error" ? "severity.error" : "severity.warning")}]${where ? ` ${where}:` : ""} ${p.message}`
      );
    }
  }
}

/** What one file gave: its exit code (0 clean, 1 problems, 2 unreadable) and its report. */
interface Checked {
  code: 0 | 1 | 2;
  json: CheckJson;
  report?: CheckReport;
}

const unreadable = (file: string, failure: string): Checked => ({
  code: 2,
  json: CheckJsonSchema.parse({
    file,
    readable: false,
    failure,
    unit: null,
    level: null,
    templateVersion: null,
    forms: [],
    errors: 0,
    warnings: 0,
    problems: [],
    rules: [],
    assessments: [],
  }),
});

async function checkOne(input: InputFile): Promise<Checked> {
  if (input.failure) return unreadable(input.path, failureText(input.failure, input.detail));
  let bytes: Buffer;
  try {
    bytes = await readFile(input.path);
  } catch (e) {
    return unreadable(input.path, failureText("damaged", fsReason(e)));
  }
  const opened = openWorkbook(bytes);
  if (!opened.ok) return unreadable(input.path, failureText(opened.reason, opened.detail));
  const report = checkSheets(opened.sheets, roundOfWorkbook(opened.sheets));
  const verdict = fileVerdict(report, report.round);
  if (verdict) return unreadable(input.path, verdict.detail);
  const json = toJson(input.path, report);
  return { code: json.problems.length === 0 ? 0 : 1, json, report };
}

function print(io: CliIO, { json, report }: Checked): void {
  if (json.readable && report) printReport(io, json, report.round);
  else io.err(text("file.unreadable", { file: json.file, detail: json.failure ?? "" }));
}

/**
 * cchc check FILES_OR_FOLDERS... [--json]: every workbook checked in one process. The exit code is the
 * highest of the files': 0 all clean, 1 problems found, 2 a file cannot be read. One file named gives its
 * report (one JSON object); several, or a folder, give each report in turn and a count (a JSON array).
 */
export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean" }, problems: { type: "string" } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError(text("cli.needFile"));
  const folder = async (p: string) => (await stat(p).catch(() => null))?.isDirectory() === true;
  const single = positionals.length === 1 && !(await folder(positionals[0]!));
  const files = single
    ? [await inputFile(positionals[0]!)]
    : (await collectInputs(positionals)).files;
  if (values.problems !== undefined && !single) throw new UsageError(text("cli.problemsOneFile"));
  if (files.length === 0)
    throw new UsageError(text("cli.noWorkbooks", { paths: positionals.join(", ") }));
  const results: Checked[] = [];
  for (const file of files) {
    const checked = await checkOne(file);
    results.push(checked);
    if (values.json) continue;
    if (results.length > 1) io.out("");
    print(io, checked);
  }
  const report = results[0]?.report;
  if (values.problems !== undefined && report) {
    // the list a unit can act on, beside its file: never over one of the inputs
    const target = await outputPath(values.problems, { files, folders: [] });
    // the .xlsx writer is loaded only for this: a plain check starts without it
    const { writeLayout } = await import("../../xlsx/write");
    await writeAtomically(
      target,
      await writeLayout(problemsLayout(report.problems, report.cover.unit ?? null, report.round))
    );
    io.err(text("cli.problemsWritten", { count: report.problems.length, file: target }));
  }
  if (values.json)
    io.out(JSON.stringify(single ? results[0]!.json : results.map((r) => r.json), null, 2));
  else if (!single)
    io.out(
      `\n${text("check.total", {
        files: results.length,
        clean: results.filter((r) => r.code === 0).length,
        problems: results.filter((r) => r.code === 1).length,
        unreadable: results.filter((r) => r.code === 2).length,
      })}`
    );
  return Math.max(...results.map((r) => r.code));
}
