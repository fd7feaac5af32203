/**
 * A plan saved from Word as text or Markdown (like seed 003) into blocks, through mdast-util-from-markdown: headings,
 * bulleted measures with a bold lead, and the Tidsplan as lines of tab-separated cells (Word's "save as text" makes a
 * table that way). Inline HTML such as `<b>pågår</b>` keeps its text and loses its tags.
 */
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Block } from "./blocks.js";

export function blocksFromMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  for (const node of fromMarkdown(text).children) collect(node, blocks);
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
  for (const child of rest) if (child.type === "paragraph") texts.push(inlineText(child.children));
  blocks.push({ kind: "item", lead, text: texts.join("\n").trim(), number, at });
  for (const child of rest) if (child.type === "list") pushList(child, blocks);
}

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
          return ""; // <b>, </b>: the tags of the Status column
        default:
          return "children" in node ? inlineText(node.children as PhrasingContent[]) : "";
      }
    })
    .join("");
}
