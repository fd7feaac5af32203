/**
 * `plan schema [plan|rapport|config]`: JSON Schemas for editors, generated from the zod schemas. The committed
 * files are what the command writes (scripts/schemas.mjs regenerates them), every key is described in Swedish,
 * and the status fields list the statuses of the project's config.
 */

import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_KIND_NAMES, SCHEMA_KINDS } from "../../src/commands/schema.js";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

async function schemaOf(args: string[], cwd = REPO): Promise<JsonSchema> {
  const run = await runCli(["schema", ...args], { cwd });
  expect(run.exitCode).toBe(0);
  return JSON.parse(run.stdout) as JsonSchema;
}

/** Every key of every object in the schema, with its dotted path. */
function keysOf(schema: JsonSchema, path = ""): [string, JsonSchema][] {
  const nested = [schema.items, ...(schema.anyOf ?? [])].filter((s): s is JsonSchema => s !== undefined);
  return [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, child]): [string, JsonSchema][] => [
      [`${path}${key}`, child],
      ...keysOf(child, `${path}${key}.`),
    ]),
    ...nested.flatMap((child) => keysOf(child, path)),
  ];
}

const isObjectLike = (s: JsonSchema) => s.type === "object" || s.type === "array" || s.properties !== undefined;

describe("plan schema", () => {
  it.each(SCHEMA_KIND_NAMES)("ships %s's schema exactly as plan schema writes it (npm run schemas regenerates it)", async (kind) => {
    const run = await runCli(["schema", kind], { cwd: REPO });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(REPO, SCHEMA_KINDS[kind].file), "utf8"));
  });

  it("prints the plan schema by default, as draft-07 (what the YAML extension validates), with a Swedish title", async () => {
    const schema = await schemaOf([]);
    expect(schema).toEqual(await schemaOf(["plan"]));
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("Handlingsplan (plan)");
    expect(schema.required).toEqual(["id", "titel", "åtgärder"]);
  });

  it.each(SCHEMA_KIND_NAMES)(
    "describes every key of %s in Swedish, with examples for every value that is not a list or object",
    async (kind) => {
      const keys = keysOf(await schemaOf([kind]));
      expect(keys.length).toBeGreaterThan(8);
      for (const [key, child] of keys) {
        expect(child.description, key).toMatch(/^\S.{8,}/);
        if (!isObjectLike(child) || child.anyOf) expect(child.examples?.length, key).toBeGreaterThan(0);
      }
      // Swedish, not the English of the code comments.
      expect(keys.map(([, child]) => child.description).join(" ")).toMatch(/ och | eller /);
    },
  );

  it("lists the default statuses in both status fields, and keeps the closed vocabularies as enums", async () => {
    const keys = Object.fromEntries(keysOf(await schemaOf(["plan"])));
    const statuses = ["ej påbörjad", "pågår", "klar", "avbruten"];
    expect(keys["åtgärder.status"]?.enum).toEqual(statuses);
    expect(keys["åtgärder.uppföljning.logg.status"]?.enum).toEqual(statuses);
    expect(keys["åtgärder.status"]?.description).toContain("plan.config.yaml");
    expect(keys["åtgärder.uppföljning.intervall"]?.enum).toContain("månadsvis");
    expect(keys["åtgärder.klart_senast"]?.examples).toContain("Vt-24");
  });

  it("takes the statuses from the project's config, so a configured status is not marked wrong in the editor", async () => {
    const keys = Object.fromEntries(keysOf(await schemaOf(["plan"], fixture("check-config", "sub"))));
    expect(keys["åtgärder.status"]?.enum).toEqual(["planerad", "genomförd"]);
    expect(keys["åtgärder.uppföljning.logg.status"]?.enum).toEqual(["planerad", "genomförd"]);
  });

  it("has a schema of its own for the report definition's front matter", async () => {
    const schema = await schemaOf(["rapport"]);
    expect(schema.title).toBe("Rapportdefinition (plan report)");
    expect(schema.properties?.typ?.const).toBe("återrapportering");
    expect(schema.required).toEqual(["typ", "titel", "period", "förslag_till_beslut"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("has a schema of its own for plan.config.yaml, with the reminder days and the status kinds", async () => {
    const schema = await schemaOf(["config"]);
    expect(schema.title).toBe("Konfiguration för plan (plan.config.yaml)");
    expect(schema.required).toBeUndefined();
    expect(schema.properties?.påminnelse_dagar).toMatchObject({ type: "integer", minimum: 0, examples: [7] });
    expect(schema.properties?.statusar?.additionalProperties).toMatchObject({ enum: ["öppen", "avslutad"] });
    expect(schema.properties?.språk?.enum).toEqual(["sv", "en"]);
  });

  it("writes a file with -o", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-schema-"));
    try {
      const run = await runCli(["schema", "config", "-o", join(dir, "s.json")], { cwd: REPO });
      expect(run.exitCode).toBe(0);
      expect(await readFile(join(dir, "s.json"), "utf8")).toBe(readFileSync(join(REPO, "plan.config.schema.json"), "utf8"));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses an unknown schema with one line and exit 2", async () => {
    const run = await runCli(["schema", "rapporter"], { cwd: REPO });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('plan: Okänt värde för schema: "rapporter". Giltiga: plan, rapport, config.\n');
  });
});
