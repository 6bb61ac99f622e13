import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Converts a file with headless LibreOffice, in a profile of its own; returns the new file's path. */
export function sofficeConvert(file: string, to: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  const ext = to.split(":")[0]!;
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
}

/** The text of each page of a PDF. */
export function pdfPages(pdf: string): string[] {
  const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return all.split("\f").slice(0, -1);
}

/** Renders one page of a PDF as a PNG; returns its path. */
export function pdfPageToPng(pdf: string, page: number, outBase: string): string {
  execFileSync("pdftoppm", [
    "-r",
    "60",
    "-png",
    "-singlefile",
    "-f",
    String(page),
    "-l",
    String(page),
    pdf,
    outBase,
  ]);
  return `${outBase}.png`;
}

export const readBytes = (file: string): Buffer => readFileSync(file);
