/**
 * The rendered document as a list of blocks: what the template made of the report model. The Markdown renderer
 * and the Typst template both read exactly this (the PDF gets it as JSON data), so the two outputs say the same
 * thing in the same order. Every string is plain text: neither renderer ever reads it as markup.
 */
import type { Signatory } from "../model/types.js";

export interface Column {
  title: string;
  /** Numbers are right-aligned. */
  align: "left" | "right";
  /** A layout hint for the PDF: the column's share of the width (fr); absent means "as wide as its content". */
  weight?: number;
}

export type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  /** Label–value pairs about the case: date, diarienummer, §. */
  | { kind: "facts"; items: { label: string; value: string }[] }
  | { kind: "table"; caption: string; columns: Column[]; rows: string[][] }
  /** A bar chart, drawn in the PDF only; the table beside it carries the same numbers for Markdown. */
  | { kind: "chart"; caption: string; unit: string; alt: string; bars: Bar[] }
  | { kind: "signatures"; people: Signatory[] };

export interface Bar {
  label: string;
  value: number;
  text: string;
  /** The target (mål), drawn apart from the measured values. */
  target?: boolean;
}

/** What the PDF needs besides the blocks: its running header and its metadata. */
export interface DocumentMeta {
  title: string;
  organisation: string;
  committee: string;
  documentType: string;
  /** ISO date, as printed in the header. */
  date: string;
  registrationNumber?: string;
  draft: boolean;
  author: string;
  lang: string;
  /** The PDF's creation date and time (UTC), fixed for reproducible output. */
  created: { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

export interface RenderedDocument {
  meta: DocumentMeta;
  blocks: Block[];
}
