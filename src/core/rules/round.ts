import type { Catalogue } from "../catalogue";
import type { Rule } from "./schema";

/** A reporting round: its catalogue of forms and the rules its figures are checked by. */
export interface Round extends Catalogue {
  rules: Rule[];
}
