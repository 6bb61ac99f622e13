/* npm stop: the counterpart of npm start on each platform. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["--yes", "office-addin-debugging@6", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
}
const pidFile = path.join(root, ".dev-server.pid");
if (!fs.existsSync(pidFile)) {
  process.stdout.write("Máy chủ phát triển không chạy.\n");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  process.stdout.write(`Đã dừng máy chủ phát triển (pid ${pid}).\n`);
} catch {
  process.stdout.write("Máy chủ phát triển đã dừng từ trước.\n");
}
fs.rmSync(pidFile, { force: true });
