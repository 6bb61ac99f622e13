import type { RoundOutline } from "../../catalogue";

/** What the round is called and holds, without its rows: the pane offers it before building anything. */
export const outline = {
  id: "CCHC-2021-2025",
  name: "Tổng kết CCHC giai đoạn 2021 - 2025",
  version: "CCHC-2021-2025/3",
  levels: [
    { id: "so", label: "Sở, ban, ngành" },
    { id: "huyen", label: "UBND cấp huyện" },
    { id: "xa", label: "UBND cấp xã" },
    { id: "nganhdoc", label: "Cơ quan ngành dọc" },
  ],
  forms: [
    { id: "PL1", sheet: "Phụ lục 1" },
    { id: "PL2", sheet: "Phụ lục 2" },
    { id: "PL3", sheet: "Phụ lục 3" },
    { id: "PL4", sheet: "Phụ lục 4" },
    { id: "PL5", sheet: "Phụ lục 5" },
    { id: "PL6", sheet: "Phụ lục 6" },
    { id: "PL7", sheet: "Phụ lục 7" },
    { id: "PL8", sheet: "Phụ lục 8" },
    { id: "PL9", sheet: "Phụ lục 9" },
    { id: "THKQ", sheet: "Bảng tổng hợp" },
  ],
} satisfies RoundOutline;
