import type { ExcelHost } from "../../src/office/host";
import { FakeContext, atLeast } from "./context";
import { ExcelEnums } from "./enums";
import { WorkbookModel } from "./model";
import { FakeWorkbook } from "./workbook";

export interface FakeHost extends ExcelHost {
  readonly model: WorkbookModel;
  /** syncs of every run so far */
  readonly syncs: number[];
  /** the size of every request sent so far, in bytes with Office's envelope */
  readonly payloads: number[];
  /** the size of every response received so far, in bytes */
  readonly responses: number[];
  reset(): void;
}

/** Puts the Excel enums where Office.js puts them, for code that names Excel.X.y. */
export function installExcelGlobals(
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
): void {
  target.Excel = { ...(target.Excel as object), ...ExcelEnums };
}

/** An Excel host over an in-memory workbook, supporting ExcelApi up to `apiVersion`. */
export function fakeHost(model = new WorkbookModel(), apiVersion = "1.9"): FakeHost {
  installExcelGlobals();
  const syncs: number[] = [];
  const payloads: number[] = [];
  const responses: number[] = [];
  return {
    model,
    syncs,
    payloads,
    responses,
    reset: () => ((syncs.length = 0), (payloads.length = 0), (responses.length = 0)),
    supports: (version) => atLeast(apiVersion, version),
    about: () => ({ version: "16.0.fake", platform: "OfficeOnline", webview: "fake" }),
    theme: () => "light",
    async run(batch) {
      const ctx = new FakeContext(model, apiVersion);
      const context = Object.assign(ctx, { workbook: new FakeWorkbook(ctx) });
      try {
        return await batch(context);
      } finally {
        syncs.push(ctx.syncs);
        payloads.push(...ctx.payloads);
        responses.push(...ctx.responses);
      }
    },
  };
}
