/** writeChunks: output in batches of about 64 KiB, made only as fast as stdout takes it. */
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../src/cli/io.js";

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
});
