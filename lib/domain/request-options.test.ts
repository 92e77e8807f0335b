import { describe, expect, it } from "vitest";
import type { RaceQualificationWithRace } from "./qualification";
import { judgeRequest, requestOptions } from "./request-options";
import { facts, result, TODAY } from "@/test/runner-facts";

const podiumCCC: RaceQualificationWithRace = {
  runnerId: 1,
  resultId: 1,
  finalsRace: "CCC",
  reasons: [{ kind: "podium", place: 2, podiumPlaces: 3, level: "event" }],
  raceName: "Mozart 100",
  eventName: "Mozart 100 by UTMB",
  date: "2026-06-13",
};
const ageGroupUTMB: RaceQualificationWithRace = {
  ...podiumCCC,
  finalsRace: "UTMB",
  reasons: [{ kind: "age_group", ageGroup: "45-49", placeInAgeGroup: 2 }],
};

describe("R14 change of category: the form and the server decide alike", () => {
  it("offers a podium qualifier one category up or down and files the move", () => {
    const lea = facts({ results: [result({})], qualifications: [podiumCCC] });
    const options = requestOptions(lea, TODAY);
    expect(options.categoryChange.options).toEqual([
      { from: "CCC", targets: [{ target: "OCC", eligibility: { eligible: true } }, { target: "UTMB", eligibility: { eligible: true } }] },
    ]);
    expect(judgeRequest(lea, { type: "category_change", from: "CCC", to: "UTMB" }, TODAY)).toEqual({
      ok: true,
      request: { type: "category_change", fromFinalsRace: "CCC", toFinalsRace: "UTMB" },
    });
  });

  it("refuses a change from an age-group place, in the options and on the server", () => {
    const marco = facts({ sex: "M", results: [result({ category: "100M" })], qualifications: [ageGroupUTMB] });
    expect(requestOptions(marco, TODAY).categoryChange.eligibility).toEqual({ eligible: false, refusal: { code: "age-group-place", finalsRace: "UTMB" } });
    expect(judgeRequest(marco, { type: "category_change", from: "UTMB", to: "CCC" }, TODAY)).toEqual({
      ok: false,
      refusal: { code: "age-group-place", finalsRace: "UTMB" },
    });
  });

  it("refuses a change from a race the runner is not qualified for, and a second open request", () => {
    expect(judgeRequest(facts(), { type: "category_change", from: "CCC", to: "UTMB" }, TODAY)).toEqual({
      ok: false,
      refusal: { code: "not-qualified", finalsRace: "CCC" },
    });
    const open = facts({ results: [result({})], qualifications: [podiumCCC], open: { category_change: 12 } });
    expect(judgeRequest(open, { type: "category_change", from: "CCC", to: "UTMB" }, TODAY)).toEqual({
      ok: false,
      refusal: { code: "already-open", type: "category_change", editionYear: 2027, requestId: 12 },
    });
  });
});

describe("R15 priority deferral", () => {
  it("needs a completed registration; files the registered race", () => {
    expect(judgeRequest(facts(), { type: "priority_deferral" }, TODAY)).toEqual({ ok: false, refusal: { code: "no-registration", editionYear: 2027 } });
    const kenji = facts({ registration: { finalsRace: "UTMB", status: "registered" } });
    expect(requestOptions(kenji, TODAY).priorityDeferral).toMatchObject({ eligibility: { eligible: true }, deadline: "2027-08-31" });
    expect(judgeRequest(kenji, { type: "priority_deferral" }, TODAY)).toEqual({
      ok: true,
      request: { type: "priority_deferral", fromFinalsRace: "UTMB", toFinalsRace: null },
    });
  });
});

describe("R16 extension", () => {
  const hannahResult = result({ date: "2025-03-21", eventName: "Chianti Ultra Trail by UTMB", raceName: "CUT 120K", utmbScore: 700, finisherPlaceBySex: 8 });

  it("offers it with the score that makes the runner eligible", () => {
    const hannah = facts({ results: [hannahResult] });
    const options = requestOptions(hannah, TODAY);
    expect(options.extension).toMatchObject({ eligibility: { eligible: true }, finalsRaces: ["CCC"], deadline: "2026-11-30" });
    expect(options.extension.evidence["100K"]).toMatchObject({ score: 700, raceName: "CUT 120K", date: "2025-03-21" });
  });

  // Issue #15: the extension was offered to, and accepted from, runners already qualified for that race.
  it("refuses a runner already qualified for that race, in the options and on the server", () => {
    const qualified = facts({ results: [hannahResult, result({})], qualifications: [podiumCCC] });
    expect(requestOptions(qualified, TODAY).extension.eligibility).toEqual({
      eligible: false,
      refusal: { code: "extension-already-qualified", finalsRaces: ["CCC"] },
    });
    expect(judgeRequest(qualified, { type: "extension", finalsRace: "CCC" }, TODAY)).toMatchObject({
      ok: false,
      refusal: { code: "extension-already-qualified" },
    });
  });

  it("refuses a race the scores do not reach, and a runner without the score", () => {
    const hannah = facts({ results: [hannahResult] });
    expect(judgeRequest(hannah, { type: "extension", finalsRace: "UTMB" }, TODAY)).toEqual({
      ok: false,
      refusal: { code: "extension-race-not-allowed", finalsRace: "UTMB", allowed: ["CCC"] },
    });
    const low = facts({ results: [result({ utmbScore: 600, date: "2025-03-21" })] });
    expect(judgeRequest(low, { type: "extension", finalsRace: "CCC" }, TODAY)).toMatchObject({ ok: false, refusal: { code: "extension-score-missing" } });
  });
});

describe("R18 Top Elite request", () => {
  it("is refused below every threshold and offered at one", () => {
    expect(judgeRequest(facts({ results: [result({})] }), { type: "top_elite" }, TODAY)).toEqual({ ok: false, refusal: { code: "top-elite-not-reached" } });
    const fifth = facts({ finalsPlaces: [{ finalsRace: "UTMB", placeBySex: 5, date: "2026-08-29" }] });
    expect(requestOptions(fifth, TODAY).topElite).toMatchObject({ eligibility: { eligible: true }, status: { reached: true } });
    expect(judgeRequest(fifth, { type: "top_elite" }, TODAY)).toEqual({ ok: true, request: { type: "top_elite", fromFinalsRace: null, toFinalsRace: null } });
  });

  it("is refused once granted for the edition", () => {
    const granted = facts({ finalsPlaces: [{ finalsRace: "UTMB", placeBySex: 1, date: "2026-08-29" }], topEliteGranted: true });
    expect(judgeRequest(granted, { type: "top_elite" }, TODAY)).toEqual({ ok: false, refusal: { code: "top-elite-already-granted", editionYear: 2027 } });
  });
});
