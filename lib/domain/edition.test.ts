import { describe, expect, it } from "vitest";
import { DEFAULT_CATEGORY_BANDS } from "./km-effort";
import {
  candidateEditionsForRaceDate,
  defaultEditionConfig,
  defaultEditionForRaceDate,
  isInQualificationPeriod,
  nextFinalsEdition,
  qualificationYearOf,
} from "./edition";

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

describe("R8 editions of a race date", () => {
  it("a race qualifies by default for the next calendar year's Finals, 31 Dec included", () => {
    expect(defaultEditionForRaceDate("2026-01-01")).toBe(2027);
    expect(defaultEditionForRaceDate("2026-12-31")).toBe(2027);
    expect(defaultEditionForRaceDate("2027-01-01")).toBe(2028);
    expect(candidateEditionsForRaceDate("2026-06-21")).toEqual([2027, 2026]);
  });
});
