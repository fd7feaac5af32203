/** `plan schema`: the JSON Schema of the plan format, so editors validate `.yaml` plans while typing. */
import { resolve } from "node:path";
import * as z from "zod/mini";
import { EXIT } from "../diagnostics/run-error.js";
import { writeFileAtomic } from "../files/write-atomic.js";
import { displayPath } from "../load/discover.js";
import { planSchema } from "../schema/plan-schema.js";
import { escapeControl } from "../text/safe-text.js";
import type { Io } from "./io.js";
import { resolveLang } from "./options.js";
import { writing } from "./write-failure.js";

export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: "draft-2020-12", io: "input" }),
    title: "Handlingsplan (plan)",
    description: "En handlingsplan i formatet för verktyget plan. Se docs/format.md.",
  };
}

export async function runSchema(options: { output?: string; lang?: string }, io: Io): Promise<number> {
  const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (!options.output) {
    io.stdout(text);
    return EXIT.ok;
  }
  const lang = resolveLang(options.lang, io);
  const target = resolve(io.cwd, options.output);
  await writing(() => writeFileAtomic(target, text), io.cwd, lang, target);
  // Said on stderr, so that stdout stays empty as with any -o.
  const shown = escapeControl(displayPath(io.cwd, target));
  io.stderr(lang === "sv" ? `plan: skrev JSON Schema till ${shown}\n` : `plan: wrote the JSON Schema to ${shown}\n`);
  return EXIT.ok;
}
