/**
 * Blocks → DOCX with the `docx` package, for the diarium and for whoever edits the memo further in Word: headings
 * as Word's heading styles, lists as Word lists, tables as Word tables with a repeated header row, and a running
 * header with the organisation, Dnr, date and "Sida 1 (5)". Charts are left out, as in the Markdown: the table
 * beside each carries its numbers. Every string is a text run, so nothing in a plan can become a field or markup.
 */
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Column, DocumentMeta, RenderedDocument } from "../document/blocks.js";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
const NUMBERED = "numbered";
/** A4 with 2.5 cm margins: the text width in twentieths of a point, for the right-aligned tab of the header. */
const TEXT_WIDTH = 9026;

export async function docxOf(document: RenderedDocument): Promise<Uint8Array> {
  let lists = 0;
  const children = document.blocks.flatMap((block) => {
    if (block.kind === "list" && block.ordered) lists++;
    return blockContent(block, lists);
  });
  const doc = new Document({
    title: document.meta.title,
    creator: document.meta.author,
    description: `${document.meta.documentType} till ${document.meta.committee}`,
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: "sv-SE" } } } } },
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }],
    },
    sections: [{ headers: { default: runningHeader(document.meta) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function runningHeader(meta: DocumentMeta): Header {
  const line = (left: string, right: (string | (typeof PageNumber)[keyof typeof PageNumber])[], bold = false) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [new TextRun({ text: left, bold }), new TextRun({ children: ["\t", ...right] })],
    });
  return new Header({
    children: [
      line(meta.organisation, ["Sida ", PageNumber.CURRENT, " (", PageNumber.TOTAL_PAGES, ")"], true),
      line(meta.draft ? `${meta.documentType} – UTKAST` : meta.documentType, [`Datum: ${meta.date}`]),
      line(`Till: ${meta.committee}`, meta.registrationNumber ? [`Dnr: ${meta.registrationNumber}`] : []),
    ],
  });
}

/** `list` is the number of the ordered list this block is, so that each numbered list starts at 1. */
function blockContent(block: Block, list: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ text: block.text, heading: HEADINGS[Math.min(block.level, HEADINGS.length) - 1] })];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "list":
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({ text: item, numbering: { reference: NUMBERED, level: 0, instance: list } })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case "facts":
      return block.items.map((f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] }));
    case "table":
      return [new Paragraph({ children: [new TextRun({ text: block.caption, italics: true })] }), table(block.columns, block.rows)];
    case "chart":
      return [];
    case "signatures":
      return block.people.map(
        (p) =>
          new Paragraph({
            spacing: { before: 480 },
            children: p.name
              ? [new TextRun(p.name), new TextRun({ text: p.title, break: 1 })]
              : [new TextRun("_".repeat(30)), new TextRun({ text: p.title, break: 1 })],
          }),
      );
  }
}

function table(columns: readonly Column[], rows: readonly string[][]): Table {
  const cell = (text: string, column: Column, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: column.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold, size: 18 })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.title, c, true)) }),
      ...rows.map((row) => new TableRow({ children: columns.map((c, i) => cell(row[i] || "–", c)) })),
    ],
  });
}
