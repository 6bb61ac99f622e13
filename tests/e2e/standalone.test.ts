import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(__dirname, "..", "..");

/** The files a clone holds: tracked or new, never ignored ones (node_modules, dist, artifacts). */
const cloneFiles = (): string[] =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f !== "");

describe("a clone of the repository, alone in an empty folder", () => {
  const outer = mkdtempSync(join(tmpdir(), "cchc-clone-"));
  const clone = join(outer, "project");

  beforeAll(() => {
    for (const file of cloneFiles()) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(root, file), join(clone, file));
    }
    // the packages are what `npm install` would bring; only the repository's own files are under test
    symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir");
  });
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it("names nothing outside itself", () => {
    for (const file of cloneFiles().filter(
      (f) => !f.startsWith("docs/sources/") && f !== "package-lock.json" && f !== "CHANGELOG.md"
    ))
      expect([
        file,
        /\.\.\/shared|["']shared["']/.test(readFileSync(join(root, file), "utf8")),
      ]).toEqual([file, false]);
  });

  it("validates its manifest offline", () => {
    const r = spawnSync(process.execPath, ["scripts/validate-manifest.js", "manifest.xml"], {
      cwd: clone,
      encoding: "utf8",
    });
    expect(r.stderr.trim()).toBe("manifest.xml validates");
    expect(r.status).toBe(0);
  });

  it("holds its catalogue against the source documents it carries", () => {
    const jest = join(root, "node_modules", "jest", "bin", "jest.js");
    const r = spawnSync(
      process.execPath,
      [jest, "--ci", "--selectProjects", "unit", "tests/unit/catalogue.test.ts"],
      { cwd: clone, encoding: "utf8", timeout: 180_000 }
    );
    expect(r.stderr).toMatch(/Tests: +\d+ passed, \d+ total/);
    expect(r.status).toBe(0);
  });
});
