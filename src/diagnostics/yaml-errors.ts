/** Swedish and English wording for `yaml`'s error codes; its own English text is the fallback. */
import type { Texts } from "../text/lang.js";

export const YAML_ERROR_TEXTS: Record<string, Texts> = {
  FLOW_SEQ_UNCLOSED: { sv: "hakparentesen [ stängs aldrig med ]", en: "the bracket [ is never closed by ]" },
  FLOW_MAP_UNCLOSED: { sv: "klammerparentesen { stängs aldrig med }", en: "the brace { is never closed by }" },
  MISSING_CHAR: { sv: "ett citattecken eller en parentes stängs aldrig", en: "a quote or bracket is never closed" },
  BAD_INDENT: {
    sv: "fel indrag: nycklar på samma nivå ska börja i samma kolumn",
    en: "bad indentation: keys at one level must start in the same column",
  },
  TAB_AS_INDENT: { sv: "tabb används som indrag; använd mellanslag", en: "a tab is used as indentation; use spaces" },
  BLOCK_AS_IMPLICIT_KEY: { sv: "ett kolon mitt i ett värde; sätt värdet inom citattecken", en: "a colon inside a value; quote the value" },
  MULTILINE_IMPLICIT_KEY: { sv: "en nyckel får inte sträcka sig över flera rader", en: "a key must not span several lines" },
  UNEXPECTED_TOKEN: { sv: "oväntat tecken", en: "unexpected character" },
  BAD_SCALAR_START: {
    sv: "ett värde får inte börja med det här tecknet utan citattecken",
    en: "a value cannot start with this character unless quoted",
  },
  BAD_DQ_ESCAPE: { sv: "ogiltig escape-sekvens inom dubbla citattecken", en: "invalid escape sequence in double quotes" },
  BLOCK_IN_FLOW: { sv: "blockstruktur inuti [ ] eller { }", en: "block structure inside [ ] or { }" },
  KEY_OVER_1024_CHARS: { sv: "en nyckel längre än 1024 tecken", en: "a key longer than 1024 characters" },
  BAD_DIRECTIVE: { sv: "okänt YAML-direktiv (%)", en: "unknown YAML directive (%)" },
};

/** Which entry describes an error: `BAD_INDENT` means different things for unclosed flow collections. */
export function yamlErrorKey(code: string, message: string): string {
  if (code === "BAD_INDENT" && message.startsWith("Flow sequence")) return "FLOW_SEQ_UNCLOSED";
  if (code === "BAD_INDENT" && message.startsWith("Flow map")) return "FLOW_MAP_UNCLOSED";
  return code;
}
