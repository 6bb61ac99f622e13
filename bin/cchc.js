#!/usr/bin/env node
// The command line runs from its build (dist-cli/, made by npm install or npm run build:cli).
const { existsSync } = require("fs");
const { join } = require("path");
const { pathToFileURL } = require("url");

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
