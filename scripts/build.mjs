// Bundles the CLI into dist/ so that start-up reads one file instead of hundreds of modules, and saves V8's code
// cache for it (bin/load-bundle.js).
// Heavy parts (the PDF compiler) stay outside the bundle and are imported lazily by `plan report`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// Build beside dist/ and swap it in, so stale chunks never pile up and a run in progress never sees half a build.
const staging = `dist.${process.pid}.tmp`;

// commander loads node:child_process (and with it node:net) at start-up, ≈ 5 ms, for executable subcommands, which
// plan does not have. Its copy gets a stand-in that loads the real module only if a property is ever read.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });`,
      loader: "js",
    }));
  },
};
// `--no-minify` keeps the function names readable, for `node --cpu-prof bin/plan.js …`.
const minify = !process.argv.includes("--no-minify");
// One CommonJS file, which bin/load-bundle.js compiles with V8's code cache (node:vm takes a cache for a script, not
// for an ES module). Every command is in it; a command's modules are still only run when it is (esbuild turns
// `await import()` into a lazy initialiser), and the cache spares compiling what the common ones use.
await build({
  entryPoints: { plan: "src/bundle.ts" },
  outdir: staging,
  outExtension: { ".js": ".cjs" },
  minify,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  external: ["@myriaddreamin/typst-ts-node-compiler"],
  plugins: [lazyChildProcess],
  // Node built-ins imported with import() (worker_threads) are required when first needed, as in the source.
  supported: { "dynamic-import": false },
  // The source finds files beside itself (templates/, yaml.cjs, the worker entry) from import.meta.url.
  define: { __PLAN_VERSION__: JSON.stringify(pkg.version), "import.meta.url": "__plan_url" },
  banner: { js: 'var __plan_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
// The worker thread of a parallel check loads the same bundle (check-parallel.ts looks for this file).
writeFileSync(
  `${staging}/check-worker.js`,
  'import { loadBundle } from "../bin/load-bundle.js";\n\nawait loadBundle().runCheckWorker();\n',
);
// `yaml` and `js-yaml` as one CommonJS file each, loaded synchronously on first use only (src/load/yaml-lib.ts):
// the block reader reads every ordinary plan, so neither is compiled at start-up.
await build({
  entryPoints: { yaml: "node_modules/yaml/dist/index.js", "js-yaml": "node_modules/js-yaml/index.js" },
  outdir: staging,
  outExtension: { ".js": ".cjs" },
  minify,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
});
rmSync("dist", { recursive: true, force: true });
renameSync(staging, "dist");

// The code cache: a run of the common commands on the shipped plans, after which V8's compiled code is saved.
// Without it (a failed run) plan works the same, only compiles at each start.
const trained = spawnSync(process.execPath, ["scripts/train-code-cache.mjs", "dist/plan.cache"], { stdio: ["ignore", "ignore", "pipe"] });
if (trained.status !== 0 || !existsSync("dist/plan.cache")) {
  console.warn(`build: no code cache (${String(trained.stderr).trim().split("\n")[0] || `exit ${trained.status}`}); plan works, compiling at each start`);
}
