/* npm start.
 * Windows, macOS: sideload into Excel desktop with office-addin-debugging (fetched by npx: its
 * dependency chain does not install on Linux, so it is not a devDependency), which also starts the
 * dev server. Linux: no Excel desktop; serve the add-in over HTTPS and say how to sideload it into
 * Excel on the web. */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const run = (cmd, args) =>
  spawn(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });

if (process.platform === "win32" || process.platform === "darwin") {
  const child = run("npx", [
    "--yes",
    "office-addin-debugging@6",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
  ]);
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(
    [
      "",
      "Báo cáo CCHC — máy chủ phát triển: https://localhost:3000/taskpane.html",
      "",
      "Linux không có Excel desktop. Nạp phần bổ trợ vào Excel trên web (Excel for the web):",
      "  1. Mở https://localhost:3000/taskpane.html một lần trong trình duyệt và chấp nhận chứng chỉ",
      "     (hoặc tin cậy ~/.office-addin-dev-certs/ca.crt, xem README).",
      "  2. Mở một sổ làm việc trong Excel trên web (OneDrive / Microsoft 365).",
      "  3. Trang đầu → Phần bổ trợ (Add-ins) → Thêm phần bổ trợ khác → Tải lên phần bổ trợ của tôi",
      "     (Upload My Add-in) → chọn tệp manifest.xml của dự án này.",
      '  4. Bấm nút "Báo cáo CCHC" trên thẻ Trang đầu.',
      "Dừng: Ctrl+C hoặc npm stop.",
      "",
    ].join("\n")
  );
  // webpack itself, not through npx: the pid npm stop reads is then the server's own
  const server = run(process.execPath, [
    path.join(root, "node_modules", "webpack", "bin", "webpack.js"),
    "serve",
    "--mode",
    "development",
  ]);
  fs.writeFileSync(path.join(root, ".dev-server.pid"), String(server.pid));
  server.on("exit", (code) => {
    fs.rmSync(path.join(root, ".dev-server.pid"), { force: true });
    process.exit(code ?? 0);
  });
}
