import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { styles } from "../../src/text/styles.js";

// chalk (a devDependency now) is the reference: plan wrote its colours with chalk at level 1 before.
const chalk = new Chalk({ level: 1 });
const samples = ["fel", "", "två\nrader", "crlf\r\nrad", "å ä ö ─│", "\x1b[39minne\x1b[39m", "slut\n"];

describe("styles", () => {
  it("writes what chalk writes at level 1, for each style and for the combinations plan uses", () => {
    const ours = styles(true);
    for (const text of samples) {
      for (const name of ["bold", "dim", "underline", "red", "yellow", "green", "cyan"] as const) {
        expect(ours[name](text), `${name} ${JSON.stringify(text)}`).toBe(chalk[name](text));
      }
      expect(ours.red(ours.bold(text))).toBe(chalk.red.bold(text));
      expect(ours.yellow(ours.bold(text))).toBe(chalk.yellow.bold(text));
      expect(ours.green(ours.bold(text))).toBe(chalk.green.bold(text));
      expect(ours.bold(ours.underline(text))).toBe(chalk.bold.underline(text));
    }
  });

  it("leaves text as it is without colour", () => {
    const none = styles(false);
    for (const text of samples) expect(Object.values(none).map((style) => style(text))).toEqual(Array(7).fill(text));
  });
});
