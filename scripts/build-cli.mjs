/* npm run build:cli (also run by npm install, through "prepare"): the command line bundled once, so that
 * `cchc` starts without compiling TypeScript. Each command is its own chunk, loaded only when it runs. */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// chunks are named by their content: the old ones would pile up beside the new
rmSync(new URL("../dist-cli", import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts" },
  outdir: "dist-cli",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
