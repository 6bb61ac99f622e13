import { text } from "../core/messages";
import type { SelfTestReport, StepOutcome } from "../office/self-test";

export const OUTCOME_TEXT: Record<
  StepOutcome,
  "ui.selfTest.ok" | "ui.selfTest.failed" | "ui.selfTest.unsupported"
> = {
  ok: "ui.selfTest.ok",
  failed: "ui.selfTest.failed",
  unsupported: "ui.selfTest.unsupported",
};

export const summaryOf = (r: SelfTestReport): string =>
  text("ui.selfTest.summary", {
    ok: r.steps.filter((s) => s.outcome === "ok").length,
    total: r.steps.length,
    version: r.about.version,
    platform: r.about.platform,
    api: r.apiVersion,
  });

/** The report a user pastes into a message to support: plain text, one step a line. */
export function reportText(r: SelfTestReport): string {
  return [
    text("ui.selfTest.report"),
    summaryOf(r),
    `Webview: ${r.about.webview}`,
    ...r.steps.map(
      (s) =>
        `- ${text(s.label)}: ${text(OUTCOME_TEXT[s.outcome])}${s.detail ? ` (${s.detail})` : ""}`
    ),
    ...(r.cleanupFailure ? [text("ui.selfTest.cleanupFailed", { detail: r.cleanupFailure })] : []),
  ].join("\n");
}
