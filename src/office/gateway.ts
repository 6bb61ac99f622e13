import type { ExcelContext } from "./excel-api";
import type { ExcelHost } from "./host";
import { themeOf } from "./theme";

let ready: Promise<ExcelHost> | undefined;

/** The one place that waits for Office: resolved once, shared by every caller. */
export function officeHost(): Promise<ExcelHost> {
  ready ??= Office.onReady().then(() => ({
    run: <T>(batch: (context: ExcelContext) => Promise<T>) => Excel.run(batch),
    supports: (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version),
    about: () => ({
      version: Office.context.diagnostics?.version ?? "?",
      platform: String(Office.context.diagnostics?.platform ?? Office.context.platform ?? "?"),
      webview: navigator.userAgent,
    }),
    theme: () =>
      themeOf(Office.context.officeTheme, window.matchMedia?.("(forced-colors: active)").matches),
  }));
  return ready;
}
