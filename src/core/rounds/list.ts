import type { Round } from "../rules/round";
import { cchc20212025 } from "./cchc-2021-2025";
import { ktCchc2025 } from "./kt-cchc-2025";

/** Every round the product knows, the current one first: adding a round is its folder and a line here. */
export const ROUND_LIST: Round[] = [cchc20212025, ktCchc2025];
