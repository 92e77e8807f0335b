import { describe, expect, it } from "vitest";
import { mulberry32, SeededRandom } from "@/db/random";

describe("SeededRandom", () => {
  it("gives the same sequence for the same seed, another for another seed", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.float())).not.toEqual(seqA);
  });

  it("matches the plain mulberry32 sequence (the seed's data does not move)", () => {
    const next = mulberry32(7);
    const rng = new SeededRandom(7);
    for (let i = 0; i < 10; i++) expect(rng.float()).toBe(next());
  });

  it("keeps draws in range", () => {
    const rng = new SeededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const f = rng.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = rng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it("picks by weight, never an item of weight 0", () => {
    const rng = new SeededRandom(3);
    const counts = { a: 0, b: 0, zero: 0 };
    const items = [
      ["a", 3],
      ["zero", 0],
      ["b", 1],
    ] as const;
    for (let i = 0; i < 4000; i++) counts[rng.weighted(items, ([, w]) => w)[0]]++;
    expect(counts.zero).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(/empty/);
    expect(() => new SeededRandom(1).weighted([], () => 1)).toThrow(/empty/);
  });
});
