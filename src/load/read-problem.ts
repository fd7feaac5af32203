/** Why a file could not be used as plan text: a catalogue code, where it is (if anywhere) and its parameters. */
import type { DiagnosticCode, Location, Params } from "../diagnostics/messages.js";

export interface ReadProblem {
  code: DiagnosticCode;
  at?: Location;
  params?: Params;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem };
