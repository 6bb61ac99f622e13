import type { RoundOutline } from "../catalogue";
import { outline as cchc20212025 } from "./cchc-2021-2025/outline";
import { outline as ktCchc2025 } from "./kt-cchc-2025/outline";

/**
 * Every round's outline, in the order of `list.ts` (a test holds the two lists alike): what the pane's first
 * load knows of the rounds, without their rows and rules.
 */
export const OUTLINE_LIST: RoundOutline[] = [cchc20212025, ktCchc2025];
