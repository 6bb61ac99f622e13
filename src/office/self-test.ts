import type { ExcelContext } from "./excel-api";
import type { MessageCode } from "../core/messages";
import type { ExcelHost } from "./host";
import { temporaryNames } from "./set-aside";

/** A check of one call the add-in relies on, run against the user's own Excel. */
interface Step {
  id: string;
  label: MessageCode;
  /** the ExcelApi set it needs: below it the step is not run and reported as such */
  needs?: string;
  run: (context: ExcelContext, scratch: Scratch) => Promise<void>;
}

interface Scratch {
  /** a sheet made for the test, and a second one for the checks that need two */
  sheet: string;
  other: string;
}

export type StepOutcome = "ok" | "failed" | "unsupported";

export interface StepResult {
  id: string;
  label: MessageCode;
  outcome: StepOutcome;
  /** Excel's error code and message when it failed, the set it needs when unsupported */
  detail: string;
}

export interface SelfTestReport {
  steps: StepResult[];
  /** the highest ExcelApi requirement set this Excel supports */
  apiVersion: string;
  about: { version: string; platform: string; webview: string };
  /** null when the scratch sheets were removed; else why they could not be */
  cleanupFailure: string | null;
}

/** A step's own failure, when Excel did not throw but answered wrong. */
class Unexpected extends Error {
  readonly code = "Unexpected";
}

const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Unexpected(what);
};

const failsWith = async (context: ExcelContext, code: string) => {
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code === code) return;
    throw e;
  }
  throw new Unexpected(`expected ${code}`);
};

const STEPS: Step[] = [
  {
    id: "formulaBinding",
    label: "ui.selfTest.formulaBinding",
    run: async (context, s) => {
      // the order the add-in uses: the referenced sheet has its final name before the formula is written
      const sheets = context.workbook.worksheets;
      sheets.getItem(s.other).getRange("A1").values = [[21]];
      const cell = sheets.getItem(s.sheet).getRange("A1");
      cell.formulas = [[`='${s.other}'!A1*2`]];
      cell.load("formulas");
      await context.sync();
      const written = String(cell.formulas[0]![0]);
      expect(!written.includes("#REF!") && written.includes(s.other), `A1 = ${written}`);
    },
  },
  {
    id: "textKept",
    label: "ui.selfTest.textKept",
    run: async (context, s) => {
      const texts = ["- Tổ chức 02 hội nghị", "+ Pano", "1.10", "0912345678", "=chữ"];
      const range = context.workbook.worksheets.getItem(s.sheet).getRange("B1:F1");
      range.formulas = [texts.map((t) => `'${t}`)];
      range.load("values");
      await context.sync();
      expect(
        JSON.stringify(range.values[0]) === JSON.stringify(texts),
        JSON.stringify(range.values[0])
      );
    },
  },
  {
    id: "listWithCommas",
    label: "ui.selfTest.listWithCommas",
    needs: "1.8",
    run: async (context, s) => {
      const ws = context.workbook.worksheets.getItem(s.sheet);
      ws.getRange("H1:H2").formulas = [["'Sở, ban, ngành"], ["'UBND cấp xã"]];
      const target = ws.getRange("G1");
      target.dataValidation.rule = { list: { inCellDropDown: true, source: "=$H$1:$H$2" } };
      const rule = target.dataValidation.load("rule");
      await context.sync();
      expect(rule.rule.list?.source === "=$H$1:$H$2", String(rule.rule.list?.source));
    },
  },
  {
    id: "protection",
    label: "ui.selfTest.protection",
    run: async (context, s) => {
      const ws = context.workbook.worksheets.getItem(s.sheet);
      ws.protection.protect({ allowFormatCells: false });
      await context.sync();
      ws.getRange("J1").values = [[1]];
      await failsWith(context, "AccessDenied");
      ws.protection.unprotect();
      ws.protection.protect({}, "cchc-thu");
      await context.sync();
      ws.protection.unprotect("sai");
      await failsWith(context, "BadPassword");
      ws.protection.unprotect("cchc-thu");
      await context.sync();
    },
  },
  {
    id: "conditionalFormat",
    label: "ui.selfTest.conditionalFormat",
    run: async (context, s) => {
      // as Kiểm tra marks a protected sheet: unprotect, mark, protect again in one request
      const ws = context.workbook.worksheets.getItem(s.sheet);
      ws.protection.protect();
      await context.sync();
      ws.protection.unprotect();
      const cf = ws.getRange("K1:K2").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#F8CBAD";
      ws.protection.protect();
      await context.sync();
      ws.protection.unprotect();
      await context.sync();
    },
  },
  {
    id: "multiSelect",
    label: "ui.selfTest.multiSelect",
    needs: "1.18",
    run: async (context, s) => {
      const ws = context.workbook.worksheets.getItem(s.sheet);
      ws.activate();
      ws.getRanges("A1,C3").select();
      await context.sync();
    },
  },
  {
    id: "pageLayout",
    label: "ui.selfTest.pageLayout",
    needs: "1.9",
    run: async (context, s) => {
      const page = context.workbook.worksheets.getItem(s.sheet).pageLayout;
      page.orientation = Excel.PageOrientation.landscape;
      page.setPrintTitleRows("$1:$1");
      await context.sync();
    },
  },
  {
    id: "largeWrite",
    label: "ui.selfTest.largeWrite",
    run: async (context, s) => {
      // about 4 MB in one request: what a large Tổng hợp sends at most
      const row = Array.from({ length: 40 }, () => "x".repeat(100));
      context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(10, 0, 1000, 40).values =
        Array.from({ length: 1000 }, () => row);
      await context.sync();
    },
  },
];

/** Every ExcelApi version the add-in can use, lowest first. */
const VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/**
 * Tự kiểm tra: runs every risky call the add-in relies on against this Excel, in two scratch sheets
 * added for it and deleted at the end (the active sheet made active again), so that the workbook is left
 * as it was even when a step fails. Each step is its own try: one failure does not hide the others.
 */
export async function runSelfTest(host: ExcelHost): Promise<SelfTestReport> {
  const apiVersion = [...VERSIONS].reverse().find((v) => host.supports(v)) ?? "?";
  const [sheet, other] = temporaryNames(2) as [string, string];
  const steps: StepResult[] = [];
  let cleanupFailure: string | null = null;
  await host.run(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    context.workbook.worksheets.add(sheet);
    context.workbook.worksheets.add(other);
    try {
      await context.sync();
    } catch (e) {
      // no scratch sheet (a protected workbook structure, for one): nothing else can be tried
      steps.push({
        id: "scratch",
        label: "ui.selfTest.scratch",
        outcome: "failed",
        detail: describe(e),
      });
      return;
    }
    try {
      for (const step of STEPS) {
        if (step.needs && !host.supports(step.needs)) {
          steps.push({
            id: step.id,
            label: step.label,
            outcome: "unsupported",
            detail: `ExcelApi ${step.needs}`,
          });
          continue;
        }
        try {
          await step.run(context, { sheet, other });
          steps.push({ id: step.id, label: step.label, outcome: "ok", detail: "" });
        } catch (e) {
          steps.push({ id: step.id, label: step.label, outcome: "failed", detail: describe(e) });
        }
      }
    } finally {
      cleanupFailure = await cleanUp(context, [sheet, other], active.name);
    }
  });
  return { steps, apiVersion, about: host.about(), cleanupFailure };
}

const describe = (e: unknown): string => {
  const err = e as { code?: string; message?: string };
  return `${err.code ?? "Error"}: ${err.message ?? String(e)}`;
};

/** Deletes the scratch sheets (unprotected first, in case a step failed half way) and makes the user's sheet active again. */
async function cleanUp(
  context: ExcelContext,
  scratch: string[],
  active: string
): Promise<string | null> {
  try {
    for (const name of scratch) {
      const ws = context.workbook.worksheets.getItem(name);
      const protection = ws.protection.load("protected");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- two scratch sheets
      await context.sync();
      if (protection.protected) ws.protection.unprotect("cchc-thu");
    }
    context.workbook.worksheets.getItem(active).activate();
    for (const name of scratch) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    return null;
  } catch (e) {
    return describe(e);
  }
}
