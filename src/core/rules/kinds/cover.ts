import { text, type MessageCode } from "../../messages";
import type { KindSpec } from "../kind";

const MESSAGES: Record<"unit" | "level", MessageCode> = {
  unit: "rule.cover.unit",
  level: "rule.cover.level",
};

/** A cover field that must be filled. */
export const cover: KindSpec<"cover"> = {
  title: "rule.title.cover",
  blanks: "required",
  rows: () => [],
  message: (rule) => MESSAGES[rule.field],
  relation: (rule) =>
    text("rule.doc.cover", { field: text(rule.field === "unit" ? "cover.unit" : "cover.level") }),
  evaluate: (rule, input) => {
    if ((input.cover[rule.field] ?? "").trim() !== "") return ["pass"];
    return [{ form: null, rows: [], period: null, cells: [], message: text(MESSAGES[rule.field]) }];
  },
};
