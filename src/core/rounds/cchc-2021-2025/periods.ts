import type { Period } from "../../catalogue/schema";

/** The five yearly periods of the 2021–2025 round; 2025 is counted up to 31/3. */
export const YEARS: Period[] = [
  { id: "y2021", label: "Năm 2021", year: 2021 },
  { id: "y2022", label: "Năm 2022", year: 2022 },
  { id: "y2023", label: "Năm 2023", year: 2023 },
  { id: "y2024", label: "Năm 2024", year: 2024 },
  { id: "y2025", label: "Năm 2025", note: "(tính đến 31/3)", year: 2025, months: 3 },
];
