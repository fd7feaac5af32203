/** writeChunks: output in batches of about 64 KiB, made only as fast as stdout takes it. */
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../src/cli/io.js";
import type { ByteBatches } from "../../src/output/byte-batches.js";

describe("writeChunks", () => {
  it("writes the pieces in order, in batches of about 64 KiB", async () => {
    const written: string[] = [];
    const pieces = Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(2000, "x"));
    await writeChunks({ stdout: (text) => void written.push(text) }, pieces);
    expect(written.join("")).toBe(pieces.join(""));
    expect(written.length).toBe(4);
  });

  it("encodes the pieces straight into batches of bytes where stdout takes them, the same text in the same order", async () => {
    const written: string[] = [];
    const pieces = ["┌──┐\n", "åäö 😀\n", "x".repeat(30_000), "\n", "漢字\n".repeat(5000), "end\n"];
    await writeChunks(
      {
        stdout: (text) => void written.push(text),
        stdoutBytes: (bytes) => void written.push(Buffer.from(bytes).toString("utf8")),
      },
      pieces,
    );
    expect(written.join("")).toBe(pieces.join(""));
    expect(written.length).toBeGreaterThan(1);
  });

  it("makes no more pieces while stdout has a batch queued", async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    const io = {
      stdout: (text: string) => {
        events.push(`write ${text.length}`);
        return false;
      },
      stdoutDrained: () =>
        new Promise<void>((resolve) => {
          events.push("wait");
          release = resolve;
        }),
    };
    function* pieces() {
      for (let i = 0; i < 3; i++) {
        events.push(`make ${i}`);
        yield "x".repeat(70_000);
      }
    }
    const done = writeChunks(io, pieces());
    await Promise.resolve();
    expect(events).toEqual(["make 0", "write 70000", "wait"]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.slice(3)).toEqual(["make 1", "write 70000", "wait"]);
    release();
    release = () => {};
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await done;
    expect(events.filter((e) => e.startsWith("write"))).toHaveLength(3);
  });

  it("writes pieces that write their own bytes, in order with the text", async () => {
    const written: string[] = [];
    const table = (text: string) => (out: ByteBatches) => out.bytes(Buffer.from(text));
    await writeChunks({ stdout: (text) => void written.push(text) }, ["a\n", table("┌─┐\n"), "b\n", table("└─┘\n")]);
    expect(written.join("")).toBe("a\n┌─┐\nb\n└─┘\n");
  });

  it("never changes a batch before stdout says it was written, and reuses its buffer after", async () => {
    const pieces = Array.from({ length: 2000 }, (_, i) => `${i} ${"åx".repeat(i % 300)}\n`);
    for (const release of ["never", "at once", "later"] as const) {
      const batches: { bytes: Uint8Array; copy: string; released: boolean }[] = [];
      const later: (() => void)[] = [];
      await writeChunks(
        {
          stdout: () => {
            throw new Error("no text expected");
          },
          stdoutBytes: (bytes, written) => {
            const batch = { bytes, copy: Buffer.from(bytes).toString("utf8"), released: false };
            batches.push(batch);
            const give = () => {
              batch.released = true;
              written();
            };
            if (release === "at once") give();
            else if (release === "later") later.push(give);
          },
        },
        (function* () {
          for (const piece of pieces) {
            // Whatever was handed on and not given back is as it was written.
            for (const batch of batches) if (!batch.released) expect(Buffer.from(batch.bytes).toString("utf8")).toBe(batch.copy);
            if (release === "later") later.splice(0).forEach((give) => give());
            yield piece;
          }
        })(),
      );
      expect(batches.map((b) => b.copy).join("")).toBe(pieces.join(""));
      const buffers = new Set(batches.map((b) => b.bytes.buffer));
      if (release === "never") expect(buffers.size).toBe(batches.length);
      else {
        expect(batches.length).toBeGreaterThan(10);
        expect(buffers.size).toBeLessThanOrEqual(3);
      }
    }
  });
});
