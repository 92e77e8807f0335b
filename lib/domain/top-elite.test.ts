import { describe, expect, it } from "vitest";
import { defaultEditionConfig } from "./edition";
import { topElitePeriod, topEliteStatus, withTopElitePeriod } from "./top-elite";
import type { UtmbIndex } from "./utmb-index";
import { widenedQualifications } from "./widened-period";
import type { StatusResult } from "./qualification";

const edition = defaultEditionConfig(2027);
const none: UtmbIndex = { general: null, byCategory: { "20K": null, "50K": null, "100K": null, "100M": null } };
const value = (v: number, valid = true) => ({ value: v, valid, countedResultIds: [1] });

describe("topEliteStatus (R18)", () => {
  it("takes its thresholds from the edition's configuration", () => {
    expect(edition.topElite).toMatchObject({ generalIndex: { F: 765, M: 900 }, finalsTopPlaces: 5 });
    const strict = { ...edition, topElite: { ...edition.topElite, generalIndex: { F: 800, M: 950 } } };
    const index = { ...none, general: value(770) };
    expect(topEliteStatus({ sex: "F", index, finalsPlaces: [] }, edition).reached).toBe(true);
    expect(topEliteStatus({ sex: "F", index, finalsPlaces: [] }, strict).reached).toBe(false);
  });

  it("is reached at a threshold exactly, per sex, by the general or a category index", () => {
    expect(topEliteStatus({ sex: "M", index: { ...none, general: value(900) }, finalsPlaces: [] }, edition).bases).toEqual([
      { kind: "general_index", value: 900, threshold: 900 },
    ]);
    expect(topEliteStatus({ sex: "M", index: { ...none, general: value(899) }, finalsPlaces: [] }, edition).reached).toBe(false);
    const w100m = { ...none, byCategory: { ...none.byCategory, "100M": value(730) } };
    expect(topEliteStatus({ sex: "F", index: w100m, finalsPlaces: [] }, edition).bases).toEqual([
      { kind: "category_index", category: "100M", value: 730, threshold: 730 },
    ]);
  });

  it("ignores an expired index (R6) and a 20K index", () => {
    expect(topEliteStatus({ sex: "F", index: { ...none, general: value(900, false) }, finalsPlaces: [] }, edition).reached).toBe(false);
    const k20 = { ...none, byCategory: { ...none.byCategory, "20K": value(990) } };
    expect(topEliteStatus({ sex: "F", index: k20, finalsPlaces: [] }, edition).reached).toBe(false);
  });

  it("counts a top 5 at OCC, CCC or UTMB of the last Finals only", () => {
    const place = (placeBySex: number, date = "2026-08-28") => ({ finalsRace: "CCC" as const, placeBySex, date });
    expect(topEliteStatus({ sex: "F", index: none, finalsPlaces: [place(5)] }, edition).bases).toEqual([
      { kind: "finals_place", finalsRace: "CCC", place: 5, topPlaces: 5, date: "2026-08-28" },
    ]);
    expect(topEliteStatus({ sex: "F", index: none, finalsPlaces: [place(6)] }, edition).reached).toBe(false);
    expect(topEliteStatus({ sex: "F", index: none, finalsPlaces: [place(1, "2025-08-29")] }, edition).reached).toBe(false);
  });
});

describe("the Top Elite period (R18)", () => {
  it("runs from January of the year before to June of the Finals year", () => {
    expect(topElitePeriod(edition)).toEqual({ start: "2026-01-01", end: "2027-06-30" });
    expect(withTopElitePeriod(edition)).toMatchObject({ qualificationStart: "2026-01-01", qualificationEnd: "2027-06-30" });
  });

  it("lets the engine qualify a result of the widened months, by podium or score", () => {
    const spring: StatusResult = {
      resultId: 9,
      raceId: 9,
      raceName: "CUT 120K",
      eventName: "Chianti Ultra Trail by UTMB",
      eventLevel: "event",
      date: "2027-03-21",
      category: "100K",
      status: "finisher",
      placeBySexAmongFinishers: 3,
      utmbScore: 715,
    };
    const widened = withTopElitePeriod(edition);
    expect(widenedQualifications([spring], "F", edition, widened, 1)).toEqual([
      expect.objectContaining({
        finalsRace: "CCC",
        reasons: [
          { kind: "podium", place: 3, podiumPlaces: 3, level: "event" },
          { kind: "score", score: 715, threshold: 710 },
        ],
      }),
    ]);
    // After the widened period, at an Index race, or a 20K: nothing (R7, R8).
    expect(widenedQualifications([{ ...spring, date: "2027-07-01" }], "F", edition, widened, 1)).toEqual([]);
    expect(widenedQualifications([{ ...spring, eventLevel: "index" }], "F", edition, widened, 1)).toEqual([]);
    expect(widenedQualifications([{ ...spring, category: "20K" }], "F", edition, widened, 1)).toEqual([]);
  });
});
