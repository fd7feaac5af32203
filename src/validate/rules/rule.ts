import type { Config } from "../../config/defaults.js";
import type { Finding } from "../../diagnostics/finding.js";
import type { PlanFile } from "../../schema/plan-schema.js";

/** A small named check on one schema-valid document. Pure: returns findings, never prints, never throws. */
export interface Rule<T> {
  name: string;
  check(document: T, config: Config): Finding[];
}

export type PlanRule = Rule<PlanFile>;
