/**
 * A plan saved from Word as text or Markdown (like seed 003) into blocks, through mdast-util-from-markdown: headings,
 * bulleted measures with a bold lead, and the Tidsplan as lines of tab-separated cells (Word's "save as text" makes a
 * table that way) or as a Markdown pipe table. Inline formatting tags such as `<b>pågår</b>` keep their text and lose
 * their tags; a link keeps its address.
 */
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Block } from "./blocks.js";

export function blocksFromMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  // Pipe tables too (a Tidsplan written in Markdown rather than saved from Word).
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  for (const node of tree.children) collect(node, blocks);
  return blocks;
}

function collect(node: RootContent, blocks: Block[]): void {
  const at = node.position?.start.line ?? 0;
  switch (node.type) {
    case "heading":
      blocks.push({ kind: "heading", level: node.depth, text: inlineText(node.children).trim(), at });
      return;
    case "paragraph":
      pushLines(inlineText(node.children).split("\n"), at, blocks);
      return;
    case "list":
      pushList(node, blocks);
      return;
    case "code":
    case "html":
      pushLines(node.value.split("\n"), at, blocks);
      return;
    case "blockquote":
      for (const child of node.children) collect(child, blocks);
      return;
    case "table":
      for (const row of node.children) {
        const cells = row.children.map((cell) => inlineText(cell.children).replace(/\s+/g, " ").trim());
        blocks.push({ kind: "row", cells, at: row.position?.start.line ?? at });
      }
      return;
    default:
      // A thematic break (`---` under the title) is layout; definitions and the like do not occur in Word's text.
      return;
  }
}

/** Lines with a tab are table rows; the others make paragraphs, each line kept as it was. */
function pushLines(lines: string[], at: number, blocks: Block[]): void {
  let paragraph: string[] = [];
  let paragraphAt = at;
  const flush = () => {
    if (paragraph.some((line) => line.trim() !== "")) blocks.push({ kind: "paragraph", lines: paragraph, at: paragraphAt });
    paragraph = [];
  };
  lines.forEach((line, index) => {
    if (line.includes("\t")) {
      flush();
      blocks.push({ kind: "row", cells: line.split("\t").map((cell) => cell.trim()), at: at + index });
    } else {
      if (paragraph.length === 0) paragraphAt = at + index;
      paragraph.push(line.trim());
    }
  });
  flush();
}

function pushList(list: List, blocks: Block[]): void {
  list.children.forEach((item, index) => {
    const number = list.ordered ? (list.start ?? 1) + index : undefined;
    pushItem(item, number, blocks);
  });
}

function pushItem(item: ListItem, number: number | undefined, blocks: Block[]): void {
  const at = item.position?.start.line ?? 0;
  const [first, ...rest] = item.children;
  let lead: string | undefined;
  const texts: string[] = [];
  if (first?.type === "paragraph") {
    const [head, ...tail] = first.children;
    if (head?.type === "strong") {
      lead = inlineText(head.children).trim();
      texts.push(inlineText(tail));
    } else texts.push(inlineText(first.children));
  }
  for (const child of rest) {
    if (child.type === "paragraph") texts.push(inlineText(child.children));
    // Sub-bullets belong to their bullet's text, not measures of their own.
    if (child.type === "list") texts.push(...nestedLines(child, ""));
  }
  blocks.push({ kind: "item", lead, text: texts.join("\n").trim(), number, at });
}

function nestedLines(list: List, indent: string): string[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) =>
      child.type === "paragraph"
        ? [`${indent}- ${inlineText(child.children).replace(/\n/g, " ")}`]
        : child.type === "list"
          ? nestedLines(child, `${indent}  `)
          : [],
    ),
  );
}

const FORMATTING_TAG = /^<\/?(b|i|u|em|strong|span|font|br|sup|sub)\b[^>]*\/?>$/i;

function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
        case "inlineCode":
          return node.value;
        case "break":
          return "\n";
        case "image":
          return node.alt ?? "";
        case "html":
          // <b>, </b> (the tags of the Status column) and other formatting go; anything else is the text's own.
          return FORMATTING_TAG.test(node.value) ? "" : node.value;
        case "link": {
          const text = inlineText(node.children);
          return text === node.url || text === "" ? node.url : `${text} (${node.url})`;
        }
        default:
          return "children" in node ? inlineText(node.children as PhrasingContent[]) : "";
      }
    })
    .join("");
}
