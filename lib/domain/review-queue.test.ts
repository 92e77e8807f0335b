import { describe, expect, it } from "vitest";
import { defaultEditionConfig } from "./edition";
import { daysWaiting, defaultDirection, requestEligibility, scoreRuleFor, subjectRace, thresholdFor, type RequestFacts } from "./review-queue";

const edition = defaultEditionConfig(2027);

function facts(over: Partial<RequestFacts>): RequestFacts {
  return {
    type: "category_change",
    status: "submitted",
    editionYear: 2027,
    fromFinalsRace: "CCC",
    toFinalsRace: "OCC",
    sex: "M",
    reasons: ["podium"],
    sourceCategory: null,
    registration: null,
    scores: [],
    submittedOn: "2026-11-20",
    ...over,
  };
}

describe("daysWaiting", () => {
  it("counts whole days until the decision, else until now, never below 0", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(daysWaiting("2026-11-20T13:00:00Z", null, now)).toBe(5);
    expect(daysWaiting("2026-11-20T12:00:00Z", "2026-11-22T12:00:00Z", now)).toBe(2);
    expect(daysWaiting("2026-11-27T12:00:00Z", null, now)).toBe(0);
  });
});

describe("the score rule of a request (R10, R16)", () => {
  it("takes the target race's category over the qualification period for a change of category", () => {
    expect(scoreRuleFor({ type: "category_change", fromFinalsRace: "CCC", toFinalsRace: "OCC" }, edition, "2026-11-26")).toEqual({
      category: "50K",
      start: edition.qualificationStart,
      end: edition.qualificationEnd,
      threshold: "score",
    });
  });
  it("takes the 2 years before today and the R16 threshold for an extension", () => {
    const rule = scoreRuleFor({ type: "extension", fromFinalsRace: null, toFinalsRace: "UTMB" }, edition, "2026-11-26");
    expect(rule).toEqual({ category: "100M", start: "2024-11-26", end: "2026-11-26", threshold: "extension" });
    expect(rule && thresholdFor(rule, "F", edition)).toBe(edition.extensionThresholds.F["100M"]);
  });
  it("has no rule without a race, and a deferral is about its registered race", () => {
    expect(scoreRuleFor({ type: "extension", fromFinalsRace: null, toFinalsRace: null }, edition, "2026-11-26")).toBeNull();
    expect(subjectRace({ fromFinalsRace: "UTMB", toFinalsRace: null })).toBe("UTMB");
  });
  it("sorts the most urgent or strongest first by default", () => {
    expect([defaultDirection("waiting"), defaultDirection("submitted"), defaultDirection("score"), defaultDirection("margin")]).toEqual(["desc", "asc", "desc", "desc"]);
  });
});

describe("requestEligibility (R14, R15, R16 as the runner's form judges them)", () => {
  it("R14: eligible one category away; not from an age-group place, nor from 20K to OCC", () => {
    expect(requestEligibility(facts({}), edition)).toEqual({ eligible: true });
    expect(requestEligibility(facts({ reasons: ["age_group"] }), edition)).toMatchObject({ eligible: false, refusal: { code: "age-group-place" } });
    expect(requestEligibility(facts({ sourceCategory: "20K" }), edition)).toMatchObject({ eligible: false, refusal: { code: "20k-to-occ" } });
    expect(requestEligibility(facts({ reasons: [] }), edition)).toMatchObject({ eligible: false, refusal: { code: "not-qualified" } });
    expect(requestEligibility(facts({ toFinalsRace: null }), edition)).toMatchObject({ eligible: false });
  });
  it("R15: only a completed registration, asked before the Finals", () => {
    const deferral = { type: "priority_deferral" as const, fromFinalsRace: "UTMB" as const, toFinalsRace: null };
    expect(requestEligibility(facts({ ...deferral, registration: { status: "registered" } }), edition)).toEqual({ eligible: true });
    expect(requestEligibility(facts({ ...deferral, registration: { status: "cancelled" } }), edition)).toMatchObject({ eligible: false });
    expect(requestEligibility(facts({ ...deferral, registration: null }), edition)).toMatchObject({ eligible: false });
  });
  it("R16: a recent score at the extension threshold of the requested race's category, by the deadline", () => {
    const extension = { type: "extension" as const, fromFinalsRace: null, toFinalsRace: "CCC" as const, sex: "F" as const };
    const at = edition.extensionThresholds.F["100K"];
    expect(requestEligibility(facts({ ...extension, scores: [{ category: "100K", score: at, date: "2026-05-01" }] }), edition)).toEqual({ eligible: true });
    expect(requestEligibility(facts({ ...extension, scores: [{ category: "100K", score: at - 1, date: "2026-05-01" }] }), edition)).toMatchObject({ eligible: false });
    expect(requestEligibility(facts({ ...extension, scores: [{ category: "100M", score: 999, date: "2026-05-01" }] }), edition)).toMatchObject({ eligible: false, refusal: { code: "extension-race-not-allowed", finalsRace: "CCC", allowed: ["UTMB"] } });
    expect(requestEligibility(facts({ ...extension, submittedOn: "2026-12-15", scores: [{ category: "100K", score: 999, date: "2026-05-01" }] }), edition)).toMatchObject({ eligible: false, refusal: { code: "extension-closed" } });
  });
});
