import { withBlankParts } from "../../rules/derive";
import type { Rule } from "../../rules/schema";

/** Rules on both the appendix and the Bảng tổng hợp rows that mean the same. */
const both = (pl: Rule, thkq: Rule): Rule[] => [pl, thkq];

/** The rules as declared, form by form. */
const DECLARED: Rule[] = [
  { id: "cover.unit", severity: "error", kind: "cover", field: "unit" },
  { id: "cover.level", severity: "warning", kind: "cover", field: "level" },
  ...(["count", "amount", "enteredRate", "yesNo", "status", "text", "assessment"] as const).map(
    (rowKind): Rule => ({ id: `domain.${rowKind}`, severity: "error", kind: "domain", rowKind })
  ),
  { id: "level.not_applicable", severity: "error", kind: "notApplicable" },
  { id: "THKQ.repeat_bounds", severity: "error", kind: "repeatBound" },
  { id: "PL9.verdict_review", severity: "warning", kind: "verdictReview" },
  {
    id: "plausible.tenfold",
    severity: "warning",
    kind: "jump",
    factor: 10,
    rowKinds: ["count", "amount"],
  },

  ...both(
    {
      id: "PL1.part_le_whole",
      severity: "error",
      kind: "atMost",
      form: "PL1",
      pairs: [
        ["pl1.plan.done", "pl1.plan.tasks"],
        ["pl1.inspection.resolved", "pl1.inspection.found"],
      ],
    },
    {
      id: "THKQ.i.part_le_whole",
      severity: "error",
      kind: "atMost",
      form: "THKQ",
      pairs: [
        ["thkq.i.plan.done", "thkq.i.plan.tasks"],
        ["thkq.i.inspection.resolved", "thkq.i.inspection.found"],
      ],
    }
  ),
  ...both(
    {
      id: "PL1.docs_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "PL1",
      total: "pl1.docs",
      parts: ["pl1.docs.party", "pl1.docs.government"],
    },
    {
      id: "THKQ.i.docs_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "THKQ",
      total: "thkq.i.docs",
      parts: ["thkq.i.docs.party", "thkq.i.docs.government"],
    }
  ),
  ...both(
    {
      id: "PL1.assigned_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "PL1",
      total: "pl1.assigned.total",
      parts: ["pl1.assigned.on_time", "pl1.assigned.late", "pl1.assigned.overdue"],
    },
    {
      id: "THKQ.i.assigned_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "THKQ",
      total: "thkq.i.assigned.total",
      parts: ["thkq.i.assigned.on_time", "thkq.i.assigned.late", "thkq.i.assigned.overdue"],
    }
  ),
  {
    id: "THKQ.i.dialogue_count",
    severity: "warning",
    kind: "noteAsked",
    form: "THKQ",
    row: "thkq.i.dialogue",
    when: 1,
  },
  ...both(
    {
      id: "PL1.satisfaction_needs_survey",
      severity: "error",
      kind: "requires",
      form: "PL1",
      when: "pl1.survey.satisfaction",
      then: "pl1.survey.forms",
    },
    {
      id: "THKQ.i.satisfaction_needs_survey",
      severity: "error",
      kind: "requires",
      form: "THKQ",
      when: "thkq.i.survey.satisfaction",
      then: "thkq.i.survey.forms",
    }
  ),
  ...both(
    {
      id: "PL2.issued_by_type",
      severity: "error",
      kind: "sumEq",
      form: "PL2",
      total: "pl2.issued",
      parts: [
        "pl2.issued.hdnd_tinh",
        "pl2.issued.ubnd_tinh",
        "pl2.issued.hdnd_huyen",
        "pl2.issued.ubnd_huyen",
        "pl2.issued.hdnd_xa",
        "pl2.issued.ubnd_xa",
      ],
    },
    {
      id: "THKQ.ii.issued_by_type",
      severity: "error",
      kind: "sumEq",
      form: "THKQ",
      total: "thkq.ii.issued",
      parts: [
        "thkq.ii.issued.hdnd_tinh",
        "thkq.ii.issued.ubnd_tinh",
        "thkq.ii.issued.hdnd_huyen",
        "thkq.ii.issued.ubnd_huyen",
        "thkq.ii.issued.hdnd_xa",
        "thkq.ii.issued.ubnd_xa",
      ],
    }
  ),
  ...both(
    {
      id: "PL2.part_le_whole",
      // handled or published in a year can include what was found or resolved the year before: a warning
      severity: "warning",
      kind: "atMost",
      form: "PL2",
      pairs: [
        ["pl2.inspected.handled", "pl2.inspected.to_handle"],
        ["pl2.reviewed.handled", "pl2.reviewed.to_handle"],
        ["pl2.unlawful_handled", "pl2.unlawful"],
      ],
    },
    {
      id: "THKQ.ii.part_le_whole",
      // handled or published in a year can include what was found or resolved the year before: a warning
      severity: "warning",
      kind: "atMost",
      form: "THKQ",
      pairs: [
        ["thkq.ii.inspected.handled", "thkq.ii.inspected.to_handle"],
        ["thkq.ii.reviewed.handled", "thkq.ii.reviewed.to_handle"],
        ["thkq.ii.unlawful_handled", "thkq.ii.unlawful"],
      ],
    }
  ),
  ...both(
    {
      id: "PL3.published_le_resolved",
      // handled or published in a year can include what was found or resolved the year before: a warning
      severity: "warning",
      kind: "atMost",
      form: "PL3",
      pairs: [["pl3.feedback.published", "pl3.feedback.resolved"]],
    },
    {
      id: "THKQ.iii.published_le_resolved",
      // handled or published in a year can include what was found or resolved the year before: a warning
      severity: "warning",
      kind: "atMost",
      form: "THKQ",
      pairs: [["thkq.iii.feedback.published", "thkq.iii.feedback.resolved"]],
    }
  ),
  ...both(
    {
      id: "PL3.resolved_vs_received",
      severity: "warning",
      kind: "atMost",
      form: "PL3",
      pairs: [["pl3.feedback.resolved", "pl3.feedback.received"]],
    },
    {
      id: "THKQ.iii.resolved_vs_received",
      severity: "warning",
      kind: "atMost",
      form: "THKQ",
      pairs: [["thkq.iii.feedback.resolved", "thkq.iii.feedback.received"]],
    }
  ),
  ...both(
    {
      id: "PL4.present_vs_quota",
      severity: "warning",
      kind: "atMost",
      form: "PL4",
      pairs: [
        ["pl4.civil.present", "pl4.civil.quota"],
        ["pl4.service.present", "pl4.service.quota"],
      ],
    },
    {
      id: "THKQ.iv.present_vs_quota",
      severity: "warning",
      kind: "atMost",
      form: "THKQ",
      pairs: [
        ["thkq.iv.civil.present", "thkq.iv.civil.quota"],
        ["thkq.iv.service.present", "thkq.iv.service.quota"],
      ],
    }
  ),
  ...both(
    {
      id: "PL6.discipline_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "PL6",
      total: "pl6.discipline",
      parts: [
        "pl6.discipline.province_leaders",
        "pl6.discipline.department_leaders",
        "pl6.discipline.division_leaders",
        "pl6.discipline.service_staff",
      ],
    },
    {
      id: "THKQ.v.discipline_breakdown",
      severity: "error",
      kind: "sumLe",
      form: "THKQ",
      total: "thkq.v.discipline",
      parts: [
        "thkq.v.discipline.department_leaders",
        "thkq.v.discipline.division_leaders",
        "thkq.v.discipline.service_staff",
      ],
    }
  ),
  ...both(
    {
      id: "PL7.disbursed_vs_plan",
      severity: "warning",
      kind: "atMost",
      form: "PL7",
      pairs: [["pl7.disbursement.done", "pl7.disbursement.plan"]],
    },
    {
      id: "THKQ.vi.disbursed_vs_plan",
      severity: "warning",
      kind: "atMost",
      form: "THKQ",
      pairs: [["thkq.vi.disbursement.done", "thkq.vi.disbursement.plan"]],
    }
  ),
  ...both(
    {
      id: "PL7.units_by_autonomy",
      severity: "error",
      kind: "sumEq",
      form: "PL7",
      total: "pl7.units",
      parts: ["pl7.units.full", "pl7.units.recurrent", "pl7.units.partial", "pl7.units.state"],
    },
    {
      id: "THKQ.vi.units_by_autonomy",
      severity: "error",
      kind: "sumEq",
      form: "THKQ",
      total: "thkq.vi.units",
      parts: [
        "thkq.vi.units.full",
        "thkq.vi.units.recurrent",
        "thkq.vi.units.partial",
        "thkq.vi.units.state",
      ],
    }
  ),
  ...both(
    {
      id: "PL7.partial_by_share",
      severity: "error",
      kind: "sumEq",
      form: "PL7",
      total: "pl7.units.partial",
      parts: ["pl7.units.partial_70", "pl7.units.partial_30", "pl7.units.partial_10"],
    },
    {
      id: "THKQ.vi.partial_by_share",
      severity: "error",
      kind: "sumEq",
      form: "THKQ",
      total: "thkq.vi.units.partial",
      parts: ["thkq.vi.units.partial_70", "thkq.vi.units.partial_30", "thkq.vi.units.partial_10"],
    }
  ),
  ...both(
    {
      id: "PL8.part_le_whole",
      severity: "error",
      kind: "atMost",
      form: "PL8",
      pairs: [
        ["pl8.online.full", "pl8.online.eligible"],
        ["pl8.online.used_online", "pl8.online.used"],
        ["pl8.dossiers.full_online", "pl8.dossiers.full"],
        ["pl8.dossiers.partial_online", "pl8.dossiers.partial"],
        ["pl8.payment.integrated", "pl8.payment.fees"],
      ],
    },
    {
      id: "THKQ.vii.part_le_whole",
      severity: "error",
      kind: "atMost",
      form: "THKQ",
      pairs: [
        ["thkq.vii.online.full", "thkq.vii.online.eligible"],
        ["thkq.vii.online.used_online", "thkq.vii.online.used"],
        ["thkq.vii.dossiers.full_online", "thkq.vii.dossiers.full"],
        ["thkq.vii.dossiers.partial_online", "thkq.vii.dossiers.partial"],
        ["thkq.vii.payment.integrated", "thkq.vii.payment.fees"],
      ],
    }
  ),
];

/**
 * The cross-field rules, by form, in the order a reader meets the rows. Ids are stable: reports and
 * the per-rule summary name them.
 */
export const RULE_DATA: Rule[] = withBlankParts(DECLARED);
