/* npm run build:cli (also run by npm install, through "prepare"): the command line bundled once, so that
 * `cchc` starts without compiling TypeScript. Each command is its own chunk, loaded only when it runs. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

await build({
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
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
