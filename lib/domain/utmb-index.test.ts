import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { INDEX_WEIGHTS, computeUtmbIndex, validateIndexWeights, type IndexScore, type IndexWeights } from "./utmb-index";
import type { RaceCategory } from "./types";

const AS_OF = "2026-03-15";
let nextId = 0;
function s(score: number, date = "2026-01-10", category: RaceCategory = "100K"): IndexScore {
  return { resultId: `r${nextId++}`, category, score, date };
}

describe("INDEX_WEIGHTS (R6)", () => {
  it("documents 5 decreasing rank weights, a 12-month recency discount, small penalties, 36/24 months", () => {
    expect(INDEX_WEIGHTS.rankWeights).toEqual([1, 0.8, 0.6, 0.4, 0.2]);
    expect(INDEX_WEIGHTS.recencyDiscount).toEqual({ olderThanMonths: 12, factor: 0.8 });
    expect(INDEX_WEIGHTS.fewResultsPenalty).toEqual([0.96, 0.97, 0.98, 0.99, 1]);
    expect(INDEX_WEIGHTS.windowMonths).toBe(36);
    expect(INDEX_WEIGHTS.validityMonths).toBe(24);
    expect(validateIndexWeights(INDEX_WEIGHTS)).toEqual([]);
    expect(Object.isFrozen(INDEX_WEIGHTS)).toBe(true);
  });
});

describe("computeUtmbIndex (R6)", () => {
  it("is null everywhere without scores", () => {
    const idx = computeUtmbIndex([], AS_OF);
    expect(idx.general).toBeNull();
    expect(idx.byCategory).toEqual({ "20K": null, "50K": null, "100K": null, "100M": null });
  });

  it("penalises a single result slightly", () => {
    const a = s(800);
    expect(computeUtmbIndex([a], AS_OF).general).toEqual({ value: 768, valid: true, countedResultIds: [a.resultId] });
  });

  it("weights five results 1, 0.8, 0.6, 0.4, 0.2 and keeps the best k", () => {
    const scores = [s(760), s(800), s(780), s(790), s(770)];
    // k=5: (800 + 0.8*790 + 0.6*780 + 0.4*770 + 0.2*760) / 3 = 786.67, above k=1..4.
    const general = computeUtmbIndex(scores, AS_OF).general!;
    expect(general.value).toBe(787);
    expect(general.countedResultIds).toHaveLength(5);
    expect(general.countedResultIds[0]).toBe(scores[1]!.resultId);
  });

  it("a bad race never lowers the index: the best k is kept", () => {
    const good = s(800);
    const bad = s(500);
    const general = computeUtmbIndex([good, bad], AS_OF).general!;
    expect(general.value).toBe(768);
    expect(general.countedResultIds).toEqual([good.resultId]);
  });

  it("weighs newer results more: an old low score pulls the average down less", () => {
    const twoResults: IndexWeights = { ...INDEX_WEIGHTS, rankWeights: [1, 0.8], fewResultsPenalty: [0.5, 1] };
    const recent = computeUtmbIndex([s(800), s(700, "2025-12-01")], AS_OF, twoResults).general!;
    const old = computeUtmbIndex([s(800), s(700, "2025-03-14")], AS_OF, twoResults).general!;
    expect(recent.value).toBe(756); // (800 + 0.8*700) / 1.8
    expect(old.value).toBe(761); // (800 + 0.64*700) / 1.64
    // Exactly 12 months old is not yet discounted.
    expect(computeUtmbIndex([s(800), s(700, "2025-03-15")], AS_OF, twoResults).general!.value).toBe(756);
  });

  it("counts only the last 36 months and nothing after asOf", () => {
    const edge = s(900, "2023-03-15");
    const tooOld = s(950, "2023-03-14");
    const future = s(990, "2026-03-16");
    const idx = computeUtmbIndex([edge, tooOld, future], AS_OF);
    expect(idx.general!.countedResultIds).toEqual([edge.resultId]);
    expect(idx.general!.value).toBe(864);
  });

  it("is valid only with a score in the last 24 months", () => {
    expect(computeUtmbIndex([s(800, "2024-03-15")], AS_OF).general!.valid).toBe(true);
    const stale = computeUtmbIndex([s(800, "2024-03-14")], AS_OF).general!;
    expect(stale.valid).toBe(false);
    expect(stale.value).toBe(768);
  });

  it("has one index per category and a General Index over all of them", () => {
    const occ = s(820, "2025-08-28", "50K");
    const ccc = s(797, "2025-08-29", "100K");
    const trail = s(700, "2025-05-01", "20K");
    const idx = computeUtmbIndex([occ, ccc, trail], AS_OF);
    expect(idx.byCategory["50K"]!.countedResultIds).toEqual([occ.resultId]);
    expect(idx.byCategory["100K"]!.countedResultIds).toEqual([ccc.resultId]);
    expect(idx.byCategory["20K"]!.value).toBe(672);
    expect(idx.byCategory["100M"]).toBeNull();
    expect(idx.general!.countedResultIds[0]).toBe(occ.resultId);
  });

  it("a win can score below the index (seed: CCC win 797, index 810)", () => {
    const scores = [s(830), s(820), s(815), s(812), s(797)];
    expect(computeUtmbIndex(scores, AS_OF).byCategory["100K"]!.value).toBeGreaterThan(797);
  });

  it("ignores non-finite scores", () => {
    expect(computeUtmbIndex([s(Number.NaN)], AS_OF).general).toBeNull();
  });

  const date = fc
    .record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  const category = fc.constantFrom<RaceCategory>("20K", "50K", "100K", "100M");
  const scoreList = fc
    .array(fc.record({ category, score: fc.integer({ min: 0, max: 1000 }), date }), { maxLength: 12 })
    .map((xs) => xs.map((x, i): IndexScore => ({ ...x, resultId: i })));

  it("property: adding a score (same dates) never lowers the index", () => {
    const inWindow = date.filter((d) => d >= "2024-01-01");
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 1000 }), inWindow, (values, extra, d) => {
        const scores = values.map((score, i): IndexScore => ({ resultId: i, category: "50K", score, date: d }));
        const asOf = "2026-12-31";
        const before = computeUtmbIndex(scores, asOf).general!.value;
        const after = computeUtmbIndex([...scores, { resultId: "new", category: "50K", score: extra, date: d }], asOf).general!.value;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("property: never exceeds the best counted score and never falls below the penalised best", () => {
    fc.assert(
      fc.property(scoreList, (scores) => {
        const idx = computeUtmbIndex(scores, "2026-12-31");
        for (const value of [idx.general, ...Object.values(idx.byCategory)]) {
          if (value === null) continue;
          const counted = scores.filter((x) => value.countedResultIds.includes(x.resultId)).map((x) => x.score);
          const best = Math.max(...counted);
          expect(value.value).toBeLessThanOrEqual(best);
          expect(value.value).toBeGreaterThanOrEqual(Math.round(best * INDEX_WEIGHTS.fewResultsPenalty[0]!));
          expect(value.countedResultIds.length).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it("property: independent of input order", () => {
    fc.assert(
      fc.property(
        scoreList.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        ([xs, shuffled]) => {
          expect(computeUtmbIndex(shuffled, "2026-06-30")).toEqual(computeUtmbIndex(xs, "2026-06-30"));
        },
      ),
    );
  });
});

describe("validateIndexWeights", () => {
  it("flags bad constants", () => {
    expect(validateIndexWeights({ ...INDEX_WEIGHTS, rankWeights: [0.5, 1, 0.6, 0.4, 0.2] })).toEqual(["Rank weights must not increase: the best score weighs most."]);
    expect(validateIndexWeights({ ...INDEX_WEIGHTS, fewResultsPenalty: [1, 1] })).toEqual(["There must be one few-results multiplier per rank weight."]);
    expect(validateIndexWeights({ ...INDEX_WEIGHTS, recencyDiscount: { olderThanMonths: 12, factor: 1.2 } })).toEqual([
      "The recency factor must be above 0 and at most 1.",
    ]);
    expect(validateIndexWeights({ ...INDEX_WEIGHTS, validityMonths: 48 })).toHaveLength(1);
  });
});
