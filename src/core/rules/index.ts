import { RULE_DATA } from "./data";
import type { Rule } from "./schema";

/** The rules as typed data: `validate.ts` checks ids and rows against the catalogue in the test suite. */
export const RULES: Rule[] = RULE_DATA;
