import { vi } from "../../src/core/messages/vi";
import { explain } from "../../src/taskpane/errors";
import { FakeExcelError } from "../fake-excel/errors";

describe("Office errors, as the user reads them", () => {
  it("tells what to do in Vietnamese, and keeps Excel's code and message as the detail", () => {
    const e = new FakeExcelError(
      "InvalidOperationInCellEditMode",
      "Excel is in cell-editing mode."
    );
    expect(explain(e)).toEqual({
      message: vi["error.office.InvalidOperationInCellEditMode"],
      detail: "InvalidOperationInCellEditMode: Excel is in cell-editing mode.",
    });
  });

  it("has an instruction for every code the add-in can meet, and a general one for the rest", () => {
    for (const code of [
      "AccessDenied",
      "ApiNotFound",
      "BadPassword",
      "GeneralException",
      "ItemAlreadyExists",
      "ItemNotFound",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
    ])
      expect([code, explain(new FakeExcelError(code, "x")).message]).not.toEqual([
        code,
        expect.stringMatching(/báo lỗi/),
      ]);
    expect(explain(new FakeExcelError("SomethingNew", "x")).message).toBe(
      "Excel báo lỗi SomethingNew. Hãy thử lại; nếu vẫn lỗi, hãy chạy Tự kiểm tra (thẻ Hỗ trợ) và gửi báo cáo cho bộ phận hỗ trợ."
    );
  });

  it("passes the add-in's own Vietnamese failures through, with no detail", () => {
    expect(explain(new Error("Tệp bị hỏng"))).toEqual({ message: "Tệp bị hỏng", detail: "" });
  });
});
