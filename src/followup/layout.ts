/** Positions and indentation in YAML source text, for inserting lines that fit the user's own layout. */
import { type Document, isMap, isSeq, type Node } from "yaml";

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The start of the line after the one on which a node ends (a block scalar already ends with its line break). */
export function afterLineOf(text: string, end: number): number {
  if (end > 0 && text[end - 1] === "\n") return end;
  const newline = text.indexOf("\n", end);
  return newline === -1 ? text.length : newline + 1;
}

export function spaces(n: number): string {
  return " ".repeat(n);
}

export interface Indentation {
  /** How far a nested mapping is indented under its key. */
  map: number;
  /** How far a block sequence is indented under its key (0 for `key:\n- item`). */
  seq: number;
}

/** The file's own habits, learned from its existing nesting; two spaces when it shows none. */
export function detectIndentation(doc: Document.Parsed, text: string): Indentation {
  let map: number | undefined;
  let seq: number | undefined;
  const measures = doc.get("åtgärder", true);
  if (isSeq(measures) && !measures.flow && measures.range) {
    seq = column(text, measures.range[0]);
    for (const m of measures.items) {
      if (!isMap(m) || !m.range) continue;
      const base = column(text, m.range[0]);
      const followUp = m.get("uppföljning", true) as Node | undefined;
      if (isMap(followUp) && !followUp.flow && followUp.range && map === undefined) map = column(text, followUp.range[0]) - base;
      const log = isMap(followUp) ? (followUp.get("logg", true) as Node | undefined) : undefined;
      if (isSeq(log) && !log.flow && log.range && isMap(followUp) && followUp.range) {
        seq = column(text, log.range[0]) - column(text, followUp.range[0]);
        break;
      }
    }
  }
  const doc0 = doc.get("styrdokument", true);
  if (map === undefined && isMap(doc0) && !doc0.flow && doc0.range) map = column(text, doc0.range[0]);
  return { map: map && map > 0 ? map : 2, seq: seq !== undefined && seq >= 0 ? seq : 2 };
}
