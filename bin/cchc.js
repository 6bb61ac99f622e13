#!/usr/bin/env node
// The command line runs from its build (dist-cli/, made by npm install or npm run build:cli).
const { existsSync } = require("fs");
const { join } = require("path");
const { pathToFileURL } = require("url");

// a merge reads thousands of files in a row, each leaving garbage: the heap may grow by half its live size
// between full collections, not by V8's default of up to four times, which kept ~100 MB of garbage resident
require("v8").setFlagsFromString("--heap-growing-percent=50");

const built = join(__dirname, "..", "dist-cli", "main.mjs");
if (!existsSync(built)) {
  process.stderr.write("Chưa dựng công cụ dòng lệnh cchc. Hãy chạy: npm run build:cli\n");
  process.exit(2);
}
// a reader that stops early (cchc check … | head) is not an error
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});
import(pathToFileURL(built).href)
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    }
  );
