import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatMomentDay, formatTime } from "./dates";

describe("dates in the reader's language", () => {
  it("writes a calendar day as each language does, never shifted by a zone", () => {
    expect(formatDay("2026-11-30", "fr")).toBe("30 nov. 2026");
    expect(formatDay("2026-11-30", "en")).toBe("30 Nov 2026");
    expect(formatDay("2026-06-02", "fr")).toBe("2 juin 2026");
    expect(formatDay("2026-06-02", "en")).toBe("2 Jun 2026");
    expect(formatDay("2027-01-01", "fr")).toBe("1 janv. 2027");
  });

  it("shows times in Europe/Paris with the zone, winter and summer", () => {
    expect(formatTime(new Date("2026-11-30T13:05:00Z"), "fr")).toBe("14:05 CET");
    expect(formatTime(new Date("2026-11-30T13:05:00Z"), "en")).toBe("14:05 CET");
    expect(formatTime("2026-07-01T06:30:00Z", "en")).toBe("08:30 CEST");
    expect(formatTime("2026-07-01T22:00:00Z", "fr")).toBe("00:00 CEST");
  });

  it("dates a moment by its day in Paris (late UTC evening is the next day there)", () => {
    expect(formatMomentDay("2026-12-31T23:30:00Z", "en")).toBe("1 Jan 2027");
    expect(formatDateTime(new Date("2026-11-30T13:05:00Z"), "fr")).toBe("30 nov. 2026 à 14:05 CET");
    expect(formatDateTime(new Date("2026-11-30T13:05:00Z"), "en")).toBe("30 Nov 2026, 14:05 CET");
  });

  it("keeps the zone across the change of time (last Sunday of March)", () => {
    expect(formatTime("2026-03-29T00:59:00Z", "en")).toBe("01:59 CET");
    expect(formatTime("2026-03-29T01:00:00Z", "en")).toBe("03:00 CEST");
  });
});
