/**
 * The imported plan as a Markdown plan file: YAML front matter written by `yaml` (its Document API carries the
 * comments: where each part came from, and the source text that has no key), then the prose as the body.
 */
import { Document, isMap, isSeq, type Node, type Pair, type Scalar, visit } from "yaml";
import { escapeControl } from "../text/safe-text.js";
import type { ImportedMeasure, ImportedPlan } from "./types.js";

/** A `.md` plan (front matter and body) or a `.yaml` plan (the prose under `brödtext`). */
export function planFileText(plan: ImportedPlan, sourceName: string, format: "markdown" | "yaml"): string {
  const document = new Document({
    id: plan.id,
    titel: plan.titel,
    styrdokument: plan.styrdokument,
    åtgärder: plan.measures.map(measureData),
    ...(format === "yaml" ? { brödtext: plan.body } : {}),
  });
  document.commentBefore = comment([
    `Importerad med plan import från ${sourceName}. Granska mot originalet innan planen används: id:n är förslag,`,
    "och text som inte har någon plats i formatet står som kommentarer (plan import listade dem som varningar).",
    ...plan.notes.flatMap((note) => ["", ...note.split("\n")]),
  ]);
  const root = document.contents;
  if (isMap(root)) {
    const governing = pairOf(root.items, "styrdokument");
    if (governing && plan.styrdokumentNotes.length > 0) {
      governing.key.commentBefore = comment(["Uppgifter i originalet som formatet saknar nyckel för:", ...plan.styrdokumentNotes]);
    }
    const measures = pairOf(root.items, "åtgärder");
    if (measures) {
      const where = plan.measureHeadings.map((heading) => `"${heading}"`).join(" och ");
      const columns = plan.timetableHeader.length > 0 ? ` (${plan.timetableHeader.join(", ")})` : "";
      measures.key.commentBefore = comment([
        `${where || "Åtgärderna"} i originalet: rubrik = punktens fetstilta början, beskrivning = resten;`,
        `tidsplanens kolumner${columns} → aktivitet (när den skiljer sig från rubriken), åtgärd,`,
        "status eller klart_senast, ansvarig och uppföljning, från tidsplanens rad för åtgärden.",
      ]);
      if (isSeq(measures.value)) {
        measures.value.items.forEach((item, index) => {
          const notes = plan.measures[index]?.notes ?? [];
          if (notes.length > 0) (item as Node).commentBefore = comment(notes);
        });
      }
    }
  }
  // Lists of roles on one line, as people write them: `ansvarig: [AC pers. ass, AC BMSS]`.
  visit(document, {
    Pair: (_, pair) => {
      const key = (pair.key as Scalar | null)?.value;
      if ((key === "ansvarig" || key === "av") && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  const yaml = document.toString({ lineWidth: 118, minContentWidth: 40, nullStr: "", flowCollectionPadding: false });
  return format === "yaml" ? yaml : `---\n${yaml}---\n\n${plan.body}`;
}

function measureData(measure: ImportedMeasure): Record<string, unknown> {
  const { notes: _notes, ...data } = measure;
  return data;
}

function pairOf(items: Pair[], key: string): (Pair & { key: Node }) | undefined {
  return items.find((pair) => (pair.key as Scalar | null)?.value === key) as (Pair & { key: Node }) | undefined;
}

/** `yaml` writes each line after a `#`; a control character must not end the comment early. Tabs become spaces. */
function comment(lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? "" : ` ${escapeControl(line.replaceAll("\t", " "))}`)).join("\n");
}
