/**
 * A Word plan as the readers see it, whatever it was saved as: headings, paragraphs, list items (with the bold lead
 * Word plans give each measure) and table rows, each with where it stood in the source (a line of a text file, a
 * paragraph of a .docx), so that a warning can point at it. Both readers produce this; the mapper reads only this.
 */
export type Block =
  | { kind: "heading"; level: number; text: string; at: number }
  | { kind: "paragraph"; lines: string[]; at: number }
  | { kind: "item"; lead: string | undefined; text: string; number: number | undefined; at: number }
  | { kind: "row"; cells: string[]; at: number };

/** How a source position is named in messages: a line of a text file or a paragraph of a Word file. */
export type PositionUnit = "line" | "paragraph";

export interface SourceDocument {
  blocks: Block[];
  unit: PositionUnit;
  /** Something the reader noticed about the file as a whole (an encoding it had to guess), for the warnings. */
  notes: string[];
}

/** The text of a block as one line of source, for keeping it verbatim in a comment. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "paragraph":
      return block.lines.join(" ");
    case "item": {
      const marker = block.number === undefined ? "-" : `${block.number}.`;
      return [marker, block.lead, block.text].filter(Boolean).join(" ");
    }
    case "row":
      return block.cells.join(" | ");
  }
}
