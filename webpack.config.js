/* Webpack for the task pane, following the Office add-in template: HTTPS dev server on
 * localhost:3000 with office-addin-dev-certs, and a production build whose manifest points
 * at the URL given in ADDIN_URL. `--env testHost` also builds the fake Office host for tests. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devUrl = "https://localhost:3000/";
const prodUrl = (process.env.ADDIN_URL || "https://localhost:3000/").replace(/\/?$/, "/");

/** The manifest for where the add-in is served: every URL, then the app domain (an origin). */
const forProduction = (xml) =>
  xml.split(devUrl).join(prodUrl).split(new URL(devUrl).origin).join(new URL(prodUrl).origin);

/** office-addin-dev-certs installs its CA with sudo, absent on Linux as root: the certificates
 * it wrote are still usable, and the README says how to trust the CA by hand. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw error;
    process.stderr.write(
      `\n[cchc] Chưa cài được chứng chỉ CA vào hệ thống (${error.message}). Dùng ${dir}; xem README, mục "Linux".\n\n`
    );
    return {
      cert: fs.readFileSync(files[0]),
      key: fs.readFileSync(files[1]),
      ca: fs.readFileSync(files[2]),
    };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const entry = { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" };
  if (env.testHost) entry["fake-office"] = "./tests/browser/fake-office.ts";
  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, env.testHost ? "dist-test" : "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext" } },
          },
        },
        {
          test: /\.(png|jpg|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    // a module several lazy chunks share goes in one chunk of its own, however small, never copied into each
    optimization: { splitChunks: { minSize: 8000 } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : forProduction(content.toString())),
          },
        ],
      }),
    ],
    devServer: env.noHttps
      ? { port: 3000, static: false }
      : {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        },
  };
};
