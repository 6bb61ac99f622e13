import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const schema = join(root, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

describe("the add-in package", () => {
  it("has a manifest that the published schemas accept, offline", () => {
    const r = spawnSync(
      "xmllint",
      ["--noout", "--nonet", "--schema", schema, join(root, "manifest.xml")],
      { encoding: "utf8" }
    );
    expect(r.stderr.trim()).toBe(`${join(root, "manifest.xml")} validates`);
    expect(r.status).toBe(0);
  });

  it("asks for ReadWriteDocument and ExcelApi 1.7, with a button on the Home tab", () => {
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  });

  it("builds for production with the manifest pointing at the URL given at build time", () => {
    const out = join(root, "dist");
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: root,
        env: { ...process.env, ADDIN_URL: "https://cchc.example.gov.vn/addin" },
        stdio: "pipe",
        timeout: 300_000,
      }
    );
    const built = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(built).not.toMatch(/localhost/);
    expect(built).toMatch(
      /<SourceLocation DefaultValue="https:\/\/cchc\.example\.gov\.vn\/addin\/taskpane\.html"\/>/
    );
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toMatch(
      /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/
    );
  });

  it("installs a cchc command that runs from its build, built by npm install", () => {
    const r = spawnSync(process.execPath, [join(root, "bin", "cchc.js"), "--help"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/cchc template --out/);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.bin).toEqual({ cchc: "bin/cchc.js" });
    expect(pkg.scripts.prepare).toBe("npm run build:cli");
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(readFileSync(join(root, "bin", "cchc.js"), "utf8")).toMatch(/dist-cli/);
  });

  it("stops quietly when its reader does, as in cchc check … | head", () => {
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${join(root, "bin", "cchc.js")}" --help | head -1`],
      {
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(r.stdout.trim()).toMatch(/^cchc/);
    expect(r.stderr).toBe("");
  });
});
