/** The codes of reading a file: the file itself, its front matter and its YAML. */
import type { Entry } from "./entry.js";
import { YAML_ERROR_TEXTS } from "./yaml-errors.js";

export const READING_CODES = {
  "file-not-regular": {
    severity: "error",
    sv: (p) => `Inte en vanlig fil (${p.kind}); den läses inte.`,
    en: (p) => `Not a regular file (${p.kind}); it is not read.`,
    hint: { sv: () => "Ange en plan-fil (.md, .yaml eller .yml).", en: () => "Give a plan file (.md, .yaml or .yml)." },
  },
  "file-broken-link": {
    severity: "error",
    sv: () => "Symbolisk länk som pekar på en fil som inte finns.",
    en: () => "Symbolic link to a file that does not exist.",
    hint: { sv: () => "Ta bort länken eller rätta målet.", en: () => "Remove the link or fix its target." },
  },
  "file-link-loop": {
    severity: "error",
    sv: () => "Symboliska länkar som pekar på varandra i en slinga.",
    en: () => "Symbolic links that point at each other in a loop.",
    hint: { sv: () => "Ta bort en av länkarna.", en: () => "Remove one of the links." },
  },
  "file-unreadable": {
    severity: "error",
    sv: (p) => `Filen kunde inte läsas: ${p.reason}.`,
    en: (p) => `The file could not be read: ${p.reason}.`,
  },
  "folder-unreadable": {
    severity: "error",
    sv: (p) => `Katalogen kunde inte läsas: ${p.reason}; planerna i den kontrolleras inte.`,
    en: (p) => `The folder could not be read: ${p.reason}; the plans in it are not checked.`,
    hint: {
      sv: () => "Ge läsrätt till katalogen (chmod a+rx) eller ange bara de kataloger som ska kontrolleras.",
      en: () => "Make the folder readable (chmod a+rx) or name only the folders to check.",
    },
  },
  "file-too-large": {
    severity: "error",
    sv: (p) => `Filen är ${p.size} byte; största tillåtna storlek är ${p.max} byte.`,
    en: (p) => `The file is ${p.size} bytes; the largest allowed is ${p.max} bytes.`,
    hint: { sv: () => "Dela upp planen i flera filer.", en: () => "Split the plan into several files." },
  },
  "file-empty": {
    severity: "error",
    sv: () => "Filen är tom.",
    en: () => "The file is empty.",
    hint: {
      sv: () => 'Fyll i planen (se docs/format.md), eller ta bort filen och skapa en ny med `plan new --ansvar <nummer> --enhet "<namn>"`.',
      en: () =>
        'Fill in the plan (see docs/format.md), or remove the file and create one with `plan new --ansvar <number> --enhet "<name>"`.',
    },
  },
  "file-binary": {
    severity: "error",
    sv: () => "Filen är binär, inte text.",
    en: () => "The file is binary, not text.",
    hint: { sv: () => "En plan är en textfil (.md, .yaml eller .yml).", en: () => "A plan is a text file (.md, .yaml or .yml)." },
  },
  "file-encoding": {
    severity: "error",
    sv: (p) => (p.guess ? `Texten är inte UTF-8 (den ser ut att vara ${p.guess}).` : "Texten är inte UTF-8."),
    en: (p) => (p.guess ? `The text is not UTF-8 (it looks like ${p.guess}).` : "The text is not UTF-8."),
    hint: {
      sv: (p) =>
        String(p.guess).startsWith("UTF-16")
          ? "Spara filen som UTF-8: i VS Code via kodningen i statusraden (Spara med kodning → UTF-8), i Anteckningar via Spara som → Kodning: UTF-8."
          : "Spara filen som UTF-8 i din editor.",
      en: (p) =>
        String(p.guess).startsWith("UTF-16")
          ? "Save the file as UTF-8: in VS Code through the encoding in the status bar (Save with Encoding → UTF-8), in Notepad through Save as → Encoding: UTF-8."
          : "Save the file as UTF-8 in your editor.",
    },
  },
  "file-control-char": {
    severity: "error",
    sv: (p) => (p.escape ? `Otillåtet styrtecken ${p.char} (skrivet ${p.escape}) i texten.` : `Otillåtet styrtecken ${p.char} i texten.`),
    en: (p) => (p.escape ? `Control character ${p.char} (written ${p.escape}) in the text.` : `Control character ${p.char} in the text.`),
    hint: {
      sv: (p) =>
        p.escape ? `Ta bort ${p.escape}; styrtecken hör inte hemma i en plan.` : "Ta bort tecknet; det syns ofta inte i editorn.",
      en: (p) => (p.escape ? `Remove ${p.escape}; control characters do not belong in a plan.` : "Remove it; editors often hide it."),
    },
  },
  "front-matter-missing": {
    severity: "error",
    sv: () => "Front matter saknas: rad 1 ska vara exakt `---`.",
    en: () => "Front matter is missing: line 1 must be exactly `---`.",
    hint: {
      sv: () => "Börja filen med `---`, metadata i YAML och en avslutande rad `---`.",
      en: () => "Start the file with `---`, the metadata in YAML and a closing line `---`.",
    },
  },
  "front-matter-language": {
    severity: "error",
    sv: (p) => `Front matter på språket ${p.language} stöds inte; bara YAML.`,
    en: (p) => `Front matter in ${p.language} is not supported; only YAML.`,
    hint: { sv: () => "Skriv rad 1 som exakt `---`.", en: () => "Write line 1 as exactly `---`." },
  },
  "front-matter-not-closed": {
    severity: "error",
    sv: () => "Front matter avslutas aldrig med en rad `---`.",
    en: () => "The front matter is never closed by a line `---`.",
    hint: { sv: () => "Lägg till en rad `---` efter metadata.", en: () => "Add a line `---` after the metadata." },
  },
  "document-not-mapping": {
    severity: "error",
    sv: (p) =>
      `Innehållet ska vara nycklar och värden (en mappning), inte ${{ empty: "tomt", list: "en lista" }[String(p.found)] ?? "ett enkelt värde"}.`,
    en: (p) =>
      `The content must be keys and values (a mapping), not ${{ empty: "empty", list: "a list" }[String(p.found)] ?? "a single value"}.`,
    hint: { sv: () => "Se docs/format.md för ett exempel.", en: () => "See docs/format.md for an example." },
  },
  "yaml-syntax": {
    severity: "error",
    sv: (p) => `YAML-syntaxfel: ${YAML_ERROR_TEXTS[String(p.yamlKey)]?.sv ?? p.detail} (${p.yamlCode}).`,
    en: (p) => `YAML syntax error: ${YAML_ERROR_TEXTS[String(p.yamlKey)]?.en ?? p.detail} (${p.yamlCode}).`,
    hint: {
      sv: () => "Kontrollera indrag (mellanslag, inte tabb), kolon och citattecken.",
      en: () => "Check indentation (spaces, not tabs), colons and quotes.",
    },
  },
  "yaml-duplicate-key": {
    severity: "error",
    sv: (p) => `Nyckeln ${p.key} förekommer flera gånger.`,
    en: (p) => `The key ${p.key} occurs more than once.`,
    hint: { sv: () => "Ta bort eller slå ihop dubbletten.", en: () => "Remove or merge the duplicate." },
  },
  "yaml-multiple-documents": {
    severity: "error",
    sv: () => "Filen innehåller flera YAML-dokument.",
    en: () => "The file holds more than one YAML document.",
    hint: { sv: () => "En plan per fil; ta bort `---` mitt i filen.", en: () => "One plan per file; remove the `---` inside it." },
  },
  "yaml-alias": {
    severity: "error",
    sv: () => "YAML-ankare och alias (`&` och `*`) används inte i planer.",
    en: () => "YAML anchors and aliases (`&` and `*`) are not used in plans.",
    hint: { sv: () => "Skriv ut värdet där det behövs.", en: () => "Write the value out where it is needed." },
  },
  "yaml-tag": {
    severity: "error",
    sv: (p) => `YAML-taggen ${p.tag} används inte i planer.`,
    en: (p) => `The YAML tag ${p.tag} is not used in plans.`,
    hint: { sv: () => "Ta bort taggen; sätt text inom citattecken.", en: () => "Remove the tag; quote text instead." },
  },
  "yaml-too-many-nodes": {
    severity: "error",
    sv: (p) => `Filen har fler än ${p.max} nycklar och värden; den kontrolleras inte vidare.`,
    en: (p) => `The file has more than ${p.max} keys and values; it is not checked further.`,
    hint: { sv: () => "Dela upp planen i flera filer.", en: () => "Split the plan into several files." },
  },
  "key-reserved": {
    severity: "error",
    sv: (p) => `Nyckeln ${p.key} är reserverad och får inte användas.`,
    en: (p) => `The key ${p.key} is reserved and must not be used.`,
    hint: { sv: () => "Ta bort nyckeln eller byt namn på den.", en: () => "Remove or rename the key." },
  },
  "yaml-too-deep": {
    severity: "error",
    sv: (p) => `Strukturen är för djupt nästlad (mer än ${p.max} nivåer).`,
    en: (p) => `The structure is nested too deeply (more than ${p.max} levels).`,
  },
} satisfies Record<string, Entry>;
