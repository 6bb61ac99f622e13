/** The bench prints tab-separated rows: a figure, and its goal beside it. */
export const row = (cells: (string | number)[]) =>
  process.stdout.write(`${cells.map(String).join("\t")}\n`);
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
