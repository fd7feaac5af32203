// Bundles the CLI into dist/ so that start-up reads one file instead of hundreds of modules.
// Heavy parts (the PDF compiler) stay outside the bundle and are imported lazily by `plan report`.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
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
  logLevel: "warning",
});
