/* Remakes tests/fixtures/don-vi-tan-hoa-libreoffice.xlsx, a unit's workbook as units send them: the current
 * template for a commune, figures typed as people type them (some as text), then opened and saved again by
 * LibreOffice Calc, which recomputes the formulas. Run it when the template changes: npm run fixtures. */
import { cchc20212025 } from "../src/core/rounds/cchc-2021-2025";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbookLayout } from "../src/core/layout";
import { fillLayout } from "../src/core/layout/fill";
import { writeLayout } from "../src/xlsx/write";
import { sofficeConvert } from "../tests/support/libreoffice";

const typed = {
  PL1: {
    "pl1.plan.tasks": { y2021: 40, y2022: "1.234" },
    "pl1.plan.done": { y2021: 45 },
    "pl1.outreach.contest": { y2021: "Có" },
    "pl1.survey.forms": { y2024: 120 },
    "pl1.survey.satisfaction": { y2024: "85,5" },
  },
  PL8: { "pl8.payment.fees": { y2024: 100 }, "pl8.payment.integrated": { y2024: 90 } },
  // targets the figures measure in part: the proposals chosen (3, 6), and one overridden with its reason (11)
  PL9: {
    "pl9.t3": { verdict: "Đạt" },
    "pl9.t6": { verdict: "Không đạt" },
    "pl9.t11": {
      verdict: "Đạt",
      remark: "Khảo sát riêng về dịch vụ y tế, giáo dục công lập năm 2024: 91% hài lòng.",
    },
  },
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "cchc-fixture-"));
  const typedFile = join(work, "don-vi-tan-hoa-libreoffice.xlsx");
  const layout = fillLayout(
    buildWorkbookLayout(cchc20212025, { unit: "UBND xã Tân Hòa", level: "xa" }),
    typed
  );
  writeFileSync(typedFile, await writeLayout(layout));
  const saved = sofficeConvert(typedFile, "xlsx:Calc MS Excel 2007 XML", join(work, "saved"));
  copyFileSync(
    saved,
    join(__dirname, "..", "tests", "fixtures", "don-vi-tan-hoa-libreoffice.xlsx")
  );
}

void main();
