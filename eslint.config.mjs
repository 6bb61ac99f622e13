import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const hostNames = ["Office", "Excel", "window", "document", "React"];
const hostImports = [
  "react",
  "react-*",
  "@fluentui/*",
  "exceljs",
  "fs",
  "node:*",
  "path",
  "**/office/**",
  "**/xlsx/**",
  "**/taskpane/**",
  "**/cli/**",
  "../office",
  "../xlsx",
  "../taskpane",
  "../cli",
];

/** The core's layers, lowest first: a module may import its own layer and those below, never above. */
const CORE_LAYERS = [
  ["a1", "figure", "values", "sheet-keys", "messages"],
  ["catalogue"],
  ["expr", "compute"],
  ["assess"],
  ["layout"],
  ["read"],
  ["rules"],
  ["rounds"],
  ["check", "carry", "problems", "problems-sheet"],
  ["merge"],
];
/** The import paths that reach a core module from anywhere inside the core. */
const above = (m) => [
  `./${m}`,
  `./${m}/*`,
  `../${m}`,
  `../${m}/*`,
  `../../${m}`,
  `../../${m}/*`,
  `../../../${m}`,
  `../../../${m}/*`,
];

/** The plugin's own rules (load before read, sync after load, no sync in loops…), from its flat config. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/"))
);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-test/**",
      "dist-cli/**",
      "node_modules/**",
      "tests/artifacts/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-explicit-any": "error",
      // leaving a property out of a copy names it: { figures, ...line }
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      "no-console": "error",
    },
  },
  {
    // The domain core knows nothing of the host: hyperformula's src is the model.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...hostNames],
      "no-restricted-imports": ["error", { patterns: hostImports }],
    },
  },
  // Inside the core, each layer imports only the layers below it (docs/architecture.md).
  ...CORE_LAYERS.map((dirs, i) => ({
    files: dirs.map((d) => `src/core/${d}{.ts,/**/*.ts}`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...hostImports,
            ...CORE_LAYERS.slice(i + 1)
              .flat()
              .flatMap(above),
          ],
        },
      ],
    },
  })),
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: {
      sourceType: "module",
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
  }
);
