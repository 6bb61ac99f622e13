import { row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const people = { unit: "Người" };
const units = { unit: "Đơn vị" };

export const pl6: Form = {
  id: "PL6",
  sheet: sheetIn(outline, "PL6"),
  heading: "Phụ lục 6",
  title: "Thống kê các chỉ tiêu tại lĩnh vực cải cách chế độ công vụ",
  indicatorHeader: "Chỉ tiêu",
  orientation: "periodsAsColumns",
  periods: YEARS,
  rows: [
    row("1", "pl6.positions", "group", "Vị trí việc làm của công chức, viên chức"),
    row(
      "1.1",
      "pl6.positions.agencies",
      "count",
      "Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định",
      units
    ),
    row(
      "1.2",
      "pl6.positions.service_units",
      "count",
      "Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định",
      units
    ),
    row(
      "1.3",
      "pl6.positions.violations",
      "count",
      "Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra",
      units
    ),
    row("2", "pl6.hiring", "group", "Tuyển dụng công chức, viên chức"),
    row(
      "2.1",
      "pl6.hiring.civil_exam",
      "count",
      "Số công chức được tuyển dụng (thi tuyển, xét tuyển)",
      people
    ),
    row(
      "2.2",
      "pl6.hiring.civil_special",
      "count",
      "Số công chức được tuyển dụng theo trường hợp đặc biệt.",
      people
    ),
    row(
      "2.3",
      "pl6.hiring.commune_promoted",
      "count",
      "Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên.",
      people
    ),
    row(
      "2.4",
      "pl6.hiring.public_exam",
      "count",
      "Số viên chức được tuyển dụng (thi tuyển, xét tuyển).",
      people
    ),
    row(
      "2.5",
      "pl6.hiring.public_special",
      "count",
      "Số viên chức được tuyển dụng theo trường hợp đặc biệt.",
      people
    ),
    row(
      "3",
      "pl6.leaders_by_exam",
      "count",
      "Số lượng lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển (Lũy kế từ đầu năm)",
      people
    ),
    row(
      "4",
      "pl6.discipline",
      "count",
      "Số lượng CBCCVC bị kỷ luật (cả về Đảng và chính quyền).",
      people
    ),
    row(
      "4.1",
      "pl6.discipline.province_leaders",
      "count",
      "Số lãnh đạo cấp tỉnh bị kỷ luật.",
      people
    ),
    row(
      "4.2",
      "pl6.discipline.department_leaders",
      "count",
      "Số lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật.",
      people
    ),
    row(
      "4.3",
      "pl6.discipline.division_leaders",
      "count",
      "Số lãnh đạo cấp phòng thuộc sở, ngành và UBND cấp huyện bị kỷ luật.",
      people
    ),
    row(
      "4.4",
      "pl6.discipline.service_staff",
      "count",
      "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật.",
      people
    ),
    row(
      "5",
      "pl6.trained",
      "count",
      "Số lượng viên chức được bồi dưỡng, tập huấn hằng năm",
      people
    ),
    row("6", "pl6.courses", "count", "Số lượng các lớp đào tạo, bồi dưỡng", { unit: "Lớp" }),
  ],
};
