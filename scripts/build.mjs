// Bundles the CLI into dist/ so that start-up reads one file instead of hundreds of modules.
// Heavy parts (the PDF compiler) stay outside the bundle and are imported lazily by `plan report`.
import { readFileSync, renameSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// gray-matter loads js-yaml 3 for its default YAML engine, which plan never uses (src/load/front-matter.ts gives
// it an engine that only returns the raw text). Leaving it out saves start-up time and removes an engine that
// could parse anything at all.
const grayMatterWithoutEngines = {
  name: "gray-matter-without-engines",
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, (args) =>
      /[\\/]gray-matter[\\/]/.test(args.importer) ? { path: "js-yaml", namespace: "disabled-engine" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "disabled-engine" }, () => ({
      contents: "const off = () => { throw new Error('gray-matter engines are disabled'); }; module.exports = { safeLoad: off, safeDump: off };",
      loader: "js",
    }));
  },
};

// Build beside dist/ and swap it in, so stale chunks never pile up and a run in progress never sees half a build.
const staging = `dist.${process.pid}.tmp`;
await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: staging,
  minify: true,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  external: ["@myriaddreamin/typst-ts-node-compiler"],
  banner: {
    // Bundled CommonJS dependencies call require(); give them one.
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  define: { __PLAN_VERSION__: JSON.stringify(pkg.version) },
  plugins: [grayMatterWithoutEngines],
  logLevel: "warning",
});
rmSync("dist", { recursive: true, force: true });
renameSync(staging, "dist");
