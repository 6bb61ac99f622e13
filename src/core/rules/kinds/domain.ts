import { text, type MessageCode } from "../../messages";
import { rowOf } from "../../catalogue";
import { figureAt } from "../../values";
import type { KindSpec, Outcome } from "../kind";
import type { DomainKind } from "../schema";
import { cellName } from "../names";
import { fig, formOf } from "./shared";

const MESSAGES: Record<DomainKind, MessageCode> = {
  count: "rule.domain.count",
  amount: "rule.domain.amount",
  enteredRate: "rule.domain.enteredRate",
  yesNo: "rule.domain.yesNo",
  status: "rule.domain.status",
  text: "rule.domain.text",
  assessment: "rule.domain.assessment",
};

const MAX_TEXT = 1000;

function fits(kind: DomainKind, value: number | string, codes: number[]): boolean {
  switch (kind) {
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "amount":
      return typeof value === "number" && value >= 0;
    case "enteredRate":
      return typeof value === "number" && value >= 0 && value <= 100;
    case "yesNo":
    case "status":
      return typeof value === "number" && codes.includes(value);
    case "text":
      return String(value).length <= MAX_TEXT;
    case "assessment":
      return value === text("verdict.dat") || value === text("verdict.khongDat");
  }
}

/** Every input cell of a kind holds what that kind allows: whole ≥ 0, ≥ 0, 0–100, listed codes, text length. */
export const domain: KindSpec<"domain"> = {
  title: "rule.title.domain",
  blanks: "filled",
  rows: () => [],
  message: (rule) => MESSAGES[rule.rowKind],
  relation: (rule) => text("rule.doc.domain", { kind: rule.rowKind }),
  evaluate: (rule, input, cat) => {
    const kind = rule.rowKind;
    return Object.entries(input.inputs).flatMap(([formId, cells]) =>
      [...cells.values()]
        .filter((c) => c.kind === kind)
        .map(({ ref }): Outcome => {
          const value = figureAt(input.figures, ref);
          // a text in a figure cell was reported when it was read
          if (
            value === null ||
            (typeof value === "string" && kind !== "text" && kind !== "assessment")
          )
            return "skip";
          const codes = rowOf(formOf(cat, formId), ref.row)?.codes ?? [];
          if (
            fits(
              kind,
              value,
              codes.map((c) => c.code)
            )
          )
            return "pass";
          const shown =
            kind === "text"
              ? String(String(value).length)
              : typeof value === "number"
                ? fig(value)
                : String(value);
          const labels = codes.map((c) => `${c.label} = ${c.code}`).join("; ");
          const message = text(MESSAGES[kind], {
            cell: cellName(cat, ref),
            value: shown,
            codes: labels,
          });
          return { form: formId, rows: [ref.row], period: ref.period, cells: [ref], message };
        })
    );
  },
};
