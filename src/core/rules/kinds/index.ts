import type { KindSpec } from "../kind";
import type { Rule, RuleKind } from "../schema";
import { atMost } from "./at-most";
import { blankParts } from "./blank-parts";
import { cover } from "./cover";
import { domain } from "./domain";
import { jump } from "./jump";
import { notApplicable } from "./not-applicable";
import { noteAsked } from "./note-asked";
import { repeatBound } from "./repeat-bound";
import { requires } from "./requires";
import { sumEq, sumLe } from "./sum";
import { verdictReview } from "./verdict-review";

/** Every rule kind, described once; a kind added to the schema fails to compile until it is here. */
const KINDS: { [K in RuleKind]: KindSpec<K> } = {
  domain,
  atMost,
  sumEq,
  sumLe,
  blankParts,
  requires,
  noteAsked,
  jump,
  notApplicable,
  repeatBound,
  verdictReview,
  cover,
};

/** The description of a rule's kind, typed for that rule. */
export const kindOf = <R extends Rule>(rule: R): KindSpec<R["kind"]> =>
  KINDS[rule.kind] as KindSpec<R["kind"]>;
