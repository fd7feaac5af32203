/** One problem found in one file. Flat, so every formatter can print it without knowing where it came from. */
export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Stable code from the catalogue in `docs/diagnostics.md`; never changes once released. */
  code: string;
  severity: Severity;
  /** What is wrong, in the run's language. Never contains the location: formatters print that. */
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
  /** Path as the user gave it or as discovered, relative to the working directory where possible. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when the problem concerns the whole file. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}
