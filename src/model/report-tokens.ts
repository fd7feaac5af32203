/**
 * Fields a secretary may write inside the definition's text (the decision points and the prose), filled in from
 * the config and the definition when the report is built: "Återrapportering ska ske i {nästa_återrapportering}."
 * Single braces, so that they cannot be mistaken for the `{{…}}` placeholders of the templates.
 */
export const TEXT_TOKENS = ["nästa_återrapportering", "period", "uppdraget"] as const;
export type TextToken = (typeof TEXT_TOKENS)[number];

const TOKEN = /\{([a-zåäö_]+)\}/g;

export function isTextToken(name: string): name is TextToken {
  return (TEXT_TOKENS as readonly string[]).includes(name);
}

/** The names of unknown `{…}` fields in a text, in order of appearance. */
export function unknownTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1]!).filter((name) => !isTextToken(name));
}

/** Fills the known fields; an unknown one stays as written (plan check has already reported it). */
export function fillTokens(text: string, values: Readonly<Record<TextToken, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => (isTextToken(name) ? values[name] : whole));
}
