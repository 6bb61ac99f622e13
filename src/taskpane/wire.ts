import { checkWorkbook, selectCells } from "../office/check-workbook";
import { createForms } from "../office/create-forms";
import { missingFeatures, type ExcelHost } from "../office/host";
import { createRoster, readConsolidation, writeMerge } from "../office/merge-workbook";
import { runSelfTest } from "../office/self-test";
import type { PaneActions } from "./actions";

/** Binds the pane's actions to an Excel host: the real one in Excel, a fake one in tests. */
export const actionsFor = (host: ExcelHost): PaneActions => ({
  missingFeatures: missingFeatures(host),
  createForms: (request, decide) => createForms(host, request, decide),
  checkWorkbook: (password) => checkWorkbook(host, password),
  selectCells: (cells) => selectCells(host, cells),
  readConsolidation: () => readConsolidation(host),
  writeMerge: (layout, consolidation) => writeMerge(host, layout, consolidation),
  createRoster: () => createRoster(host),
  runSelfTest: () => runSelfTest(host),
  copyText: (text) => navigator.clipboard.writeText(text),
});
