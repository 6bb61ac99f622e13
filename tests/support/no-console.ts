// A test that logs has something to say that no assertion checks: make it fail.
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called during a test: ${args.map(String).join(" ")}`);
  });
}
