/**
 * The PDF adapter: the Typst template and the document as JSON, compiled in a sandbox. The compiler gets a fresh
 * temporary folder holding only those two files as its workspace (Typst cannot read outside it), runs in a child
 * process with no package folders and a proxy that refuses every connection (no downloads), and is killed when it
 * runs too long. The Typst package is loaded only in that child, so no other command pays for it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../text/lang.js";
import { escapeControl } from "../../text/safe-text.js";
import type { RenderedDocument } from "../document/blocks.js";
import { CHILD_SOURCE } from "./child-source.js";
import { typstData } from "./typst-data.js";

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
  /** The language of the failure messages (the PDF itself is always Swedish). */
  lang?: Lang;
}

export type PdfResult = { ok: true; pdf: Uint8Array } | { ok: false; reason: "timeout" | "template" | "compiler"; message: string };

export async function compilePdf(job: PdfJob): Promise<PdfResult> {
  const lang = job.lang ?? "sv";
  const workspace = await mkdtemp(join(tmpdir(), "plan-rapport-"));
  try {
    await writeFile(join(workspace, MAIN_FILE), job.template.text);
    await writeFile(join(workspace, DATA_FILE), typstData(job.document));
    const input = {
      module: createRequire(import.meta.url).resolve("@myriaddreamin/typst-ts-node-compiler"),
      workspace,
      main: join(workspace, MAIN_FILE),
      standard: job.standard ?? PDF_STANDARD,
      timestamp: job.timestamp,
      // The child's own deadline, a backstop for when this process is killed before it can kill the child.
      timeoutMs: job.timeoutMs,
    };
    const run = await runChild(JSON.stringify(input), workspace, job.timeoutMs);
    if (run.timedOut) {
      const seconds = Math.round(job.timeoutMs / 100) / 10;
      const message =
        lang === "sv"
          ? `PDF-kompileringen avbröts efter ${seconds} s; kontrollera ${job.template.display}.`
          : `The PDF compile was stopped after ${seconds} s; check ${job.template.display}.`;
      return { ok: false, reason: "timeout", message };
    }
    if (run.code === 0 && run.stdout.length > 0) return { ok: true, pdf: run.stdout };
    return { ok: false, ...explain(run.stderr, job.template.display, lang) };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
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

/**
 * Nothing of the user's environment. The binding builds its compiler with Typst's HTTP package registry and offers
 * no option to leave it out, so the registry is starved instead: its folders (the XDG data and cache homes, and
 * HOME for macOS) are in the empty workspace, and its HTTP client (which reads the proxy variables) is sent to
 * port 0, which no server can listen on, so every download fails on this machine before a packet is sent.
 * NO_PROXY is never set.
 */
function sandboxEnv(workspace: string): NodeJS.ProcessEnv {
  const nowhere = "http://127.0.0.1:0";
  return {
    HOME: workspace,
    TMPDIR: workspace,
    XDG_CACHE_HOME: join(workspace, "cache"),
    XDG_DATA_HOME: join(workspace, "data"),
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

/** Typst's messages when the template asks for a package (`@preview/…`, `@local/…`), however the path was made. */
const PACKAGE_ERROR = /^(?:failed to (?:download|parse) package|package (?:not found|found|specification|manifest)|invalid package)/i;

/** The compiler's message as one line a user can read: the first line, no control characters, at most 300 characters. */
function oneLine(message: string): string {
  // A failed PDF export arrives as Rust's debug form of its diagnostics; the message is the part a person wrote.
  const debug = /^\[SourceDiagnostic \{.*?message: "((?:[^"\\]|\\.)*)"/.exec(message);
  const text = (debug?.[1]?.replace(/\\(.)/g, "$1") ?? message).split("\n")[0] ?? "";
  const safe = escapeControl(text.trim());
  return safe.length > 300 ? `${safe.slice(0, 299)}…` : safe;
}

function explain(stderr: string, display: string, lang: Lang): { reason: "template" | "compiler"; message: string } {
  try {
    const parsed = JSON.parse(stderr) as { errors?: { message: string; path: string; line: number }[] };
    const first = parsed.errors?.[0];
    if (first) {
      const inTemplate = first.path.endsWith(MAIN_FILE);
      const where = inTemplate ? `${display}:${first.line || 1}: ` : "";
      if (PACKAGE_ERROR.test(first.message)) {
        const refused =
          lang === "sv"
            ? "mallen får inte hämta Typst-paket (@…); kompilatorn har inget paketregister, så allt mallen behöver ska stå i den."
            : "the template may not use Typst packages (@…); the compiler has no package registry, so whatever the template needs must be in it.";
        return { reason: "template", message: `${where}${refused}` };
      }
      return { reason: inTemplate ? "template" : "compiler", message: `${where}Typst: ${oneLine(first.message)}` };
    }
  } catch {
    // Not our JSON: the child died before it could report (out of memory, a crash in native code).
  }
  const crash = lang === "sv" ? "Typst-kompilatorn avslutades oväntat" : "The Typst compiler stopped unexpectedly";
  return { reason: "compiler", message: `${crash}: ${oneLine(stderr).slice(0, 200)}` };
}
