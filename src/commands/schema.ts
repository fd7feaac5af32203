/** `plan schema`: the JSON Schema of the plan format, so editors validate `.yaml` plans while typing. */
import { resolve } from "node:path";
import * as z from "zod/mini";
import { EXIT } from "../diagnostics/run-error.js";
import { writeFileAtomic } from "../files/write-atomic.js";
import { planSchema } from "../schema/plan-schema.js";
import type { Io } from "./io.js";

export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: "draft-2020-12", io: "input" }),
    title: "Handlingsplan (plan)",
    description: "En handlingsplan i formatet för verktyget plan. Se docs/format.md.",
  };
}

export async function runSchema(options: { output?: string }, io: Io): Promise<number> {
  const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (options.output) await writeFileAtomic(resolve(io.cwd, options.output), text);
  else io.stdout(text);
  return EXIT.ok;
}
