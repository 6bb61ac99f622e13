/* npm run bench: figures, not timed tests. Prints what each Office action costs on the fake Excel
 * (syncs, the largest request against Excel on the web's 5 MB) and how long the core takes. */
import { createForms } from "../src/office/create-forms";
import { buildWorkbookLayout } from "../src/core/layout";
import { fakeHost } from "../tests/fake-excel/host";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) => process.stdout.write(`${cells.map(String).join("\t")}\n`);

async function main(): Promise<void> {
  row(["action", "syncs", "requests", "largest request", "time"]);
  let t = performance.now();
  for (let i = 0; i < 20; i++) buildWorkbookLayout();
  row(["layout (core, all forms)", "-", "-", "-", `${((performance.now() - t) / 20).toFixed(1)} ms`]);

  const host = fakeHost();
  t = performance.now();
  await createForms(host, { unit: "UBND xã Tân Hòa", level: "xa" }, async () => "replace");
  row(["Tạo biểu mẫu (10 forms)", host.syncs.reduce((a, b) => a + b, 0), host.payloads.length, kb(Math.max(...host.payloads)), `${(performance.now() - t).toFixed(0)} ms`]);
  host.reset();
  t = performance.now();
  await createForms(host, {}, async () => "replace");
  row(["Tạo lại, giữ số liệu", host.syncs.reduce((a, b) => a + b, 0), host.payloads.length, kb(Math.max(...host.payloads)), `${(performance.now() - t).toFixed(0)} ms`]);
}

void main();
