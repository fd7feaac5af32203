/** The languages of messages. Swedish is the default whatever the system locale. */
export type Lang = "sv" | "en";

export const LANGS: readonly Lang[] = ["sv", "en"];

export function isLang(value: unknown): value is Lang {
  return value === "sv" || value === "en";
}

/** A text in both languages; every user-facing string passes through one of these. */
export type Texts = Record<Lang, string>;
