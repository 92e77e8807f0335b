import { describe, expect, it } from "vitest";
import { facts } from "@/test/runner-facts";
import { finalsStatusViews, reasonText } from "@/components/dashboard/finals-status-view";
import { indexEntryViews, indexExplanationLines, resultRowViews, type ResultForView } from "@/components/dashboard/view-model";
import { words } from "@/lib/i18n/words";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { finalsStatus, type FinalsRaceStatus } from "@/lib/domain/qualification";
import type { FinalsRace } from "@/lib/domain/types";
import { INDEX_WEIGHTS, type UtmbIndex } from "@/lib/domain/utmb-index";

const edition = defaultEditionConfig(2027); // R8: qualification period 2026-01-01 to 2026-12-31

const notQualified = (finalsRace: FinalsRace, category: FinalsRaceStatus["category"], threshold: number): FinalsRaceStatus => ({
  finalsRace,
  category,
  status: "not_qualified",
  reasons: [],
  closest: null,
  threshold,
});

const noIndex: UtmbIndex = { general: null, byCategory: { "20K": null, "50K": null, "100K": null, "100M": null } };

const en = words("en");
const fr = words("fr");

describe("reasonText (R13)", () => {
  it("says place, sex, race and the podium rule for a podium at a Major or an Event", () => {
    const base = { raceName: "CCC", eventName: "UTMB Mont-Blanc", date: "2026-08-29", resultId: 1 } as const;
    expect(reasonText({ kind: "podium", place: 2, podiumPlaces: 10, level: "major", ...base }, "F", en)).toBe(
      "2nd of the women at UTMB Mont-Blanc, CCC (29 Aug 2026): the top 10 at a World Series Major qualify.",
    );
    expect(reasonText({ kind: "podium", place: 3, podiumPlaces: 3, level: "event", ...base }, "M", en)).toBe(
      "3rd of the men at UTMB Mont-Blanc, CCC (29 Aug 2026): the top 3 at a World Series Event qualify.",
    );
  });

  it("rounds the score and names the threshold", () => {
    expect(
      reasonText({ kind: "score", score: 731.6, threshold: 730, raceName: "Trail 55K", eventName: "Lavaredo", date: "2026-06-27", resultId: 2 }, "M", en),
    ).toBe("UTMB Score 732 at Lavaredo, Trail 55K (27 Jun 2026): at or above the threshold of 730.");
  });

  it("names the age group and the grants", () => {
    expect(
      reasonText({ kind: "age_group", ageGroup: "50-54", placeInAgeGroup: 1, raceName: "100M", eventName: "Western", date: "2026-06-27", resultId: 3 }, "F", en),
    ).toBe("1st in age group 50-54 at Western, 100M (27 Jun 2026): an age-group place at a Major.");
    expect(reasonText({ kind: "extension", requestId: 1 }, "F", en)).toMatch(/extended period/);
    expect(reasonText({ kind: "deferral", requestId: 1 }, "F", en)).toMatch(/Priority deferred/);
    expect(reasonText({ kind: "category_change", requestId: 1 }, "F", en)).toMatch(/Change of category/);
    expect(reasonText({ kind: "category_change", requestId: 1, fromFinalsRace: "UTMB", decidedOn: "2026-03-02" }, "F", fr)).toBe(
      "Changement de catégorie accepté par l'équipe élite. Place transférée depuis l'UTMB le 2 mars 2026.",
    );
  });
});

describe("finalsStatusViews (R13)", () => {
  const status: Record<FinalsRace, FinalsRaceStatus> = {
    OCC: notQualified("OCC", "50K", 730),
    CCC: {
      finalsRace: "CCC",
      category: "100K",
      status: "qualified",
      reasons: [
        { kind: "score", score: 767, threshold: 710, raceName: "110K", eventName: "Val d'Aran", date: "2026-10-25", resultId: 9 },
        { kind: "extension", requestId: 4 },
      ],
      closest: null,
      threshold: 710,
    },
    UTMB: {
      ...notQualified("UTMB", "100M", 680),
      closest: {
        bestPlace: { place: 12, podiumPlaces: 10, raceName: "100M", eventName: "Val d'Aran", level: "major" },
        bestScore: { score: 671.2, threshold: 680, gap: 8.8, raceName: "100M", eventName: "Val d'Aran" },
      },
    },
  };

  it("gives OCC, CCC and UTMB in order, each with its title and whether it is qualified", () => {
    const cards = finalsStatusViews(status, "F", edition, "2026-11-26", [], en);
    expect(cards.map((c) => [c.finalsRace, c.title, c.qualified])).toEqual([
      ["OCC", "OCC · 50K", false],
      ["CCC", "CCC · 100K", true],
      ["UTMB", "UTMB · 100M", false],
    ]);
  });

  it("lists every reason of a qualified race", () => {
    const ccc = finalsStatusViews(status, "F", edition, "2026-11-26", [], en)[1];
    expect(ccc?.lines).toEqual([
      "UTMB Score 767 at Val d'Aran, 110K (25 Oct 2026): at or above the threshold of 710.",
      "Qualified in the extended period granted after an injury (until June 30).",
    ]);
  });

  it("R20: a card qualified only by places of results not final is provisional, and says so on each such reason", () => {
    const podium = { kind: "podium", place: 2, podiumPlaces: 3, level: "event", raceName: "50K", eventName: "Trail", date: "2026-06-01", resultId: 11 } as const;
    const byPodium = { ...status, OCC: { ...status.OCC, status: "qualified", reasons: [podium], closest: null } } satisfies Record<FinalsRace, FinalsRaceStatus>;
    const [occ, ccc] = finalsStatusViews(byPodium, "F", edition, "2026-11-26", [{ resultId: 11, resultsFinal: false }, { resultId: 9, resultsFinal: false }], en);
    expect(occ).toMatchObject({ qualified: true, provisional: true });
    expect(occ?.lines).toEqual(["2nd of the women at Trail, 50K (1 Jun 2026): the top 3 at a World Series Event qualify. Provisional: the results are not final yet."]);
    // A published score and a grant are never provisional.
    expect(ccc).toMatchObject({ qualified: true, provisional: false });
    expect(ccc?.lines.join(" ")).not.toMatch(/Provisional/);
    expect(finalsStatusViews(byPodium, "F", edition, "2026-11-26", [{ resultId: 11, resultsFinal: true }], en)[0]).toMatchObject({ provisional: false });
  });

  it("says what came closest and what is still possible while the period is open", () => {
    const [occ, , utmb] = finalsStatusViews(status, "F", edition, "2026-11-26", [], en);
    expect(utmb?.lines).toEqual([
      "Best place: 12th at Val d'Aran, 100M (top 10 qualify).",
      "Best score: 671 at Val d'Aran, 100M: 9 points below the threshold of 680.",
      "Still possible until 31 Dec 2026: a top 3 at an Event, a top 10 at a Major, or a UTMB Score of 680 or more in a 100M race.",
    ]);
    expect(occ?.lines[0]).toBe("No 50K result at a World Series Event or Major in the qualification period.");
  });

  it("says the period is over once it has ended (the last day still counts as open)", () => {
    expect(finalsStatusViews(status, "F", edition, "2026-12-31", [], en)[0]?.lines.at(-1)).toMatch(/^Still possible until 31 Dec 2026/);
    expect(finalsStatusViews(status, "F", edition, "2027-01-01", [], en)[0]?.lines.at(-1)).toBe(
      "The qualification period for the 2027 Finals ended on 31 Dec 2026.",
    );
  });
});

describe("indexEntryViews (R6)", () => {
  it("gives the general index then one per category, with how many results each is from", () => {
    const index: UtmbIndex = {
      general: { value: 741, valid: true, countedResultIds: [1, 2, 3, 4] },
      byCategory: { "20K": null, "50K": null, "100K": { value: 736, valid: true, countedResultIds: [1] }, "100M": { value: 690, valid: false, countedResultIds: [5, 6] } },
    };
    expect(indexEntryViews(index, en)).toEqual([
      { label: "General", value: "741", expired: false, basis: "from 4 results" },
      { label: "20K", value: "—", expired: false, basis: null },
      { label: "50K", value: "—", expired: false, basis: null },
      { label: "100K", value: "736", expired: false, basis: "from 1 result" },
      { label: "100M", value: "690", expired: true, basis: "from 2 results" },
    ]);
  });
});

describe("indexExplanationLines (R6)", () => {
  it("explains the constants in the reader's language", () => {
    const lines = indexExplanationLines(INDEX_WEIGHTS, en).join("\n");
    expect(lines).toContain("up to 5 of your best UTMB Scores from the last 36 months");
    expect(lines).toContain("best 100%, 2nd 80%, 3rd 60%, 4th 40%, 5th 20%");
    expect(lines).toContain("more than 12 months old counts at 80% of its weight");
    expect(lines).toContain("1 result: -4%");
    expect(lines).toContain("5 results: no penalty");
    expect(lines).toContain("a bad race never lowers it");
    expect(lines).toContain("last 24 months");
    const french = indexExplanationLines(INDEX_WEIGHTS, fr).join("\n");
    expect(french).toContain("au plus 5 de vos meilleurs UTMB Scores des 36 derniers mois");
    expect(french).toContain("1 résultat : -4\u00a0%");
  });

  it("follows edited constants", () => {
    const lines = indexExplanationLines({ ...INDEX_WEIGHTS, windowMonths: 48, rankWeights: [1, 0.5, 0.25], fewResultsPenalty: [0.9, 0.95, 1] }, en);
    expect(lines[0]).toBe("Your index is a weighted average of up to 3 of your best UTMB Scores from the last 48 months.");
  });
});

describe("resultRowViews", () => {
  const finisher: ResultForView = {
    resultId: 7,
    date: "2026-10-25",
    eventName: "Val d'Aran by UTMB",
    eventLevel: "major",
    raceName: "Val d'Aran 110K",
    category: "100K",
    distanceKm: 110,
    elevationGainM: 4540,
    kmEffort: 155.4,
    timeSeconds: 40434,
    status: "finisher",
    placeOverall: 132,
    placeBySex: 1,
    ageGroup: "35-39",
    placeInAgeGroup: 1,
    utmbScore: 766.6,
    provisionalScore: null,
    inQualificationPeriod: true,
    resultsFinal: true,
  };
  const dnf: ResultForView = {
    ...finisher,
    resultId: 8,
    date: "2025-10-24",
    eventLevel: "event",
    category: null,
    timeSeconds: null,
    status: "dnf",
    placeOverall: null,
    placeBySex: null,
    ageGroup: null,
    placeInAgeGroup: null,
    utmbScore: null,
    inQualificationPeriod: false,
  };

  it("formats every column of a finisher's result and says which indexes it counts toward", () => {
    const index: UtmbIndex = {
      general: { value: 741, valid: true, countedResultIds: [7] },
      byCategory: { ...noIndex.byCategory, "100K": { value: 767, valid: true, countedResultIds: ["7"] } },
    };
    expect(resultRowViews([finisher], index, 2026, en)).toEqual([
      {
        resultId: 7,
        date: "25 Oct 2026",
        race: "Val d'Aran by UTMB — Val d'Aran 110K",
        level: "World Series Major",
        category: "100K · 110\u00a0km, 4,540\u00a0m D+ · 155.4\u00a0km-effort",
        time: "11:13:54",
        place: "132nd overall, 1st by sex, 1st in 35-39",
        score: "767",
        countsToward: "General, 100K",
        period: "In the 2026 period",
      },
    ]);
  });

  it("shows the status instead of a time, dashes for missing places, and no index for a result that does not count", () => {
    const [row] = resultRowViews([dnf], noIndex, 2026, en);
    expect(row).toMatchObject({
      level: "World Series Event",
      category: "Not scored · 110\u00a0km, 4,540\u00a0m D+ · 155.4\u00a0km-effort",
      time: "Did not finish",
      place: "— overall, — by sex",
      score: "—",
      countsToward: null,
      period: "Outside the period",
    });
  });

  it("R20: marks the places of a race whose results are not final as provisional", () => {
    expect(resultRowViews([{ ...finisher, resultsFinal: false }], noIndex, 2026, en)[0]?.place).toBe("132nd overall, 1st by sex, 1st in 35-39 (provisional: results not final)");
  });

  it("R20: shows a provisional score with its range and says so; an official one as it is", () => {
    const provisional = { ...finisher, utmbScore: null, provisionalScore: { score: 801, low: 780, high: 822, basis: "field" } };
    expect(resultRowViews([provisional], noIndex, 2026, en)[0]?.score).toBe("≈ 801 (provisional, 780–822)");
    expect(resultRowViews([finisher], noIndex, 2026, en)[0]?.score).toBe("767");
  });

  it("on the runner's own page, says what each result does for the Finals (issue #15)", () => {
    const status = facts().dashboard.status;
    const context = { status, edition: defaultEditionConfig(2027), sex: "M" as const };
    const twentyK = { ...finisher, category: "20K" as const, placeBySex: 1, finisherPlaceBySex: 1 };
    expect(resultRowViews([twentyK], noIndex, 2026, en, context)[0]?.period).toBe("20K: never qualifies directly (R7)");
    expect(resultRowViews([{ ...finisher, eventLevel: "event", finisherPlaceBySex: 1 }], noIndex, 2026, en, { ...context, sex: "F" })[0]?.period).toBe("Qualifies for CCC (1st woman, score 767 ≥ 710)");
    expect(resultRowViews([dnf], noIndex, 2026, en, context)[0]?.period).toBe("Under 20 km-effort: not scored");
  });

  it("writes a French row for a French reader: dates, places, numbers and what the result does", () => {
    const context = { status: facts().dashboard.status, edition: defaultEditionConfig(2027), sex: "F" as const };
    const [row] = resultRowViews([{ ...finisher, eventLevel: "event", finisherPlaceBySex: 1 }], noIndex, 2026, fr, context);
    expect(row?.date).toMatch(/^\d{1,2} [a-zéû]+\.? \d{4}$/);
    expect(row?.place).toBe("132e au scratch, 1er par sexe, 1er en 35-39");
    expect(row?.period).toBe("Qualifie pour la CCC (1er au classement féminin, score 767 ≥ 710)");
  });

  it("keeps the order it is given (newest first from the data layer)", () => {
    expect(resultRowViews([finisher, dnf], noIndex, 2026, en).map((r) => r.resultId)).toEqual([7, 8]);
  });
});

describe("finalsStatusViews at the finish line (R20)", () => {
  const edition = defaultEditionConfig(2027);
  const threshold = edition.scoreThresholds.F["100K"];
  const notQualified = finalsStatus({ sex: "F", qualifications: [], results: [], grants: [] }, edition);
  const unscored = (low: number, high: number) => ({
    resultId: 1,
    resultsFinal: false,
    eventName: "Mozart 100 by UTMB",
    raceName: "Mozart 100",
    eventLevel: "event" as const,
    category: "100K" as const,
    date: "2026-06-13",
    qualifiesForFinals: true,
    status: "finisher" as const,
    finisherPlaceBySex: 12,
    provisionalScore: { score: Math.round((low + high) / 2), low, high, basis: "field" },
  });

  it("is provisionally qualified when the provisional score's whole range is at or above the threshold", () => {
    const ccc = finalsStatusViews(notQualified, "F", edition, "2026-06-14", [unscored(threshold, threshold + 20)], en).find((c) => c.finalsRace === "CCC");
    expect(ccc).toMatchObject({ qualified: true, provisional: true, tooClose: false });
    expect(ccc?.lines[0]).toContain(`the whole range is at or above the threshold of ${threshold} (R10)`);
  });

  it("is too close to call, with both numbers, when the range straddles the threshold", () => {
    const ccc = finalsStatusViews(notQualified, "F", edition, "2026-06-14", [unscored(threshold - 10, threshold + 10)], en).find((c) => c.finalsRace === "CCC");
    expect(ccc).toMatchObject({ qualified: false, tooClose: true });
    expect(ccc?.lines[0]).toContain(`${threshold - 10}–${threshold + 10}) at Mozart 100 by UTMB, Mozart 100 (13 Jun 2026), against the threshold of ${threshold}`);
  });

  it("stays not qualified when the whole range is below the threshold", () => {
    const ccc = finalsStatusViews(notQualified, "F", edition, "2026-06-14", [unscored(threshold - 40, threshold - 5)], en).find((c) => c.finalsRace === "CCC");
    expect(ccc).toMatchObject({ qualified: false, tooClose: false, provisional: false });
  });
});
