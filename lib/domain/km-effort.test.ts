import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_CATEGORY_BANDS,
  categoryForKmEffort,
  categoryOfFinalsRace,
  finalsRaceForCategory,
  isFinalsCategory,
  kmEffort,
  raceCategory,
} from "./km-effort";
import { FINALS_RACES, RACE_CATEGORIES } from "./types";

describe("kmEffort (R2)", () => {
  it("is distance + gain / 100: 78 km with 4,000 m is 118", () => {
    expect(kmEffort(78, 4000)).toBe(118);
    expect(kmEffort(171, 10000)).toBe(271);
    expect(kmEffort(0, 0)).toBe(0);
  });

  it("refuses negative or non-finite inputs", () => {
    expect(() => kmEffort(-1, 0)).toThrow(RangeError);
    expect(() => kmEffort(10, Number.NaN)).toThrow(RangeError);
    expect(() => kmEffort(Infinity, 0)).toThrow(RangeError);
  });

  it("grows with distance and with gain", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 20000, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (d, g, extra) => {
        expect(kmEffort(d + extra, g)).toBeGreaterThanOrEqual(kmEffort(d, g));
        expect(kmEffort(d, g + extra)).toBeGreaterThanOrEqual(kmEffort(d, g));
      }),
    );
  });
});

describe("categoryForKmEffort (R3)", () => {
  it.each([
    [0, null],
    [19.99, null],
    [20, "20K"],
    [49.99, "20K"],
    [50, "50K"],
    [99.99, "50K"],
    [100, "100K"],
    [118, "100K"],
    [169.99, "100K"],
    [170, "100M"],
    [271, "100M"],
  ] as const)("%s km-effort -> %s", (value, expected) => {
    expect(categoryForKmEffort(value)).toBe(expected);
  });

  it("is null for a non-finite value", () => {
    expect(categoryForKmEffort(Number.NaN)).toBeNull();
  });

  it("uses configured band edges", () => {
    const bands = { ...DEFAULT_CATEGORY_BANDS, m100: 180 };
    expect(categoryForKmEffort(175, bands)).toBe("100K");
    expect(categoryForKmEffort(180, bands)).toBe("100M");
  });

  it("never puts a larger km-effort in a smaller category", () => {
    const order = (c: string | null) => (c === null ? -1 : RACE_CATEGORIES.indexOf(c as never));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order(categoryForKmEffort(lo))).toBeLessThanOrEqual(order(categoryForKmEffort(hi)));
      }),
    );
  });

  it("keeps the shared default bands frozen", () => {
    expect(Object.isFrozen(DEFAULT_CATEGORY_BANDS)).toBe(true);
    expect(DEFAULT_CATEGORY_BANDS).toEqual({ k20: 20, k50: 50, k100: 100, m100: 170 });
  });
});

describe("raceCategory (R3)", () => {
  it("computes from km-effort when there is no official category", () => {
    expect(raceCategory({ distanceKm: 78, elevationGainM: 4000 })).toBe("100K");
    expect(raceCategory({ distanceKm: 15, elevationGainM: 400, officialCategory: null })).toBeNull();
  });

  it("lets the organiser's official category override the computed one", () => {
    // 56 km + 3,500 m = 91 km-effort (50K computed), but the organiser says 100K.
    expect(raceCategory({ distanceKm: 56, elevationGainM: 3500, officialCategory: "100K" })).toBe("100K");
    expect(raceCategory({ distanceKm: 10, elevationGainM: 0, officialCategory: "20K" })).toBe("20K");
  });
});

describe("Finals races (R1, R7)", () => {
  it("maps categories to Finals races and back", () => {
    expect(finalsRaceForCategory("50K")).toBe("OCC");
    expect(finalsRaceForCategory("100K")).toBe("CCC");
    expect(finalsRaceForCategory("100M")).toBe("UTMB");
    expect(finalsRaceForCategory("20K")).toBeNull();
    for (const race of FINALS_RACES) expect(finalsRaceForCategory(categoryOfFinalsRace(race))).toBe(race);
  });

  it("knows the Finals categories", () => {
    expect(isFinalsCategory("20K")).toBe(false);
    expect(isFinalsCategory(null)).toBe(false);
    expect(isFinalsCategory("100M")).toBe(true);
  });
});
