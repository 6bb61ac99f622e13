import type { PlacedCell } from "../core/check";
import type { OfficeCheck } from "../office/check-workbook";
import type { WorkbookLayout } from "../core/layout";
import type { CreateRequest, CreateResult, Decision, Rebuild } from "../office/create-forms";
import type { Consolidation, WriteWatch } from "../office/merge-workbook";
import type { RosterEntry } from "../core/merge/roster";
import type { Feature } from "../office/host";
import type { PaneTheme } from "../office/theme";
import type { SelfTestReport } from "../office/self-test";
import type { OpenCover } from "../office/cover";

/** What the task pane can ask of Excel. Components receive these as props and never call Office themselves. */
export interface PaneActions {
  missingFeatures: Feature[];
  /** the colours Office shows: the pane follows them */
  theme: PaneTheme;
  createForms(
    request: CreateRequest,
    decide: (existing: string[]) => Promise<Decision | Rebuild>
  ): Promise<CreateResult>;
  checkWorkbook(password?: string): Promise<OfficeCheck>;
  /** what the open workbook's cover says, to fill the fields of Tạo biểu mẫu */
  readCover(): Promise<OpenCover | null>;
  selectCells(cells: PlacedCell[]): Promise<void>;
  /** writes a problem list as a new sheet; returns its name */
  exportProblems(layout: WorkbookLayout): Promise<string>;
  readConsolidation(): Promise<Consolidation>;
  /** writes a merge's output; a stop asked before it is done leaves the workbook as it was */
  writeMerge(
    layout: WorkbookLayout,
    consolidation: Consolidation,
    watch: WriteWatch
  ): Promise<"written" | "cancelled">;
  /** adds the roster, its first lines the units given */
  createRoster(round: string | undefined, units: RosterEntry[]): Promise<void>;
  runSelfTest(): Promise<SelfTestReport>;
  /** puts a text on the clipboard */
  copyText(text: string): Promise<void>;
}
