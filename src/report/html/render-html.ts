/**
 * Blocks → one self-contained HTML file, for the municipality's website: `lang="sv"`, real headings, tables with
 * captions and header cells, the charts as inline SVG with a text alternative, and a print style sheet. No
 * script, no external resource. Every string from the document is escaped here and nowhere else (escapeHtml).
 */
import type { Bar, Block, Column, DocumentMeta, RenderedDocument } from "../document/blocks.js";

export function htmlOf(document: RenderedDocument): string {
  const { meta, blocks } = document;
  const body = blocks.map(renderBlock).join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<meta name="author" content="${escapeHtml(meta.author)}">
<style>${STYLE}</style>
</head>
<body>
${masthead(meta)}
<main>
${body}
</main>
</body>
</html>
`;
}

/** The five characters that mean something in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function masthead(meta: DocumentMeta): string {
  const facts = [
    meta.draft ? `${meta.documentType} – <strong>UTKAST</strong>` : escapeHtml(meta.documentType),
    `Till: ${escapeHtml(meta.committee)}`,
    `Datum: ${escapeHtml(meta.date)}`,
    ...(meta.registrationNumber ? [`Dnr: ${escapeHtml(meta.registrationNumber)}`] : []),
  ];
  return `<header><p class="organisation">${escapeHtml(meta.organisation)}</p><p>${facts.join("<br>")}</p></header>`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading": {
      const level = Math.min(block.level, 6);
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    }
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</${tag}>`;
    }
    case "facts":
      return `<dl class="facts">${block.items.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl>`;
    case "table":
      return table(block.caption, block.columns, block.rows);
    case "chart":
      return chart(block.caption, block.alt, block.bars);
    case "signatures":
      return `<div class="signatures">${block.people
        .map((p) => (p.name ? `<p>${escapeHtml(p.name)}<br>${escapeHtml(p.title)}</p>` : `<p class="unsigned">${escapeHtml(p.title)}</p>`))
        .join("")}</div>`;
  }
}

function table(caption: string, columns: readonly Column[], rows: readonly string[][]): string {
  const cls = (c: Column) => (c.align === "right" ? ' class="number"' : "");
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${escapeHtml(c.title)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((c, i) => {
            const text = escapeHtml(row[i] || "–");
            return i === 0 ? `<th scope="row">${text}</th>` : `<td${cls(c)}>${text}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 90;
const BAR_WIDTH = 320;
const VALUE_WIDTH = 110;

/**
 * A horizontal bar chart: one bar per value from a common zero line, negative values to its left. The SVG is an
 * image with the chart's text alternative as its name; the numbers are also in the table beside it.
 */
function chart(caption: string, alt: string, bars: readonly Bar[]): string {
  const values = bars.map((b) => b.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const scale = high === low ? 0 : BAR_WIDTH / (high - low);
  const zero = LABEL_WIDTH + -low * scale;
  const rows = bars.map((bar, i) => {
    const y = i * BAR_HEIGHT;
    const x = bar.value < 0 ? zero + bar.value * scale : zero;
    const width = Math.max(1, Math.abs(bar.value) * scale);
    const fill = bar.target ? "#5a6b7b" : bar.value < 0 ? "#a4372a" : "#2b5f8a";
    return (
      `<text x="0" y="${y + 15}">${escapeHtml(bar.label)}</text>` +
      `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${BAR_HEIGHT - 8}" fill="${fill}"/>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 15}">${escapeHtml(bar.text)}</text>`
    );
  });
  const height = bars.length * BAR_HEIGHT;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  return `<figure>
<figcaption>${escapeHtml(caption)}</figcaption>
<svg role="img" aria-label="${escapeHtml(alt)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<line x1="${zero.toFixed(1)}" y1="0" x2="${zero.toFixed(1)}" y2="${height}" stroke="#333"/>
${rows.join("\n")}
</svg>
</figure>`;
}

const STYLE = `
body { font-family: Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
header { display: flex; justify-content: space-between; border-bottom: 1px solid #555; margin-bottom: 1.5rem; font-size: 0.9rem; }
header .organisation { font-weight: bold; }
h1, h2, h3 { color: #1d4466; line-height: 1.25; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: left; font-style: italic; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #bbb; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
thead th { background: #e6edf3; }
tbody th { font-weight: normal; }
.number { text-align: right; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
figure { margin: 1rem 0; }
figcaption { font-style: italic; }
svg text { font-family: sans-serif; font-size: 12px; fill: #1a1a1a; }
.signatures { display: flex; gap: 3rem; margin-top: 3rem; }
.signatures .unsigned { border-top: 1px solid #333; padding-top: 0.2rem; min-width: 14rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
