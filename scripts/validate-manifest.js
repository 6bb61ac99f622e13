/* npm run validate: the XML manifest against the published task-pane schemas, offline with
 * xmllint (office-addin-manifest validate needs an online service). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const manifest = process.argv[2] || "manifest.xml";
const schemas = [path.join(__dirname, "..", "..", "shared", "schemas", "office-addin-manifest"), path.join(__dirname, "..", "schemas", "office-addin-manifest")].find((d) =>
  fs.existsSync(path.join(d, "OfficeAppManifestV1_1.xsd")),
);
if (!schemas) {
  process.stderr.write("Không tìm thấy lược đồ XSD (../shared/schemas/office-addin-manifest). Dùng: npx office-addin-manifest validate manifest.xml (cần mạng).\n");
  process.exit(2);
}
const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(schemas, "OfficeAppManifestV1_1.xsd"), manifest], { stdio: "inherit" });
if (r.error) {
  process.stderr.write(`Cần xmllint (Debian: apt-get install libxml2-utils): ${r.error.message}\n`);
  process.exit(2);
}
process.exit(r.status ?? 1);
