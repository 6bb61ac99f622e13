import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Builds the task pane once, with the fake Office host beside it, for every browser test; and the CLI. */
export default function globalSetup(): void {
  const root = join(__dirname, "..", "..");
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "development",
      "--env",
      "testHost",
      "--no-devtool",
    ],
    {
      cwd: root,
      stdio: "pipe",
      timeout: 300_000,
    }
  );
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], {
    cwd: root,
    stdio: "pipe",
    timeout: 120_000,
  });
}
