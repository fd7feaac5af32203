/**
 * The `yaml` library, loaded on first use. A valid plan is read by js-yaml (fast-yaml.ts), so `plan check` on a
 * valid file never needs `yaml`, and its ≈ 10 ms of loading is paid only by files with findings, by unusual YAML
 * and by `plan followup`. In the bundle it is one prebuilt file beside the CLI (dist/yaml.cjs, see
 * scripts/build.mjs), loaded synchronously; from the TypeScript sources (tests) it is the package itself.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

type Yaml = typeof import("yaml");

let lib: Yaml | undefined;

export function yamlLib(): Yaml {
  if (lib) return lib;
  const require = createRequire(import.meta.url);
  const bundled = fileURLToPath(new URL("./yaml.cjs", import.meta.url));
  lib = (existsSync(bundled) ? require(bundled) : require("yaml")) as Yaml;
  return lib;
}
