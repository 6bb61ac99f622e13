/* The floor a merge is measured against: each unit workbook unzipped (fflate) and its XML parts parsed
 * (saxes), nothing checked, nothing kept. Run as its own process by bench/index.ts: prints
 * {"ms":…,"maxRssMb":…,"cells":…} for the files of the folder it is given. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

const dir = process.argv[2]!;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(dir, f));
const decoder = new TextDecoder();
const started = performance.now();
let cells = 0;
for (const file of files) {
  const parts = unzipSync(readFileSync(file), {
    filter: (f) => f.name.endsWith(".xml") || f.name.endsWith(".rels"),
  });
  for (const bytes of Object.values(parts)) {
    const parser = new SaxesParser({ position: false });
    parser.on("opentag", (t) => {
      if (t.name === "c") cells++;
    });
    parser.write(decoder.decode(bytes)).close();
  }
}
process.stdout.write(
  JSON.stringify({
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cells,
  })
);
