/* npm run validate: the XML manifest against the published task-pane schemas kept in schemas/, offline
 * with xmllint (office-addin-manifest validate needs an online service). */
const { spawnSync } = require("child_process");
const path = require("path");

const manifest = process.argv[2] || "manifest.xml";
const schema = path.join(
  __dirname,
  "..",
  "schemas",
  "office-addin-manifest",
  "OfficeAppManifestV1_1.xsd"
);
const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], {
  stdio: "inherit",
});
if (r.error) {
  process.stderr.write(`Cần xmllint (Debian: apt-get install libxml2-utils): ${r.error.message}\n`);
  process.exit(2);
}
process.exit(r.status ?? 1);
