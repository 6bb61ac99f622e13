import { withApplicability } from "../../catalogue/applicability";
import { withRepeats } from "../../catalogue/repeats";
import type { Round } from "../../rules/round";
import { APPLICABILITY } from "./applicability";
import { pl1 } from "./forms/pl1";
import { pl2 } from "./forms/pl2";
import { pl3 } from "./forms/pl3";
import { pl4 } from "./forms/pl4";
import { pl5 } from "./forms/pl5";
import { pl6 } from "./forms/pl6";
import { pl7 } from "./forms/pl7";
import { pl8 } from "./forms/pl8";
import { pl9 } from "./forms/pl9";
import { thkq } from "./forms/thkq";
import { REPEATS } from "./repeats";
import { RULE_DATA } from "./rules";
import { nq76 } from "./targets";
import { outline } from "./outline";

/** Tổng kết CCHC 2021–2025: Phụ lục 1–9 (seed 004) and the Bảng tổng hợp (seed 002), by year 2021–2025. */
export const cchc20212025 = {
  ...outline,
  forms: [pl1, pl2, pl3, pl4, pl5, pl6, pl7, pl8, pl9, thkq].map((f) =>
    withRepeats(withApplicability(f, APPLICABILITY), REPEATS)
  ),
  targets: nq76,
  repeats: REPEATS,
  scopes: APPLICABILITY,
  rules: RULE_DATA,
} satisfies Round;
