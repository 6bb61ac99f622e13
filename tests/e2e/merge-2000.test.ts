import { round } from "../support/round";
import { mergeUnits } from "../../src/core/merge/merge";
import { mergeLayout } from "../../src/core/merge/output";
import { checkWorkbook } from "../../src/office/check-workbook";
import { readConsolidation, writeMerge } from "../../src/office/merge-workbook";
import { fakeHost } from "../fake-excel/host";
import { consistentFigures } from "../support/consistent";
import { unit } from "../support/units";

/** On the strict fake: a merge as large as a province's communes, within Excel on the web's limits. */
describe("Tổng hợp of 2,000 units in the open workbook", () => {
  it("writes 2,000 units' figures in requests under 4 MB, and reads the result back in responses under 4 MB", async () => {
    const big = fakeHost();
    const many = Array.from({ length: 2000 }, (_, i) =>
      unit(
        `u${i}.xlsx`,
        `UBND xã Số ${i}`,
        consistentFigures(i + 1, "xa", ["PL1", "PL3", "PL6", "PL8"])
      )
    );
    const c = await readConsolidation(big);
    await writeMerge(big, mergeLayout(mergeUnits(many, round), { unit: "UBND tỉnh" }, round), c);
    expect(big.syncs[1]).toBeGreaterThan(3);
    await readConsolidation(big);
    const { report } = await checkWorkbook(big);
    expect(report.forms).toEqual([]);
    expect(Math.max(...big.payloads, ...big.responses)).toBeLessThan(4 * 1024 * 1024);
  });
});
