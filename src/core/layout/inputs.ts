import type { Row } from "../catalogue/schema";
import { a1 } from "../a1";
import { text } from "../messages";
import { quote } from "../messages/formula";
import { NOT_APPLICABLE } from "../values";
import type { StyleId, Validation } from "./types";

const codesText = (row: Row): string =>
  (row.codes ?? []).map((c) => `${c.label} = ${c.code}`).join("; ");

/** The style of a cell that shows a figure typed elsewhere, by the kind of its row. */
export function computedStyleOf(row: Row): StyleId {
  const byKind: Partial<Record<Row["kind"], StyleId>> = {
    amount: "computedAmount",
    rate: "computedRate",
    enteredRate: "computedRate",
    yesNo: "computedCode",
    status: "computedCode",
    text: "computedText",
  };
  return byKind[row.kind] ?? "computedCount";
}

/** The style and the Excel validation of an input cell, by the kind of its row. */
export function inputOf(row: Row): { style: StyleId; validation: Validation } | undefined {
  switch (row.kind) {
    case "count":
      return {
        style: "count",
        validation: {
          type: "whole",
          min: 0,
          orText: NOT_APPLICABLE,
          title: text("input.count.title"),
          prompt: text("input.count.prompt"),
          error: text("input.count.error"),
        },
      };
    case "amount":
      return {
        style: "amount",
        validation: {
          type: "decimal",
          min: 0,
          orText: NOT_APPLICABLE,
          title: text("input.amount.title"),
          prompt: text("input.amount.prompt", { unit: row.unit ?? "" }),
          error: text("input.amount.error"),
        },
      };
    case "enteredRate":
      return {
        style: "rate",
        validation: {
          type: "decimal",
          min: 0,
          max: 100,
          orText: NOT_APPLICABLE,
          title: text("input.rate.title"),
          prompt: text("input.rate.prompt"),
          error: text("input.rate.error"),
        },
      };
    case "yesNo":
    case "status": {
      const codes = (row.codes ?? []).map((c) => c.code);
      return {
        style: "code",
        validation: {
          type: "whole",
          min: Math.min(...codes),
          max: Math.max(...codes),
          title: text("input.codes.title"),
          prompt: text("input.codes.prompt", { codes: codesText(row) }),
          error: text("input.codes.error", { codes: codesText(row) }),
        },
      };
    }
    case "text":
      return { style: "textInput", validation: textValidation() };
    default:
      return undefined;
  }
}

type NumberValidation = Extract<Validation, { type: "whole" | "decimal" }>;

/**
 * The custom rule (en-US, without "=") of a number validation that also takes a text, for a range whose
 * top-left cell is (row, col): Excel reads the relative reference from there for each cell. IF, not OR,
 * so that a text never reaches INT or a comparison whose error would refuse it.
 */
export function numberRuleFormula(v: NumberValidation, row: number, col: number): string {
  const at = a1(row, col);
  const bounds = [
    `${at}>=${v.min}`,
    ...(v.max === undefined ? [] : [`${at}<=${v.max}`]),
    ...(v.type === "whole" ? [`${at}=INT(${at})`] : []),
  ];
  return `IF(ISNUMBER(${at}),AND(${bounds.join(",")}),${at}=${quote(v.orText ?? "")})`;
}

/** What the Đơn vị tính column shows: the unit, or the codes of a yes/no or status row. */
export const unitText = (row: Row): string => row.unit ?? codesText(row);

export const verdictValidation = (): Validation => ({
  type: "list",
  list: [text("verdict.dat"), text("verdict.khongDat")],
  title: text("input.verdict.title"),
  prompt: text("input.verdict.prompt"),
  error: text("input.verdict.error"),
});

/** A text cell of at most 1 000 characters; `prompt`: what the seed asks to write there, when it asks. */
export const textValidation = (prompt: string = text("input.text.prompt")): Validation => ({
  type: "textLength",
  max: 1000,
  title: text("input.text.title"),
  prompt,
  error: text("input.text.error"),
});
