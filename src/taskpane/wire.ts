import { missingFeatures, type ExcelHost } from "../office/host";
import type { PaneActions } from "./actions";

// each action's code is a chunk of its own, loaded the first time the user asks for it
const creating = () => import(/* webpackChunkName: "create" */ "../office/create-forms");
const covering = () => import(/* webpackChunkName: "cover" */ "../office/cover");
const checking = () => import(/* webpackChunkName: "check" */ "../office/check-workbook");
const merging = () => import(/* webpackChunkName: "merge" */ "../office/merge-workbook");
const exporting = () => import(/* webpackChunkName: "export" */ "../office/export-problems");
const testing = () => import(/* webpackChunkName: "self-test" */ "../office/self-test");

/** Binds the pane's actions to an Excel host: the real one in Excel, a fake one in tests. */
export const actionsFor = (host: ExcelHost): PaneActions => ({
  missingFeatures: missingFeatures(host),
  theme: host.theme(),
  createForms: async (request, decide) => (await creating()).createForms(host, request, decide),
  readCover: async () => (await covering()).readCover(host),
  checkWorkbook: async (password) => (await checking()).checkWorkbook(host, password),
  selectCells: async (cells) => (await checking()).selectCells(host, cells),
  exportProblems: async (layout) => (await exporting()).exportProblems(host, layout),
  readConsolidation: async () => (await merging()).readConsolidation(host),
  writeMerge: async (layout, consolidation, watch) =>
    (await merging()).writeMerge(host, layout, consolidation, watch),
  createRoster: async (round, units) => (await merging()).createRoster(host, round, units),
  runSelfTest: async () => (await testing()).runSelfTest(host),
  copyText: (text) => navigator.clipboard.writeText(text),
});
