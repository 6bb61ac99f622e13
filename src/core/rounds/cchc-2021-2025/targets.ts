import { cell, drop, pct, sum } from "../../catalogue/build";
import { YEARS } from "./periods";
import type { TargetSet } from "../../catalogue/targets/schema";

const atLeast = (min: number) => ({ min });

/** Targets of Nghị quyết 76/NQ-CP (2021–2025) that the figures of Phụ lục 1–8 can judge. */
export const nq76: TargetSet = {
  id: "NQ76-2021-2025",
  name: "Nghị quyết 76/NQ-CP, giai đoạn 2021–2025",
  form: "PL9",
  periods: YEARS.map(({ id, year, months }) => ({ id, year, ...(months ? { months } : {}) })),
  tierOf: { so: "tinh", nganhdoc: "tinh", huyen: "huyen", xa: "xa" },
  // the rates a consolidation's overview ranks units by
  rankings: [
    { label: "Hoàn thành kế hoạch CCHC (PL1 2)", value: cell("PL1", "pl1.plan.rate") },
    {
      label: "Hồ sơ TTHC giải quyết đúng hẹn (PL3 4)",
      value: cell("PL3", "pl3.on_time.tinh"),
      byTier: {
        tinh: cell("PL3", "pl3.on_time.tinh"),
        huyen: cell("PL3", "pl3.on_time.huyen"),
        xa: cell("PL3", "pl3.on_time.xa"),
      },
    },
    { label: "DVCTT toàn trình (PL8 6.1)", value: cell("PL8", "pl8.online.full_rate") },
  ],
  targets: [
    {
      no: 3,
      checks: [
        {
          label: "PL8 6.5",
          value: cell("PL8", "pl8.payment.rate"),
          at: "latest",
          threshold: atLeast(80),
        },
      ],
      unmeasured: "Tỷ lệ giao dịch thanh toán trực tuyến từ 30% trở lên: không có trong biểu mẫu.",
    },
    {
      no: 4,
      checks: [
        {
          label: "PL3 6.1",
          value: cell("PL3", "pl3.digitised.results"),
          at: "latest",
          // "+20%" a year is read as percentage points
          threshold: {
            byTier: { tinh: 30, huyen: 20, xa: 15 },
            baseYear: 2021,
            step: 20,
            cap: 100,
          },
        },
      ],
    },
    {
      no: 5,
      checks: [
        // its measure said in the evidence: toàn trình services only, of those eligible for it
        {
          label: "DVCTT toàn trình / DVC đủ điều kiện (PL8 6.1)",
          value: cell("PL8", "pl8.online.full_rate"),
          at: "latest",
          threshold: atLeast(80),
        },
        {
          // the dossiers of online services: the forms hold no count of every dossier
          label: "Hồ sơ nộp trực tuyến / hồ sơ của các DVCTT (PL8 (6.3.2 + 6.4.2)/(6.3.1 + 6.4.1))",
          value: pct(
            sum(
              cell("PL8", "pl8.dossiers.full_online"),
              cell("PL8", "pl8.dossiers.partial_online")
            ),
            sum(cell("PL8", "pl8.dossiers.full"), cell("PL8", "pl8.dossiers.partial"))
          ),
          at: "latest",
          threshold: atLeast(50),
        },
      ],
      unmeasured:
        "Không có trong biểu mẫu: DVC trực tuyến một phần trong chỉ tiêu 80% (PL8 6.1 chỉ đếm DVCTT toàn trình); tỷ lệ TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia (80%); hồ sơ của các TTHC chưa cung cấp trực tuyến (tỷ lệ 50% tính trên hồ sơ của các DVCTT).",
    },
    {
      no: 6,
      checks: [
        {
          label: "PL1 7.3",
          value: cell("PL1", "pl1.survey.satisfaction"),
          at: "latest",
          threshold: atLeast(90),
        },
      ],
      unmeasured:
        "Mức độ hài lòng về TTHC lĩnh vực đất đai, xây dựng, đầu tư (85%): không có trong biểu mẫu.",
    },
    {
      no: 10,
      checks: [
        {
          label: "PL7 3 giảm so với 2021",
          value: drop(cell("PL7", "pl7.units", "y2021"), cell("PL7", "pl7.units")),
          at: { period: "y2025" },
          threshold: atLeast(10),
        },
        {
          label: "PL4 3.1 giảm so với 2021",
          value: drop(cell("PL4", "pl4.service.quota", "y2021"), cell("PL4", "pl4.service.quota")),
          at: { period: "y2025" },
          threshold: atLeast(10),
        },
      ],
    },
    {
      no: 11,
      checks: [
        {
          label: "PL1 7.3",
          value: cell("PL1", "pl1.survey.satisfaction"),
          at: "latest",
          threshold: atLeast(90),
        },
      ],
      unmeasured:
        "Mức độ hài lòng về dịch vụ y tế, giáo dục công lập (85%): không có trong biểu mẫu.",
    },
    {
      no: 14,
      checks: [
        {
          label: "(PL7 3.1 + 3.2)/PL7 3",
          value: pct(
            sum(cell("PL7", "pl7.units.full"), cell("PL7", "pl7.units.recurrent")),
            cell("PL7", "pl7.units")
          ),
          at: "latest",
          threshold: atLeast(20),
        },
      ],
      unmeasured:
        "Chuyển đổi 100% ĐVSN kinh tế và sự nghiệp khác đủ điều kiện: không có trong biểu mẫu.",
    },
    {
      no: 19,
      checks: [
        {
          label: "PL8 3",
          value: cell("PL8", "pl8.reports"),
          at: "latest",
          threshold: atLeast(100),
        },
      ],
    },
  ],
};
