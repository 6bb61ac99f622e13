import { rateOf, row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const F = "PL8";
const proc = { unit: "Thủ tục" };
/** a count of the services or procedures of the list a level shares: every unit of that level reports it */
const shared = { ...proc, aggregate: "perLevel" as const };
const dossiers = { unit: "Hồ sơ" };
const pct = { unit: "%" };
const done = [
  { code: 0, label: "Chưa có" },
  { code: 1, label: "Hoàn thành" },
];

export const pl8: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 8",
  title:
    "Thống kê các chỉ tiêu tại lĩnh vực xây dựng và phát triển Chính quyền điện tử, chính quyền số",
  indicatorHeader: "Chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  rows: [
    row(
      "1",
      "pl8.architecture",
      "status",
      "Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất",
      {
        codes: [
          { code: 0, label: "Chưa" },
          { code: 1, label: "Hoàn thành" },
        ],
      }
    ),
    // one row in the seed, the two levels of connection in its label; coded as Bảng tổng hợp VII.2 codes it
    row(
      "2",
      "pl8.meetings",
      "status",
      "Xây dựng và vận hành Hệ thống họp trực tuyến\nLiên thông 2 cấp: Từ UBND tỉnh - 100% UBND các huyện.\nLiên thông 3 cấp: Từ UBND tỉnh - 100% UBND cấp huyện, cấp xã.",
      {
        codes: done,
      }
    ),
    row(
      "3",
      "pl8.reports",
      "enteredRate",
      "Tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia",
      pct
    ),
    row(
      "4",
      "pl8.lgsp",
      "status",
      "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).",
      {
        codes: [
          { code: 0, label: "Chưa" },
          { code: 1, label: "Đang làm" },
          { code: 2, label: "Hoàn thành" },
        ],
      }
    ),
    row("5", "pl8.edocs", "group", "Số liệu về trao đổi văn bản điện tử"),
    row(
      "5.1",
      "pl8.edocs.linked",
      "group",
      "Thực hiện kết nối, liên thông các Hệ thống quản lý văn bản điều hành từ cấp tỉnh đến cấp xã"
    ),
    row(
      "5.1.1",
      "pl8.edocs.linked.tinh",
      "enteredRate",
      "Tỷ lệ sở, ngành đã kết nối, liên thông với UBND tỉnh",
      pct
    ),
    row(
      "5.1.2",
      "pl8.edocs.linked.huyen",
      "enteredRate",
      "Tỷ lệ UBND cấp huyện đã kết nối, liên thông với UBND tỉnh",
      pct
    ),
    row(
      "5.1.3",
      "pl8.edocs.linked.xa",
      "enteredRate",
      "Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND huyện.",
      pct
    ),
    row(
      "5.2",
      "pl8.edocs.usage",
      "enteredRate",
      "Tỷ lệ sử dụng văn bản điện tử của địa phương (Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử; sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử).",
      pct
    ),
    row(
      "5.2.1",
      "pl8.edocs.usage.tinh",
      "enteredRate",
      "Tỷ lệ sử dụng văn bản điện tử của các sở, ban, ngành cấp tỉnh",
      pct
    ),
    row(
      "5.2.2",
      "pl8.edocs.usage.huyen",
      "enteredRate",
      "Tỷ lệ sử dụng văn bản điện tử của UBND cấp huyện",
      pct
    ),
    row(
      "5.2.3",
      "pl8.edocs.usage.xa",
      "enteredRate",
      "Tỷ lệ sử dụng văn bản điện tử của UBND cấp xã",
      pct
    ),
    row(
      "5.3",
      "pl8.one_stop",
      "group",
      "Xây dựng, vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh"
    ),
    row(
      "5.3.1",
      "pl8.one_stop.tinh",
      "enteredRate",
      "Tỷ lệ sở, ngành đã kết nối liên thông với Hệ thống",
      pct
    ),
    row(
      "5.3.2",
      "pl8.one_stop.huyen",
      "enteredRate",
      "Tỷ lệ đơn vị cấp huyện đã kết nối liên thông với Hệ thống",
      pct
    ),
    row(
      "5.3.3",
      "pl8.one_stop.xa",
      "enteredRate",
      "Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống",
      pct
    ),
    row("6", "pl8.online", "group", "Cung cấp dịch vụ công trực tuyến"),
    row("6.1", "pl8.online.full_rate", "rate", "Tỷ lệ DVCTT toàn trình đủ điều kiện", {
      ...pct,
      expr: rateOf(F, "pl8.online.full", "pl8.online.eligible"),
    }),
    row(
      "6.1.1",
      "pl8.online.eligible",
      "count",
      "Tổng số DVC đủ điều kiện lên trực tuyến toàn trình",
      shared
    ),
    row("6.1.2", "pl8.online.full", "count", "Số lượng DVCTT toàn trình", shared),
    row(
      "6.2",
      "pl8.online.used_rate",
      "rate",
      "Tỷ lệ DVC có phát sinh hồ sơ nộp trực tuyến (toàn trình + một phần)",
      {
        ...pct,
        expr: rateOf(F, "pl8.online.used_online", "pl8.online.used"),
      }
    ),
    row(
      "6.2.1",
      "pl8.online.used",
      "count",
      "Tổng số DVCTT có phát sinh hồ sơ (gồm các DVCTT có phát sinh hồ sơ trực tuyến hoặc trực tiếp hoặc cả 2 hình thức)",
      proc
    ),
    row("6.2.2", "pl8.online.used_online", "count", "Số DVCTT có phát sinh hồ sơ trực tuyến", proc),
    row("6.3", "pl8.dossiers.full_rate", "rate", "Tỷ lệ hồ sơ trực tuyến toàn trình", {
      ...pct,
      expr: rateOf(F, "pl8.dossiers.full_online", "pl8.dossiers.full"),
    }),
    row(
      "6.3.1",
      "pl8.dossiers.full",
      "count",
      "Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp)",
      dossiers
    ),
    row(
      "6.3.2",
      "pl8.dossiers.full_online",
      "count",
      "Số hồ sơ nộp trực tuyến của các DVCTT toàn trình",
      dossiers
    ),
    row("6.4", "pl8.dossiers.partial_rate", "rate", "Tỷ lệ hồ sơ trực tuyến một phần", {
      ...pct,
      expr: rateOf(F, "pl8.dossiers.partial_online", "pl8.dossiers.partial"),
    }),
    row(
      "6.4.1",
      "pl8.dossiers.partial",
      "count",
      "Tổng số hồ sơ của DVCTT một phần (gồm hồ sơ nộp trực tuyến + trực tiếp)",
      dossiers
    ),
    row(
      "6.4.2",
      "pl8.dossiers.partial_online",
      "count",
      "Số hồ sơ nộp trực tuyến của các DVCTT một phần",
      dossiers
    ),
    row(
      "6.5",
      "pl8.payment.rate",
      "rate",
      "Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến",
      {
        ...pct,
        expr: rateOf(F, "pl8.payment.integrated", "pl8.payment.fees"),
      }
    ),
    row(
      "6.5.1",
      "pl8.payment.fees",
      "count",
      "Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,…)",
      shared
    ),
    row(
      "6.5.2",
      "pl8.payment.integrated",
      "count",
      "Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên Cổng DVC của tỉnh",
      shared
    ),
  ],
};
