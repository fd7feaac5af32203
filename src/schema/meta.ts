/**
 * Descriptions and examples for the editor's JSON Schema (`plan schema`), kept on the zod schemas themselves so
 * that the JSON Schema is generated, never written by hand. `z.meta` is a no-op check: validation is unchanged.
 * The check is added to a copy, so a shared schema such as `text` never carries one key's description to another.
 */
import * as z from "zod/mini";

export function about<T extends z.ZodMiniType>(schema: T, description: string, examples?: readonly unknown[]): T {
  return schema.check(z.meta({ description, ...(examples && { examples: [...examples] }) }));
}
