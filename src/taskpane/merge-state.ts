import type { MergeResult } from "../core/merge/merge";
import type { MergeOutcome } from "../core/merge/outcome";
import type { UnitEntry } from "../core/merge/units";
import type { Consolidation } from "../office/merge-workbook";
import type { Explained } from "./errors";

/** Where a Tổng hợp stands: reading files, waiting for the user's choice of duplicates, writing, or done. */
export type MergePhase =
  | { name: "idle" }
  | { name: "reading"; i: number; n: number; file: string }
  | {
      name: "choosing";
      entries: UnitEntry[];
      consolidation: Consolidation;
      result: MergeResult;
      choices: Record<string, string | null>;
    }
  | { name: "writing" }
  | { name: "done"; result: MergeResult; outcome: MergeOutcome; collision: string[] };

/** What the panel tells beside the phase. */
export type MergeNotice =
  { kind: "cancelled" } | { kind: "failed"; failure: Explained } | { kind: "rosterCreated" } | null;

export interface MergeState {
  phase: MergePhase;
  notice: MergeNotice;
  /** the consolidating workbook has no roster: offer to create one */
  rosterMissing: boolean;
}

export type MergeEvent =
  | { type: "progress"; i: number; n: number; file: string }
  | { type: "cancelled" }
  | { type: "consolidation"; rosterMissing: boolean }
  | { type: "duplicates"; entries: UnitEntry[]; consolidation: Consolidation; result: MergeResult }
  | { type: "choose"; unitKey: string; file: string | null }
  | { type: "writing" }
  | { type: "done"; result: MergeResult; outcome: MergeOutcome; collision?: string[] }
  | { type: "failed"; failure: Explained }
  | { type: "rosterCreated" };

export const initialMerge: MergeState = {
  phase: { name: "idle" },
  notice: null,
  rosterMissing: false,
};

/** The merge panel's transitions, in one pure function. */
export function mergeReducer(state: MergeState, event: MergeEvent): MergeState {
  switch (event.type) {
    case "progress":
      return {
        ...state,
        notice: null,
        phase: { name: "reading", i: event.i, n: event.n, file: event.file },
      };
    case "cancelled":
      return { ...state, phase: { name: "idle" }, notice: { kind: "cancelled" } };
    case "consolidation":
      return { ...state, rosterMissing: event.rosterMissing };
    case "duplicates":
      return {
        ...state,
        phase: {
          name: "choosing",
          ...event,
          choices: Object.fromEntries(event.result.duplicates.map((d) => [d.unitKey, null])),
        },
      };
    case "choose":
      if (state.phase.name !== "choosing") return state;
      return {
        ...state,
        phase: { ...state.phase, choices: { ...state.phase.choices, [event.unitKey]: event.file } },
      };
    case "writing":
      return { ...state, phase: { name: "writing" } };
    case "done":
      return {
        ...state,
        phase: {
          name: "done",
          result: event.result,
          outcome: event.outcome,
          collision: event.collision ?? [],
        },
      };
    case "failed":
      return {
        ...state,
        phase: { name: "idle" },
        notice: { kind: "failed", failure: event.failure },
      };
    case "rosterCreated":
      return { ...state, rosterMissing: false, notice: { kind: "rosterCreated" } };
  }
}
