import { captureIO } from "../support/files";

jest.mock("../../src/cli/commands/template", () => ({
  template: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
}));

describe("cchc, when something goes wrong in cchc itself", () => {
  it("says so in one Vietnamese line, with no stack trace, and exits 2", async () => {
    const { main } = await import("../../src/cli/main");
    const c = captureIO();
    expect(await main(["template", "--out", "x.xlsx"], c.io)).toBe(2);
    expect(c.err).toEqual([
      "cchc gặp lỗi không mong đợi: Cannot read properties of undefined (reading 'x'). Hãy chạy lại với CCHC_DEBUG=1 và gửi kết quả cho bộ phận hỗ trợ.",
    ]);
  });
});
