import type { ExcelContext } from "../../src/office/excel-api";
/* Stands in for Microsoft's office.js in browser tests: the task pane runs unchanged against an
 * in-memory Excel, and the test reads that workbook through window.__cchc. */
import { fakeHost } from "../fake-excel/host";
import { WorkbookModel } from "../fake-excel/model";

interface TestWindow {
  Office: unknown;
  Excel: Record<string, unknown>;
  __cchc: { model: WorkbookModel; host: ReturnType<typeof fakeHost> };
  __cchcApiVersion?: string;
  /** the colours of Office's task panes, as Office.context.officeTheme gives them */
  __cchcOfficeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
}

/** The newest ExcelApi set the fake answers for, unless a test asks for an older Excel. */
const NEWEST = "1.20";

const w = globalThis as unknown as TestWindow;
const model = new WorkbookModel(["Sheet1"]);
const host = fakeHost(model, w.__cchcApiVersion ?? NEWEST);
const info = { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    diagnostics: { version: "16.0.fake", platform: "OfficeOnline" },
    officeTheme: w.__cchcOfficeTheme ?? { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false },
    requirements: {
      isSetSupported: (name: string, version: string) =>
        name === "ExcelApi" && host.supports(version),
    },
  },
};
w.Excel = {
  ...w.Excel,
  run: (batch: (context: ExcelContext) => Promise<unknown>) => host.run(batch),
};
w.__cchc = { model, host };
