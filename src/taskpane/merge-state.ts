import type { FileLine } from "../core/merge/answer";
import type { Duplicate, NearPair } from "../core/merge/merge";
import type { MergeOutcome } from "../core/merge/outcome";
import type { Consolidation } from "../office/merge-workbook";
import type { Explained } from "./errors";
import type { ReadProgress } from "./read-files";

/**
 * Where a Tổng hợp stands: reading and checking files, merging them, waiting for the user's choice of
 * duplicates, writing, or done.
 */
export type MergePhase =
  | { name: "idle" }
  | ({ name: "reading" } & ReadProgress)
  | { name: "merging" }
  | {
      name: "choosing";
      duplicates: Duplicate[];
      /** every file's line, to tell the copies apart */
      lines: FileLine[];
      consolidation: Consolidation;
      choices: Record<string, string | null>;
      /** names a slip apart, each answered one unit (true) or two (false), none by default */
      near: NearPair[];
      same: (boolean | null)[];
      /** pairs already said to be one unit, kept for the merge after this choice */
      agreed: [string, string][];
    }
  | { name: "writing"; done: number; total: number }
  | { name: "done"; lines: FileLine[]; outcome: MergeOutcome; collision: string[] };

/** What the panel tells beside the phase. */
export type MergeNotice =
  | { kind: "cancelled" }
  | { kind: "failed"; failure: Explained }
  | { kind: "rosterCreated"; units: number }
  | null;

export interface MergeState {
  phase: MergePhase;
  notice: MergeNotice;
  /** the consolidating workbook has no roster: offer to create one */
  rosterMissing: boolean;
  /** how many files the current run reads */
  files: number;
}

export type MergeEvent =
  | ({ type: "progress" } & ReadProgress)
  | { type: "cancelled" }
  | { type: "consolidation"; rosterMissing: boolean }
  | { type: "merging" }
  | {
      type: "duplicates";
      duplicates: Duplicate[];
      lines: FileLine[];
      consolidation: Consolidation;
      near: NearPair[];
      agreed: [string, string][];
    }
  | { type: "choose"; unitKey: string; file: string | null }
  | { type: "same"; pair: number; same: boolean }
  | { type: "writing"; done: number; total: number }
  | { type: "done"; lines: FileLine[]; outcome: MergeOutcome; collision?: string[] }
  | { type: "failed"; failure: Explained }
  | { type: "rosterCreated"; units: number };

export const initialMerge: MergeState = {
  phase: { name: "idle" },
  notice: null,
  rosterMissing: false,
  files: 0,
};

/** The merge panel's transitions, in one pure function. */
export function mergeReducer(state: MergeState, event: MergeEvent): MergeState {
  switch (event.type) {
    case "progress": {
      const { type, ...progress } = event;
      return { ...state, notice: null, files: event.n, phase: { name: "reading", ...progress } };
    }
    case "merging":
      return { ...state, phase: { name: "merging" } };
    case "cancelled":
      return { ...state, phase: { name: "idle" }, notice: { kind: "cancelled" } };
    case "consolidation":
      return { ...state, rosterMissing: event.rosterMissing };
    case "duplicates":
      return {
        ...state,
        phase: {
          name: "choosing",
          duplicates: event.duplicates,
          lines: event.lines,
          consolidation: event.consolidation,
          choices: Object.fromEntries(event.duplicates.map((d) => [d.unitKey, null])),
          near: event.near,
          same: event.near.map(() => null),
          agreed: event.agreed,
        },
      };
    case "same":
      if (state.phase.name !== "choosing") return state;
      return {
        ...state,
        phase: {
          ...state.phase,
          same: state.phase.same.map((v, i) => (i === event.pair ? event.same : v)),
        },
      };
    case "choose":
      if (state.phase.name !== "choosing") return state;
      return {
        ...state,
        phase: { ...state.phase, choices: { ...state.phase.choices, [event.unitKey]: event.file } },
      };
    case "writing":
      return { ...state, phase: { name: "writing", done: event.done, total: event.total } };
    case "done":
      return {
        ...state,
        phase: {
          name: "done",
          lines: event.lines,
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
      return {
        ...state,
        rosterMissing: false,
        notice: { kind: "rosterCreated", units: event.units },
      };
  }
}
