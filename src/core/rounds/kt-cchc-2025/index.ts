import { withApplicability } from "../../catalogue/applicability";
import type { Round } from "../../rules/round";
import { APPLICABILITY } from "./applicability";
import { kt } from "./forms/kt";
import { RULE_DATA } from "./rules";
import { outline } from "./outline";

/**
 * Kiểm tra công tác CCHC năm 2025 (seeds 000 and 003): the figures of the report a unit sends for the
 * inspection after the two-tier local government (1/7/2025), for the city's departments and the communes,
 * wards and special zones.
 */
export const ktCchc2025 = {
  ...outline,
  forms: [withApplicability(kt, APPLICABILITY)],
  repeats: [],
  scopes: APPLICABILITY,
  rules: RULE_DATA,
} satisfies Round;
