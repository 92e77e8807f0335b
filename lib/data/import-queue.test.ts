import { describe, expect, it } from "vitest";
import { createImportQueue } from "./import-queue";

/** A batch runner that records its batches and answers each item doubled; "bad" items fail their batch. */
function recorder() {
  const batches: number[][] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const run = async (items: number[]) => {
    batches.push(items);
    if (batches.length === 1) await gate; // the first batch runs while the others queue up
    if (items.includes(-1)) throw new Error("bad file");
    return items.map((i) => i * 2);
  };
  return { batches, release: () => release(), enqueue: createImportQueue(run) };
}

describe("createImportQueue", () => {
  it("runs one batch at a time; jobs of one key queued meanwhile run together, each with its own answer", async () => {
    const { batches, release, enqueue } = recorder();
    const answers = [enqueue("race", 1), enqueue("race", 2), enqueue("race", 3), enqueue("race", 4)];
    release();
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it("never lets a job overtake one queued before it under another key, and never batches a null key", async () => {
    const { batches, release, enqueue } = recorder();
    const answers = [enqueue("a", 1), enqueue("a", 2), enqueue(null, 3), enqueue(null, 4), enqueue("a", 5), enqueue("b", 6)];
    release();
    await Promise.all(answers);
    expect(batches).toEqual([[1], [2], [3], [4], [5], [6]]);
  });

  it("retries a failed batch job by job: only the bad file's caller gets the error", async () => {
    const { batches, release, enqueue } = recorder();
    const first = enqueue("race", 1);
    const good = enqueue("race", 2);
    const bad = enqueue("race", -1);
    const after = enqueue("race", 3);
    release();
    await expect(bad).rejects.toThrow("bad file");
    expect(await Promise.all([first, good, after])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1], [2, -1, 3], [2], [-1], [3]]);
  });
});
