/** Two projects: fast unit/adapter specs, and end-to-end specs that drive LibreOffice and Chromium. */
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
      },
      module: { type: "commonjs" },
    },
  ],
};
const common = {
  transform,
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/tests/support/no-console.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
      setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/tests/support/e2e-timeout.ts"],
      slowTestThreshold: 60,
    },
  ],
};
