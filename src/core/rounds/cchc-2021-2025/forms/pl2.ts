import { rateOf, row } from "../../../catalogue/build";
import { sheetIn } from "../../../catalogue";
import { outline } from "../outline";
import { YEARS } from "../periods";
import type { Form } from "../../../catalogue/schema";

const F = "PL2";
const doc = { unit: "Văn bản" };

export const pl2: Form = {
  id: F,
  sheet: sheetIn(outline, F),
  heading: "Phụ lục 2",
  title: "Thống kê các nhiệm vụ tại lĩnh vực cải cách thể chế",
  indicatorHeader: "Nhiệm vụ/tiêu chí",
  orientation: "periodsAsColumns",
  periods: YEARS,
  rows: [
    row(
      "1",
      "pl2.issued",
      "count",
      "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành",
      doc
    ),
    row("", "pl2.issued.by_type", "group", "Chia theo tên loại VBQPPL", { depth: 1 }),
    row(
      "",
      "pl2.issued.hdnd_tinh",
      "count",
      "Nghị quyết của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
      { ...doc, depth: 2 }
    ),
    row("", "pl2.issued.ubnd_tinh", "count", "Quyết định của Ủy ban nhân dân cấp tỉnh", {
      ...doc,
      depth: 2,
    }),
    row("", "pl2.issued.hdnd_huyen", "count", "Nghị quyết của Hội đồng nhân dân cấp huyện", {
      ...doc,
      depth: 2,
      fixes: [
        {
          seed: "Nghị quyết của Hội đồng nhân cấp huyện",
          fixed: "Nghị quyết của Hội đồng nhân dân cấp huyện",
          why: 'thiếu chữ "dân"',
        },
      ],
    }),
    row("", "pl2.issued.ubnd_huyen", "count", "Quyết định của Ủy ban nhân dân cấp huyện", {
      ...doc,
      depth: 2,
    }),
    row("", "pl2.issued.hdnd_xa", "count", "Nghị quyết của Hội đồng nhân dân cấp xã", {
      ...doc,
      depth: 2,
    }),
    row("", "pl2.issued.ubnd_xa", "count", "Quyết định của Ủy ban nhân dân cấp xã", {
      ...doc,
      depth: 2,
    }),
    row("2", "pl2.inspected", "group", "Kiểm tra, xử lý VBQPPL"),
    row(
      "2.1",
      "pl2.inspected.count",
      "count",
      "Số VBQPPL đã kiểm tra thuộc thẩm quyền của cấp tỉnh",
      doc
    ),
    row("2.2", "pl2.inspected.rate", "rate", "Tỷ lệ xử lý VBQPPL sau kiểm tra", {
      unit: "%",
      expr: rateOf(F, "pl2.inspected.handled", "pl2.inspected.to_handle"),
    }),
    row(
      "2.2.1",
      "pl2.inspected.to_handle",
      "count",
      "Tổng số VBQPPL cần phải xử lý sau kiểm tra",
      doc
    ),
    row(
      "2.2.2",
      "pl2.inspected.handled",
      "count",
      "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
      doc
    ),
    row("3", "pl2.reviewed", "group", "Rà soát VBQPPL"),
    row(
      "3.1",
      "pl2.reviewed.count",
      "count",
      "Số VBQPPL đã rà soát thuộc thẩm quyền của cấp tỉnh",
      doc
    ),
    row("3.2", "pl2.reviewed.rate", "rate", "Tỷ lệ xử lý VBQPPL sau rà soát", {
      unit: "%",
      expr: rateOf(F, "pl2.reviewed.handled", "pl2.reviewed.to_handle"),
    }),
    row(
      "3.2.1",
      "pl2.reviewed.to_handle",
      "count",
      "Tổng số VBQPPL cần phải xử lý sau rà soát",
      doc
    ),
    row(
      "3.2.2",
      "pl2.reviewed.handled",
      "count",
      "Số VBQPPL có kiến nghị xử lý đã được xử lý xong",
      doc
    ),
    row("4", "pl2.unlawful", "count", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", {
      ...doc,
      fixes: [
        {
          seed: "Số VBQPL trái pháp luật về nội dung, thẩm quyền",
          fixed: "Số VBQPPL trái pháp luật về nội dung, thẩm quyền",
          why: "viết tắt sai (VBQPL)",
        },
      ],
    }),
    row(
      "5",
      "pl2.unlawful_handled",
      "count",
      "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý",
      doc
    ),
    row(
      "6",
      "pl2.quasi",
      "count",
      "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật",
      doc
    ),
  ],
};
