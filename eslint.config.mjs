import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const hostNames = ["Office", "Excel", "window", "document", "React"];

/** The plugin's own rules (load before read, sync after load, no sync in loops…), from its flat config. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/**", "dist-test/**", "node_modules/**", "tests/artifacts/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": "error",
    },
  },
  {
    // The domain core knows nothing of the host: hyperformula's src is the model.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...hostNames],
      "no-restricted-imports": ["error", { patterns: ["react", "react-*", "@fluentui/*", "exceljs", "fs", "node:*", "path", "../office/*", "../xlsx/*", "../taskpane/*", "../cli/*", "**/office/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"] }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
