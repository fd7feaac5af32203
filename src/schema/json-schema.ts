/**
 * The JSON Schemas for editors (`plan schema`), generated from the zod schemas with `z.toJSONSchema`, never
 * written by hand. Draft-07, because that is what the YAML language server behind VS Code's YAML extension
 * validates (a 2020-12 schema gets "not yet fully supported"). The status fields get the statuses of the config in
 * effect, so the editor accepts exactly what `plan check` accepts. Pure: the caller picks the schema and config.
 */
import * as z from "zod/mini";
import { statusText } from "./plan-schema.js";

export interface JsonSchemaOptions {
  title: string;
  description: string;
  /** The configured statuses (config `statusar`), listed as the enum of every status field. */
  statuses: readonly string[];
}

export function jsonSchemaOf(schema: z.core.$ZodType, options: JsonSchemaOptions): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: "draft-7",
    // What a user writes, before any transform.
    io: "input",
    override: (ctx) => {
      if (ctx.zodSchema === statusText) ctx.jsonSchema.enum = [...options.statuses];
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, title: options.title, description: options.description, ...rest };
}
