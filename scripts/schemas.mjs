// Regenerates the committed JSON Schemas for editors with the built CLI (run `node scripts/build.mjs` first):
// plan.schema.json, rapport.schema.json and plan.config.schema.json, each exactly as `plan schema <kind>` writes
// it from the project root. test/commands/schema.test.ts fails when one of them is stale.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const schemas = { plan: "plan.schema.json", rapport: "rapport.schema.json", config: "plan.config.schema.json" };

for (const [kind, file] of Object.entries(schemas)) {
  execFileSync(process.execPath, ["bin/plan.js", "schema", kind, "-o", file], { cwd: root, stdio: "inherit" });
  console.log(`${file} (plan schema ${kind})`);
}
