// Bundles the CLI into dist/: src/cli.ts and what it imports as ES modules, one chunk per command so that a
// command loads only its own code (src/cli.ts imports each with `await import()`). The Typst compiler, a native
// module, stays outside and is resolved from node_modules when `plan report` makes a PDF.
import { readFileSync, renameSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// Built beside dist/ and swapped in, so stale chunks never pile up and a run in progress never sees half a build.
const staging = `dist.${process.pid}.tmp`;
try {
  await build({
    entryPoints: { cli: "src/cli.ts" },
    outdir: staging,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    legalComments: "none",
    external: ["@myriaddreamin/typst-ts-node-compiler"],
    // The CommonJS packages in the bundle (commander, cli-table3) call require() for Node's own modules.
    banner: { js: 'import { createRequire as __planRequire } from "node:module"; const require = __planRequire(import.meta.url);' },
    define: { __PLAN_VERSION__: JSON.stringify(pkg.version) },
    logLevel: "warning",
  });
  rmSync("dist", { recursive: true, force: true });
  renameSync(staging, "dist");
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build: ${error.message.split("\n")[0]}`);
  process.exit(1);
}
