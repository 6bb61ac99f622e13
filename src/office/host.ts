import type { ExcelContext } from "./excel-api";
import type { MessageCode } from "../core/messages";
import type { PaneTheme } from "./theme";

/** What the task pane needs of Excel: a batch runner and a feature test. Tests hand in a fake. */
export interface ExcelHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** whether an ExcelApi requirement set version ("1.9") is supported */
  supports(version: string): boolean;
  /** the Office version, platform and webview, for the self-test's report */
  about(): { version: string; platform: string; webview: string };
  /** Office's own colours, for the pane to follow */
  theme(): PaneTheme;
}

/** The optional features, the requirement set each needs beyond the manifest's 1.7, and what the user reads. */
export const FEATURES = {
  validation: { set: "1.8", label: "ui.feature.validation" },
  pageLayout: { set: "1.9", label: "ui.feature.pageLayout" },
} as const satisfies Record<string, { set: string; label: MessageCode }>;

export type Feature = keyof typeof FEATURES;

export const missingFeatures = (host: ExcelHost): Feature[] =>
  (Object.keys(FEATURES) as Feature[]).filter((f) => !host.supports(FEATURES[f].set));
