import type { RoundOutline } from "../../catalogue";

/** What the round is called and holds, without its rows: the pane offers it before building anything. */
export const outline = {
  id: "KT-CCHC-2025",
  name: "Kiểm tra công tác CCHC năm 2025",
  version: "KT-CCHC-2025/1",
  levels: [
    { id: "so", label: "Sở, ban, ngành" },
    { id: "xa", label: "UBND xã, phường, đặc khu" },
  ],
  forms: [{ id: "KT", sheet: "Số liệu kiểm tra" }],
} satisfies RoundOutline;
