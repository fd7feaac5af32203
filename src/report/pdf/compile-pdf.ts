/**
 * The PDF adapter: the Typst template and the document as JSON, compiled in a sandbox. The compiler gets a fresh
 * temporary folder holding only those two files as its workspace (Typst cannot read outside it), runs in a child
 * process with no package cache and an unreachable proxy (no downloads), and is killed when it runs too long.
 * The Typst package is loaded only in that child, so no other command pays for it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RenderedDocument } from "../document/blocks.js";
import { CHILD_SOURCE } from "./child-source.js";

export const DATA_FILE = "rapport.json";
const MAIN_FILE = "rapport.typ";

/** PDF/A-2a: archivable and tagged (accessible) in one file; see docs/report.md for why not PDF/UA-1 as well. */
export const PDF_STANDARD = "a-2a";

export interface PdfJob {
  /** The Typst template's source and its path as shown in messages. */
  template: { text: string; display: string };
  document: RenderedDocument;
  /** Seconds since 1970 for the PDF's creation date. */
  timestamp: number;
  timeoutMs: number;
  standard?: string;
}

export type PdfResult = { ok: true; pdf: Uint8Array } | { ok: false; reason: "timeout" | "template" | "compiler"; message: string };

export async function compilePdf(job: PdfJob): Promise<PdfResult> {
  const refused = refusePackages(job.template.text);
  if (refused)
    return {
      ok: false,
      reason: "template",
      message: `${job.template.display}:${refused}: mallen får inte hämta Typst-paket (@…); allt den behöver ska stå i mallen.`,
    };
  const workspace = await mkdtemp(join(tmpdir(), "plan-rapport-"));
  try {
    await writeFile(join(workspace, MAIN_FILE), job.template.text);
    await writeFile(join(workspace, DATA_FILE), JSON.stringify(job.document));
    const input = {
      module: createRequire(import.meta.url).resolve("@myriaddreamin/typst-ts-node-compiler"),
      workspace,
      main: join(workspace, MAIN_FILE),
      standard: job.standard ?? PDF_STANDARD,
      timestamp: job.timestamp,
    };
    const run = await runChild(JSON.stringify(input), workspace, job.timeoutMs);
    if (run.timedOut) {
      const seconds = Math.round(job.timeoutMs / 100) / 10;
      return {
        ok: false,
        reason: "timeout",
        message: `PDF-kompileringen avbröts efter ${seconds} s; kontrollera ${job.template.display}.`,
      };
    }
    if (run.code === 0 && run.stdout.length > 0) return { ok: true, pdf: run.stdout };
    return { ok: false, ...explain(run.stderr, job.template.display) };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** The line of a package import (`#import "@preview/…"`), which would download code from the internet. */
function refusePackages(source: string): number | undefined {
  const index = source.split("\n").findIndex((line) => /\b(?:import|include)\s*\(?\s*"@/.test(line));
  return index === -1 ? undefined : index + 1;
}

interface ChildRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

function runChild(input: string, workspace: string, timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD_SOURCE], {
      cwd: workspace,
      env: sandboxEnv(workspace),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    });
    child.stdin.end(input);
  });
}

/** Nothing of the user's environment: no home folder fonts or package cache, and no way out to the network. */
function sandboxEnv(workspace: string): NodeJS.ProcessEnv {
  const nowhere = "http://127.0.0.1:9";
  return {
    HOME: workspace,
    TMPDIR: workspace,
    XDG_CACHE_HOME: join(workspace, "cache"),
    XDG_DATA_HOME: join(workspace, "data"),
    TYPST_PACKAGE_PATH: join(workspace, "packages"),
    TYPST_PACKAGE_CACHE_PATH: join(workspace, "packages"),
    HTTP_PROXY: nowhere,
    HTTPS_PROXY: nowhere,
    ALL_PROXY: nowhere,
    http_proxy: nowhere,
    https_proxy: nowhere,
    all_proxy: nowhere,
    TZ: "UTC",
    LANG: "C.UTF-8",
  };
}

function explain(stderr: string, display: string): { reason: "template" | "compiler"; message: string } {
  try {
    const parsed = JSON.parse(stderr) as { errors?: { message: string; path: string; line: number }[] };
    const first = parsed.errors?.[0];
    if (first) {
      const inTemplate = first.path.endsWith(MAIN_FILE);
      const where = inTemplate ? `${display}:${first.line || 1}: ` : "";
      return { reason: inTemplate ? "template" : "compiler", message: `${where}Typst: ${first.message}` };
    }
  } catch {
    // Not our JSON: the child died before it could report (out of memory, a crash in native code).
  }
  return { reason: "compiler", message: `Typst-kompilatorn avslutades oväntat: ${stderr.split("\n")[0]?.slice(0, 200) ?? ""}` };
}
