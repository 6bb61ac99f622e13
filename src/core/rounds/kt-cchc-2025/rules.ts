import { withBlankParts } from "../../rules/derive";
import type { Rule } from "../../rules/schema";

const F = "KT";

/** The rules of the 2025 inspection figures, in the order a reader meets the rows. */
export const RULE_DATA: Rule[] = withBlankParts([
  { id: "cover.unit", severity: "error", kind: "cover", field: "unit" },
  { id: "cover.level", severity: "warning", kind: "cover", field: "level" },
  ...(["count", "amount", "enteredRate", "text"] as const).map((rowKind): Rule => ({
    id: `domain.${rowKind}`,
    severity: "error",
    kind: "domain",
    rowKind,
  })),
  { id: "level.not_applicable", severity: "error", kind: "notApplicable" },
  // done and in progress are parts of the plan; tasks not started yet make up the rest
  {
    id: "KT.plan_parts",
    severity: "error",
    kind: "sumLe",
    form: F,
    total: "kt.i.plan.tasks",
    parts: ["kt.i.plan.done", "kt.i.plan.ongoing"],
  },
  // on time, late and overdue are parts of what was assigned; tasks still within their term make up the rest
  {
    id: "KT.assigned_parts",
    severity: "error",
    kind: "sumLe",
    form: F,
    total: "kt.i.assigned",
    parts: ["kt.i.assigned.ontime", "kt.i.assigned.late", "kt.i.assigned.overdue"],
  },
  {
    id: "KT.part_le_whole",
    severity: "error",
    kind: "atMost",
    form: F,
    pairs: [
      ["kt.ii.law.checked.done", "kt.ii.law.checked.due"],
      ["kt.ii.law.reviewed.done", "kt.ii.law.reviewed.due"],
      ["kt.ii.tthc.resolved", "kt.ii.tthc.received"],
      ["kt.ii.tthc.ontime", "kt.ii.tthc.resolved"],
      ["kt.ii.tthc.overdue", "kt.ii.tthc.received"],
      ["kt.ii.tthc.online", "kt.ii.tthc.received"],
      ["kt.ii.finance.invest.done", "kt.ii.finance.invest.plan"],
    ],
  },
  // feedback received before 1/7 may be resolved after it; staff above the quota is rare, not impossible
  {
    id: "KT.plausible",
    severity: "warning",
    kind: "atMost",
    form: F,
    pairs: [
      ["kt.ii.pakn.resolved", "kt.ii.pakn.received"],
      ["kt.ii.staff.present", "kt.ii.staff.quota"],
    ],
  },
  {
    id: "KT.units_by_group",
    severity: "error",
    kind: "sumEq",
    form: F,
    total: "kt.ii.finance.units",
    parts: [
      "kt.ii.finance.units.g1",
      "kt.ii.finance.units.g2",
      "kt.ii.finance.units.g3",
      "kt.ii.finance.units.g4",
    ],
  },
]);
