/** "Did you mean" only for a likely typo. */
import { describe, expect, it } from "vitest";
import { suggest } from "../../src/text/suggest.js";

const KEYS = ["id", "rubrik", "beskrivning", "aktivitet", "åtgärd", "status", "klart_senast", "ansvarig", "uppföljning"];

describe("suggest", () => {
  it("suggests the key a typo was meant to be", () => {
    expect(suggest("ansvarg", KEYS)).toBe("ansvarig");
    expect(suggest("Rubrik", KEYS)).toBe("rubrik");
    expect(suggest("klart-senast", KEYS)).toBe("klart_senast");
    expect(suggest("uppfoljning", KEYS)).toBe("uppföljning");
  });

  it("suggests nothing for a word that is not near any key", () => {
    expect(suggest("okänd_nyckel", KEYS)).toBeUndefined();
    expect(suggest("kommentarer_till_nämnden", KEYS)).toBeUndefined();
    expect(suggest("xyz", KEYS)).toBeUndefined();
  });
});
