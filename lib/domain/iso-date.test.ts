import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths, compareIsoDates, daysInMonth, formatIsoDate, isDateBetween, isIsoDate, parseIsoDate, yearOf } from "./iso-date";

const isoDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(formatIsoDate);

describe("isIsoDate / parseIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2025-12-31")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate("2025-01-01T00:00:00Z")).toBe(false);
  });

  it("parses and refuses loudly", () => {
    expect(parseIsoDate("2025-03-07")).toEqual({ year: 2025, month: 3, day: 7 });
    expect(() => parseIsoDate("07/03/2025")).toThrow(RangeError);
    expect(yearOf("2026-08-29")).toBe(2026);
  });

  it("round-trips through format", () => {
    fc.assert(fc.property(isoDate, (d) => formatIsoDate(parseIsoDate(d)) === d));
  });
});

describe("addMonths", () => {
  it("moves by months and clamps the day to the month's end", () => {
    expect(addMonths("2026-03-15", -36)).toBe("2023-03-15");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-12-31", 1)).toBe("2026-01-31");
    expect(addMonths("2025-01-15", -13)).toBe("2023-12-15");
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it("going back then forward never lands after the start", () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (d, n) => addMonths(addMonths(d, -n), n) <= d));
  });
});

describe("comparisons", () => {
  it("orders dates and includes both ends", () => {
    expect(compareIsoDates("2025-01-01", "2025-12-31")).toBe(-1);
    expect(compareIsoDates("2025-01-01", "2025-01-01")).toBe(0);
    expect(isDateBetween("2025-12-31", "2025-01-01", "2025-12-31")).toBe(true);
    expect(isDateBetween("2026-01-01", "2025-01-01", "2025-12-31")).toBe(false);
  });
});
