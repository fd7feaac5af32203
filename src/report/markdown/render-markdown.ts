/**
 * Blocks → Markdown: CommonMark with GFM tables, clean under markdownlint's default rules, byte for byte the same
 * for the same blocks. Text is wrapped at 80 columns (MD013); a table row cannot be wrapped, so the file's first
 * line tells markdownlint to leave tables out of that rule (its own `tables: false`). Charts are left out,
 * because the table beside each chart carries its numbers.
 */
import type { Block, Column } from "../document/blocks.js";
import { escapeCell, escapeInline, flatten, wrap } from "./escape.js";

const WIDTH = 80;
const LINT_CONFIG = '<!-- markdownlint-configure-file { "MD013": { "tables": false } } -->';

export function renderMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map(renderBlock).filter((part) => part !== "");
  return `${LINT_CONFIG}\n\n${parts.join("\n\n")}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeInline(flatten(block.text))}`;
    case "paragraph":
      return wrap(block.text, "", "", WIDTH).join("\n");
    case "list":
      return list(block.items, block.ordered);
    case "facts":
      return list(
        block.items.map((f) => `${f.label}: ${f.value}`),
        false,
      );
    case "table":
      return table(block.caption, block.columns, block.rows);
    case "chart":
      return "";
    case "signatures":
      return block.people
        .map((p) => (p.name ? `${escapeInline(flatten(p.name))}\\\n${escapeInline(flatten(p.title))}` : escapeInline(flatten(p.title))))
        .join("\n\n");
  }
}

function list(items: readonly string[], ordered: boolean): string {
  return items.map((item, i) => listItem(item, ordered ? `${i + 1}. ` : "- ").join("\n")).join("\n");
}

function listItem(text: string, marker: string, indent = ""): string[] {
  return wrap(text, `${indent}${marker}`, `${indent}${" ".repeat(marker.length)}`, WIDTH);
}

function table(caption: string, columns: readonly Column[], rows: readonly string[][]): string {
  const intro = wrap(`${caption}:`, "", "", WIDTH).join("\n");
  return `${intro}\n\n${gfmTable(columns, rows).join("\n")}`;
}

function gfmTable(columns: readonly Column[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((c) => escapeCell(c.title))),
    line(columns.map((c) => (c.align === "right" ? "---:" : "---"))),
    ...rows.map((row) => line(columns.map((_, i) => escapeCell(row[i] ?? "") || "–"))),
  ];
}
