import { readCover } from "../../src/office/cover";
import { createForms, type Decision } from "../../src/office/create-forms";
import { fakeHost } from "../fake-excel/host";

const never = async (): Promise<Decision> => {
  throw new Error("asked when nothing existed");
};

describe("reading the open workbook's cover for Tạo biểu mẫu", () => {
  it("gives back the unit, level and round the forms were made with, in three syncs", async () => {
    const host = fakeHost();
    await createForms(
      host,
      { unit: "UBND xã Tân Hòa", level: "xa", round: "Kiểm tra CCHC năm 2025" },
      never
    );
    host.reset();
    expect(await readCover(host)).toEqual({
      info: expect.objectContaining({
        unit: "UBND xã Tân Hòa",
        level: "xa",
        round: "Kiểm tra CCHC năm 2025",
      }) as unknown,
      round: "CCHC-2021-2025",
    });
    expect(host.syncs).toEqual([3]);
  });

  it("gives nothing for a workbook without a cover, after two syncs", async () => {
    const host = fakeHost();
    expect(await readCover(host)).toBeNull();
    expect(host.syncs).toEqual([2]);
  });
});
