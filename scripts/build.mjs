// Bundles the CLI into dist/ so that start-up reads one file instead of hundreds of modules.
// Heavy parts (the PDF compiler) stay outside the bundle and are imported lazily by `plan report`.
import { readFileSync, renameSync, rmSync } from "node:fs";
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
await build({
  entryPoints: { cli: "src/cli.ts", "check-worker": "src/validate/check-worker.ts" },
  outdir: staging,
  minify,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  external: ["@myriaddreamin/typst-ts-node-compiler"],
  plugins: [lazyChildProcess],
  banner: {
    // Bundled CommonJS dependencies call require(); give them one.
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  define: { __PLAN_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
});
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
