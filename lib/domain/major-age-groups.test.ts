import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateMajorAgeGroupPlaces, largestRemainder, majorAgeGroupAllocation } from "./major-age-groups";
import type { RaceResult } from "./race-result";
import type { Sex } from "./types";

/** One sex's finishers in finishing order, one age group per place. */
function field(order: readonly string[], sex: Sex = "F"): RaceResult[] {
  return order.map((ageGroup, i) => ({
    resultId: `${sex}${i + 1}`,
    runnerId: `runner-${sex}${i + 1}`,
    sex,
    status: "finisher",
    placeBySex: i + 1,
    placeOverall: null,
    timeSeconds: null,
    utmbScore: null,
    ageGroup,
  }));
}

const repeat = (group: string, n: number): string[] => Array.from({ length: n }, () => group);

/** 100 women: top 10 all 20-34, then the groups interleaved. Sizes 40 / 25 / 20 / 10 / 5. */
function hundredWomen(): RaceResult[] {
  const rest: string[] = [];
  const left = new Map([["20-34", 30], ["35-39", 25], ["40-44", 20], ["45-49", 10], ["50-54", 5]]);
  while ([...left.values()].some((n) => n > 0)) {
    for (const [g, n] of left) {
      if (n > 0) {
        rest.push(g);
        left.set(g, n - 1);
      }
    }
  }
  return field([...repeat("20-34", 10), ...rest]);
}

describe("largestRemainder (R12)", () => {
  it("shares places in proportion and sums to the places", () => {
    const sizes = new Map([["20-34", 40], ["35-39", 25], ["40-44", 20], ["45-49", 10], ["50-54", 5]]);
    // 35 * n / 100 = 14, 8.75, 7, 3.5, 1.75: two places left go to the remainders .75 (larger group first).
    expect(Object.fromEntries(largestRemainder(sizes, 35))).toEqual({ "20-34": 14, "35-39": 9, "40-44": 7, "45-49": 3, "50-54": 2 });
  });

  it("breaks equal remainders by larger group, then by label", () => {
    // 2 * 3/4 = 1.5 and 2 * 1/4 = 0.5: equal remainders, the larger group wins the last place.
    expect(Object.fromEntries(largestRemainder(new Map([["40-44", 1], ["20-34", 3]]), 2))).toEqual({ "20-34": 2, "40-44": 0 });
    expect(Object.fromEntries(largestRemainder(new Map([["45-49", 1], ["40-44", 1]]), 1))).toEqual({ "45-49": 0, "40-44": 1 });
  });

  it("gives nothing when there is nothing to share", () => {
    expect(Object.fromEntries(largestRemainder(new Map([["20-34", 0]]), 35))).toEqual({ "20-34": 0 });
    expect(largestRemainder(new Map(), 35).size).toBe(0);
  });

  it("property: shares sum to the places and stay within one of the exact quota", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 80 }), (sizes, places) => {
        const map = new Map(sizes.map((n, i) => [`g${String(i).padStart(2, "0")}`, n]));
        const shares = largestRemainder(map, places);
        const total = sizes.reduce((a, b) => a + b, 0);
        expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(places);
        for (const [g, n] of map) {
          const exact = (places * n) / total;
          expect(shares.get(g)!).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(shares.get(g)!).toBeLessThanOrEqual(Math.floor(exact) + 1);
        }
      }),
    );
  });
});

describe("majorAgeGroupAllocation / allocateMajorAgeGroupPlaces (R12)", () => {
  it("gives each group its share, top 10 counting against it, 35 places in all", () => {
    const results = hundredWomen();
    const allocation = majorAgeGroupAllocation(results, 35, 10);
    expect(allocation.map((a) => [a.ageGroup, a.finishers, a.share, a.mandatory, a.places, a.qualified])).toEqual([
      ["20-34", 40, 14, 10, 14, 14],
      ["35-39", 25, 9, 1, 9, 9],
      ["40-44", 20, 7, 1, 7, 7],
      ["45-49", 10, 3, 1, 3, 3],
      ["50-54", 5, 2, 1, 2, 2],
    ]);
    const qualifiers = allocateMajorAgeGroupPlaces(results, 35, 10);
    // The top 10 qualify by podium (R9), so 25 age-group places remain.
    expect(qualifiers.size).toBe(25);
    expect(qualifiers.has("F1")).toBe(false);
    expect(qualifiers.has("F10")).toBe(false);
    // 20-34: places 11..14 in the group are in, 15 is not.
    const youngest = [...qualifiers.values()].filter((q) => q.ageGroup === "20-34").map((q) => q.placeInAgeGroup);
    expect(youngest.sort((a, b) => a - b)).toEqual([11, 12, 13, 14]);
    const oldest = [...qualifiers.values()].filter((q) => q.ageGroup === "50-54").map((q) => q.placeInAgeGroup);
    expect(oldest.sort((a, b) => a - b)).toEqual([1, 2]);
  });

  it("keeps every mandatory place when it exceeds the group's share and re-shares the rest", () => {
    // 40 women: the top 10 are all 35-39; 20-34 has 20 finishers, 40-44 has 10. 12 places.
    const results = field([...repeat("35-39", 10), ...repeat("20-34", 20), ...repeat("40-44", 10)]);
    const allocation = majorAgeGroupAllocation(results, 12, 10);
    expect(allocation.map((a) => [a.ageGroup, a.share, a.mandatory, a.places])).toEqual([
      ["20-34", 6, 1, 1],
      ["35-39", 3, 10, 10],
      ["40-44", 3, 1, 1],
    ]);
    const qualifiers = allocateMajorAgeGroupPlaces(results, 12, 10);
    expect(Object.fromEntries(qualifiers)).toEqual({
      F11: { ageGroup: "20-34", placeInAgeGroup: 1 },
      F31: { ageGroup: "40-44", placeInAgeGroup: 1 },
    });
  });

  it("honours mandatory places even when they alone exceed the places", () => {
    const results = field([...repeat("35-39", 10), "20-34", "40-44", "45-49"]);
    const qualifiers = allocateMajorAgeGroupPlaces(results, 10, 10);
    expect([...qualifiers.keys()].sort()).toEqual(["F11", "F12", "F13"]);
  });

  it("does not roll unused places down when a group is smaller than its share", () => {
    const results = field(["20-34", "35-39", "20-34", "35-39", "20-34"]);
    const allocation = majorAgeGroupAllocation(results, 35, 3);
    expect(allocation.map((a) => [a.ageGroup, a.share, a.qualified])).toEqual([
      ["20-34", 21, 3],
      ["35-39", 14, 2],
    ]);
    expect([...allocateMajorAgeGroupPlaces(results, 35, 3).keys()].sort()).toEqual(["F4", "F5"]);
  });

  it("shares the cut-off place on a tie in the group", () => {
    const results = field(["20-34", "35-39", "35-39", "35-39", "35-39"]);
    const tied = results.map((r) => (r.resultId === "F4" ? { ...r, placeBySex: 3 } : r));
    // 3 places: 20-34 (1 finisher) 0.6 -> 1, 35-39 (4) 2.4 -> 2; podium 1.
    const qualifiers = allocateMajorAgeGroupPlaces(tied, 3, 1);
    expect(Object.fromEntries(qualifiers)).toEqual({
      F2: { ageGroup: "35-39", placeInAgeGroup: 1 },
      F3: { ageGroup: "35-39", placeInAgeGroup: 2 },
      F4: { ageGroup: "35-39", placeInAgeGroup: 2 },
    });
  });

  it("handles each sex separately and skips non-finishers and unknown groups", () => {
    const women = field(["20-34", "35-39", "40-44"], "F");
    const men = field(["20-34", "20-34", "40-44"], "M");
    const dnf: RaceResult = { ...women[0]!, resultId: "dnf", runnerId: "x", status: "dnf", placeBySex: 1 };
    const unknown: RaceResult = { ...women[0]!, resultId: "unknown", runnerId: "y", placeBySex: 4, ageGroup: null };
    const qualifiers = allocateMajorAgeGroupPlaces([...women, ...men, dnf, unknown], 35, 1);
    expect([...qualifiers.keys()].sort()).toEqual(["F2", "F3", "M2", "M3"]);
  });

  const sex = fc.constantFrom<Sex>("F", "M");
  const group = fc.constantFrom("18-19", "20-34", "35-39", "40-44", "45-49", "50-54", "60-64", "85+");
  const race = fc
    .array(fc.record({ sex, group }), { maxLength: 120 })
    .map((rows) => {
      const count = { F: 0, M: 0 };
      return rows.map(({ sex: s, group: g }, i): RaceResult => {
        count[s] += 1;
        return { resultId: i, runnerId: i, sex: s, status: "finisher", placeBySex: count[s], placeOverall: null, timeSeconds: null, utmbScore: null, ageGroup: g };
      });
    });

  it("property: top 10 and group winners always in; the total stays within the places unless the mandatory ones exceed them", () => {
    fc.assert(
      fc.property(race, (results) => {
        const qualifiers = allocateMajorAgeGroupPlaces(results, 35, 10);
        for (const s of ["F", "M"] as const) {
          const mine = results.filter((r) => r.sex === s);
          const top = mine.filter((r) => r.placeBySex! <= 10);
          const winners = new Set([...new Set(mine.map((r) => r.ageGroup))].map((g) => mine.find((r) => r.ageGroup === g)!.resultId));
          for (const w of winners) {
            const isTop = top.some((r) => r.resultId === w);
            expect(isTop || qualifiers.has(w)).toBe(true);
          }
          for (const r of top) expect(qualifiers.has(r.resultId)).toBe(false);
          const mandatory = new Set([...top.map((r) => r.resultId), ...winners]).size;
          const total = top.length + mine.filter((r) => qualifiers.has(r.resultId)).length;
          expect(total).toBeLessThanOrEqual(Math.max(35, mandatory));
          if (mine.length >= 35 && mandatory <= 35) {
            const allocation = majorAgeGroupAllocation(results, 35, 10).filter((a) => a.sex === s);
            expect(allocation.reduce((sum, a) => sum + a.share, 0)).toBe(35);
          }
        }
      }),
    );
  });

  it("property: independent of row order", () => {
    fc.assert(
      fc.property(
        race.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([rs, shuffled]) => {
          const sorted = (m: Map<string | number, unknown>) => [...m].sort(([a], [b]) => Number(a) - Number(b));
          expect(sorted(allocateMajorAgeGroupPlaces(shuffled, 35, 10))).toEqual(sorted(allocateMajorAgeGroupPlaces(rs, 35, 10)));
        },
      ),
    );
  });
});
