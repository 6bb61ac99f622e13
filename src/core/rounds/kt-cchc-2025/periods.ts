import type { Period } from "../../catalogue/schema";

/** Seeds 000 and 003: "Số liệu báo cáo tính từ 01/07/2025 đến thời điểm báo cáo" — after the two-tier reform. */
export const SINCE_JULY: Period[] = [
  { id: "h2025", label: "Từ 01/7/2025", note: "(đến thời điểm báo cáo)", year: 2025, months: 6 },
];
