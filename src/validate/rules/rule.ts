import type { Config } from "../../config/defaults.js";
import type { PlanFile } from "../../schema/plan-schema.js";
import type { Finding } from "../finding.js";

/**
 * A small named check on one schema-valid document. Pure: returns findings, never prints, never throws.
 * Plan rules run on every plan of a check run, nearly always finding nothing: they loop by index and build a
 * finding's path only when there is a finding (test/validate/rules-reference.test.ts holds them to plain versions).
 */
export interface Rule<T> {
  name: string;
  check(document: T, config: Config): Finding[];
}

export type PlanRule = Rule<PlanFile>;
