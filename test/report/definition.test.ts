import { describe, expect, it } from "vitest";
import { parseBody } from "../../src/model/report-body.js";
import { fixture, REPO } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
}

async function check(cwd: string, ...paths: string[]): Promise<{ exitCode: number; diagnostics: JsonDiagnostic[] }> {
  const run = await runCli(["check", "--format", "json", ...paths], { cwd });
  return { exitCode: run.exitCode, diagnostics: (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

const brief = (d: JsonDiagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

describe("plan check on report definitions (typ: återrapportering)", () => {
  it("accepts the shipped definitions for May and November 2025", async () => {
    const result = await check(REPO, "plans");
    expect(result.diagnostics.filter((d) => d.file.startsWith("plans/rapporter/")).map(brief)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it("checks them with their own schema and rules, at the line and column of each problem", async () => {
    const result = await check(fixture("report-invalid"));
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics.map(brief)).toEqual([
      "plans/rapporter/2025-05.md:4:9 error report-period-invalid",
      "plans/rapporter/2025-05.md:5:8 error date-invalid",
      "plans/rapporter/2025-05.md:8:17 error diarienummer-format",
      "plans/rapporter/2025-05.md:11:5 error report-token-unknown",
      "plans/rapporter/2025-05.md:12:19 error report-plan-duplicate",
      "plans/rapporter/2025-06.md:5:11 error schema-type",
      "plans/rapporter/2025-06.md:6:1 error key-unknown",
      "plans/rapporter/2025-06.md:7:22 error schema-empty",
      "plans/rapporter/2025-12.md:4:9 warning report-period-unscheduled",
    ]);
  });

  it("suggests the field that was meant", async () => {
    const run = await runCli(["check", "plans/rapporter/2025-05.md"], { cwd: fixture("report-invalid") });
    expect(run.stdout).toContain("Menade du {nästa_återrapportering}?");
  });
});

describe("the prose of a definition", () => {
  it("is split into its sections, paragraphs joined and lists kept", () => {
    const body = parseBody(
      "\n## Ärendebeskrivning\n\nEtt\nstycke.\n\n- a\n  fortsätter\n- b\n\n## Förvaltningens yttrande:\n\n1. ett\n2. två\n",
    );
    expect(body.problems).toEqual([]);
    expect(body.sections.ärendebeskrivning).toEqual([
      { kind: "paragraph", text: "Ett stycke." },
      { kind: "list", ordered: false, items: ["a fortsätter", "b"] },
    ]);
    expect(body.sections.beredning).toEqual([{ kind: "list", ordered: true, items: ["ett", "två"] }]);
  });

  it("reports an unknown heading once, text before the first heading, and an unknown {field}", () => {
    const body = parseBody("Inledning\n\n## Bilagor\n\nText.\n\n## Beredning\n\nSe {okänt}.\n");
    expect(body.problems).toEqual([
      { kind: "section", line: 1, heading: "" },
      { kind: "section", line: 3, heading: "Bilagor" },
      { kind: "token", line: 9, token: "okänt" },
    ]);
  });
});
