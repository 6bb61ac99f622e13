import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { cellAddress, checkSheets, checkSummary, type CheckReport } from "../../core/check";
import { formById } from "../../core/catalogue";
import { text } from "../../core/messages";
import { failureText } from "../../core/merge/units";
import { fileVerdict } from "../../core/merge/verdict";
import { openWorkbook } from "../../xlsx/open";
import { fsReason, inputFile } from "../inputs";
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
    assessments: report.assessments.map(({ target, verdict, evidence, unmeasured }) => ({
      target,
      verdict,
      evidence,
      ...(unmeasured ? { unmeasured } : {}),
    })),
  });
}

function printReport(io: CliIO, json: CheckJson): void {
  io.out(
    text("check.heading", { file: basename(json.file), unit: json.unit ?? text("check.noUnit") })
  );
  io.out(checkSummary(json.errors, json.warnings));
  for (const form of [null, ...json.forms]) {
    const mine = json.problems.filter((p) => p.form === form);
    if (mine.length === 0) continue;
    io.out("");
    io.out(form === null ? text("sheet.cover") : formById(form).sheet);
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

/** cchc check FILE [--json]: 0 clean, 1 problems found, 2 the file cannot be read. */
export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean" } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(text("cli.needFile"));
  const file = positionals[0]!;
  const fail = (failure: string) => {
    if (values.json)
      io.out(
        JSON.stringify(
          CheckJsonSchema.parse({
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
          })
        )
      );
    else io.err(text("file.unreadable", { file, detail: failure }));
    return 2;
  };
  const input = await inputFile(file);
  if (input.failure) return fail(failureText(input.failure, input.detail));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return fail(failureText("damaged", fsReason(e)));
  }
  const opened = openWorkbook(bytes);
  if (!opened.ok) return fail(failureText(opened.reason, opened.detail));
  const report = checkSheets(opened.sheets);
  const verdict = fileVerdict(report);
  if (verdict) return fail(verdict.detail);
  const json = toJson(file, report);
  if (values.json) io.out(JSON.stringify(json, null, 2));
  else printReport(io, json);
  return json.problems.length === 0 ? 0 : 1;
}
