/**
 * The few text styles plan's terminal output uses, as ANSI SGR codes (the 16 basic colours, what chalk writes at its
 * level 1), or none at all. Our own rather than chalk's: loading chalk (and the terminal probing it does on import)
 * cost ≈ 5 ms of every run, colour or not, and the CLI decides about colour itself (cli/options.ts useColor).
 *
 * As chalk does, a style that spans a line break is closed before it and opened again after, so that a pager or a
 * CI log that shows lines apart still styles each one; one nested in a style of its kind is reopened after it; and
 * empty text stays empty. Text is escaped before it is styled (diagnostics/safe-text), so it holds no codes of its own.
 */
export type Style = (text: string) => string;

export interface Styles {
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  yellow: Style;
  green: Style;
  cyan: Style;
}

const plain: Style = (text) => text;

const PLAIN: Styles = { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain };

function sgr(open: number, close: number): Style {
  const start = `\x1b[${open}m`;
  const end = `\x1b[${close}m`;
  return (text) => {
    if (text === "") return text;
    // A style of the same kind closed inside (red inside yellow) would end this one early: open it again there.
    let inner = text.includes(end) ? text.replaceAll(end, end + start) : text;
    if (inner.includes("\n")) inner = inner.replace(/\r?\n/g, `${end}$&${start}`);
    return `${start}${inner}${end}`;
  };
}

const ANSI: Styles = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

/** The styles for output with colour, or the identity for each. */
export function styles(color: boolean): Styles {
  return color ? ANSI : PLAIN;
}
