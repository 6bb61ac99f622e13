/** What the task pane needs of Excel: a batch runner and a feature test. Tests hand in a fake. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** whether an ExcelApi requirement set version ("1.9") is supported */
  supports(version: string): boolean;
}

/** The optional features and the requirement set each needs, beyond the manifest's 1.7. */
export const FEATURES = {
  validation: "1.8",
  pageLayout: "1.9",
} as const;

export type Feature = keyof typeof FEATURES;

export const missingFeatures = (host: ExcelHost): Feature[] =>
  (Object.keys(FEATURES) as Feature[]).filter((f) => !host.supports(FEATURES[f]));
