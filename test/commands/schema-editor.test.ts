/**
 * The editor's JSON Schemas, read by an independent JSON Schema reader (zod's `fromJSONSchema`), accept every file
 * the project ships, each by its kind, and refuse what `plan check` refuses for its shape: an editor that shows a
 * valid plan red, or a misspelt status green, would teach people to ignore it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fromJSONSchema } from "zod";
import { SCHEMA_KINDS } from "../../src/commands/schema.js";
import { loadText } from "../../src/load/load-file.js";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const readerOf = (file: string) => fromJSONSchema(JSON.parse(readFileSync(join(REPO, file), "utf8")));
const plan = readerOf(SCHEMA_KINDS.plan.file);
const report = readerOf(SCHEMA_KINDS.rapport.file);
const config = readerOf(SCHEMA_KINDS.config.file);

/** A file's data as `plan check` reads it (front matter split off, YAML 1.2 core schema). */
function dataOf(absolute: string): Record<string, unknown> {
  const loaded = loadText({ absolute, display: relative(REPO, absolute) }, readFileSync(absolute, "utf8"));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.file.data as Record<string, unknown>;
}

const shipped = readdirSync(join(REPO, "plans"), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

describe("the editor's schemas", () => {
  it.each(shipped.map((file) => [relative(REPO, file), file]))("accept the shipped %s", (_name, file) => {
    const data = dataOf(file);
    const reader = data.typ === "återrapportering" ? report : plan;
    expect(reader.safeParse(data).error?.issues).toBeUndefined();
  });

  it("accept the shipped plan.config.yaml", () => {
    expect(config.safeParse(dataOf(join(REPO, "plan.config.yaml"))).error?.issues).toBeUndefined();
  });

  it("refuse an unknown status, an unknown interval and an unknown key, as plan check does", () => {
    const data = dataOf(join(REPO, "plans", "enheter", "ansvar-81511.yaml")) as { åtgärder: Record<string, unknown>[] };
    const measure = data.åtgärder[0]!;
    const paths = (changed: Record<string, unknown>) =>
      plan.safeParse({ ...data, åtgärder: [{ ...measure, ...changed }] }).error?.issues.map((i) => i.path.join("."));
    expect(paths({ status: "pågåt" })).toEqual(["åtgärder.0.status"]);
    expect(paths({ uppföljning: { intervall: "varannan vecka" } })).toEqual(["åtgärder.0.uppföljning.intervall"]);
    expect(paths({ ansvarg: ["EC"] })?.length).toBe(1);
    expect(config.safeParse({ påminnelse_dagar: -1 }).success).toBe(false);
    expect(config.safeParse({ statusar: { pausad: "vilande" } }).success).toBe(false);
  });

  it("accept the statuses of a project's own config when written there, and only those", async () => {
    const cwd = fixture("check-config", "sub");
    const run = await runCli(["schema"], { cwd });
    const own = fromJSONSchema(JSON.parse(run.stdout));
    const data = dataOf(join(cwd, "plan.yaml")) as { åtgärder: Record<string, unknown>[] };
    const withStatus = (status: string) => ({ ...data, åtgärder: data.åtgärder.map((m) => ({ ...m, status })) });
    expect(own.safeParse(withStatus("planerad")).success).toBe(true);
    expect(own.safeParse(withStatus("pågår")).success).toBe(false);
  });
});
