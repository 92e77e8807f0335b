import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_CATEGORY_BANDS } from "./km-effort";
import {
  candidateEditionsForRaceDate,
  defaultEditionConfig,
  defaultEditionForRaceDate,
  isInQualificationPeriod,
  nextFinalsEdition,
  qualificationYearOf,
  validateEditionConfig,
} from "./edition";
import type { FinalsEditionConfig } from "./types";

describe("defaultEditionConfig", () => {
  const cfg = defaultEditionConfig(2026);

  it("uses the calendar year before as qualification period (R8)", () => {
    expect(cfg.year).toBe(2026);
    expect(cfg.qualificationStart).toBe("2025-01-01");
    expect(cfg.qualificationEnd).toBe("2025-12-31");
  });

  it("has the default score and extension thresholds (R10, R16)", () => {
    expect(cfg.scoreThresholds).toEqual({ F: { "50K": 730, "100K": 710, "100M": 680 }, M: { "50K": 870, "100K": 850, "100M": 820 } });
    expect(cfg.extensionThresholds).toEqual({ F: { "50K": 680, "100K": 660, "100M": 600 }, M: { "50K": 830, "100K": 800, "100M": 760 } });
  });

  it("has the default dates, places and bands (R16, R9, R12, R3)", () => {
    expect(cfg.extensionDeadline).toBe("2025-11-30");
    expect(cfg.extensionWindowEnd).toBe("2026-06-30");
    expect(cfg.podiumPlaces).toEqual({ event: 3, major: 10 });
    expect(cfg.majorPlacesPerSex).toBe(35);
    expect(cfg.categoryBands).toEqual(DEFAULT_CATEGORY_BANDS);
  });

  it("gives each edition its own copy of the bands", () => {
    cfg.categoryBands.k20 = 25;
    expect(DEFAULT_CATEGORY_BANDS.k20).toBe(20);
    expect(defaultEditionConfig(2026).categoryBands.k20).toBe(20);
  });

  it("refuses a non-year", () => {
    expect(() => defaultEditionConfig(26)).toThrow(RangeError);
    expect(() => defaultEditionConfig(2026.5)).toThrow(RangeError);
  });

  it("is valid for every year", () => {
    fc.assert(fc.property(fc.integer({ min: 1001, max: 9999 }), (y) => validateEditionConfig(defaultEditionConfig(y)).length === 0));
  });
});

describe("isInQualificationPeriod (R8)", () => {
  const cfg = defaultEditionConfig(2026);
  it("includes 1 January and 31 December of the year before, excludes 1 January of the Finals year", () => {
    expect(isInQualificationPeriod("2025-01-01", cfg)).toBe(true);
    expect(isInQualificationPeriod("2025-12-31", cfg)).toBe(true);
    expect(isInQualificationPeriod("2026-01-01", cfg)).toBe(false);
    expect(isInQualificationPeriod("2024-12-31", cfg)).toBe(false);
  });
});

describe("nextFinalsEdition (R1)", () => {
  it("is this year's Finals through August 31, next year's from September 1", () => {
    expect(nextFinalsEdition("2025-01-01")).toBe(2025);
    expect(nextFinalsEdition("2025-08-31")).toBe(2025);
    expect(nextFinalsEdition("2025-09-01")).toBe(2026);
    expect(nextFinalsEdition("2025-12-31")).toBe(2026);
  });

  it("refuses a malformed date", () => {
    expect(() => nextFinalsEdition("2025-9-1")).toThrow(RangeError);
  });
});

describe("qualificationYearOf (R8)", () => {
  it("is the year before, from a year or a config", () => {
    expect(qualificationYearOf(2026)).toBe(2025);
    expect(qualificationYearOf(defaultEditionConfig(2027))).toBe(2026);
  });
});

describe("validateEditionConfig", () => {
  const edit = (patch: (c: FinalsEditionConfig) => void): string[] => {
    const c = defaultEditionConfig(2026);
    patch(c);
    return validateEditionConfig(c);
  };

  it("flags non-positive thresholds", () => {
    expect(edit((c) => (c.scoreThresholds.F["50K"] = 0))).toEqual(["Score thresholds for women 50K must be a positive number."]);
    expect(edit((c) => (c.extensionThresholds.M["100M"] = Number.NaN))).toEqual(["Extension thresholds for men 100M must be a positive number."]);
  });

  it("flags misordered or malformed dates", () => {
    expect(edit((c) => (c.qualificationStart = "2026-01-01"))).toContain("The qualification period must start before it ends.");
    expect(edit((c) => (c.extensionWindowEnd = "2025-12-31"))).toContain("The extension window must end after the qualification period.");
    expect(edit((c) => (c.extensionDeadline = "2026-01-15"))).toContain("The extension application deadline must fall within the qualification period.");
    expect(edit((c) => (c.extensionWindowEnd = "2026-09-15"))).toContain("The extension window must end before the Finals (August 31 of the edition year).");
    expect(edit((c) => (c.qualificationEnd = "2025-02-30"))).toEqual(["The qualification end must be a date written YYYY-MM-DD."]);
  });

  it("flags bands that do not increase", () => {
    expect(edit((c) => (c.categoryBands = { k20: 20, k50: 100, k100: 100, m100: 170 }))).toEqual([
      "Category band edges must increase: 20K < 50K < 100K < 100M.",
    ]);
    expect(edit((c) => (c.categoryBands.k20 = -1))).toEqual(["Category band edges must be positive numbers."]);
  });

  it("flags places that cannot be honoured", () => {
    expect(edit((c) => (c.podiumPlaces.event = 0))).toEqual(["Podium places at an Event must be a positive whole number."]);
    expect(edit((c) => (c.majorPlacesPerSex = 8))).toEqual(["Finals places per sex at a Major cannot be fewer than the Major podium places."]);
    expect(edit((c) => (c.year = 26))).toContain("The edition year must be a 4-digit year.");
  });
});

describe("R8 editions of a race date", () => {
  it("a race qualifies by default for the next calendar year's Finals, 31 Dec included", () => {
    expect(defaultEditionForRaceDate("2026-01-01")).toBe(2027);
    expect(defaultEditionForRaceDate("2026-12-31")).toBe(2027);
    expect(defaultEditionForRaceDate("2027-01-01")).toBe(2028);
    expect(candidateEditionsForRaceDate("2026-06-21")).toEqual([2027, 2026]);
  });
});
