/* Preloaded into a command a test or the bench runs (node -r): writes the process's peak resident memory,
 * in MB, to the file CCHC_MAX_RSS_FILE names, when the process ends. */
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.CCHC_MAX_RSS_FILE)
    writeFileSync(process.env.CCHC_MAX_RSS_FILE, String(process.resourceUsage().maxRSS / 1024));
});
