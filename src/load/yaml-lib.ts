/**
 * The YAML libraries, loaded on first use. A valid plan is read by the block reader (block-yaml.ts), so `plan
 * check` on ordinary files needs neither js-yaml (≈ 3 ms to load) nor `yaml` (≈ 10 ms): js-yaml is paid for by
 * unusual YAML, `yaml` by files with findings and by `plan followup`. In the bundle each is one prebuilt file beside
 * the CLI (dist/yaml.cjs, dist/js-yaml.cjs, see scripts/build.mjs), loaded synchronously; from the TypeScript
 * sources (tests) it is the package itself.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

function lazyLibrary<T>(bundled: string, name: string): () => T {
  let lib: T | undefined;
  return () => {
    if (lib) return lib;
    const require = createRequire(import.meta.url);
    const path = fileURLToPath(new URL(`./${bundled}`, import.meta.url));
    lib = (existsSync(path) ? require(path) : require(name)) as T;
    return lib;
  };
}

export const yamlLib = lazyLibrary<typeof import("yaml")>("yaml.cjs", "yaml");
export const jsYamlLib = lazyLibrary<typeof import("js-yaml")>("js-yaml.cjs", "js-yaml");
