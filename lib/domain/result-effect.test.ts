import { describe, expect, it } from "vitest";
import { resultEffect } from "./result-effect";
import { edition, facts, result } from "@/test/runner-facts";

const { status } = facts().dashboard;

describe("resultEffect: what each result does (R7-R11)", () => {
  it("a podium qualifies for the Finals race of its category (R9), a score at the threshold too (R10)", () => {
    expect(resultEffect(result({}), status, edition, "F")).toEqual({
      kind: "qualifies",
      finalsRace: "CCC",
      reasons: [{ kind: "podium", place: 2, podiumPlaces: 3, level: "event" }],
      movedTo: null,
    });
    expect(resultEffect(result({ finisherPlaceBySex: 9, utmbScore: 710 }), status, edition, "F")).toMatchObject({ kind: "qualifies", reasons: [{ kind: "score" }] });
  });

  // Issue #15: Pieter's 20K win was listed "In the 2026 period" with nothing saying it can never qualify.
  it("a 20K never qualifies directly, even a win (R7)", () => {
    expect(resultEffect(result({ category: "20K", finisherPlaceBySex: 1, utmbScore: 790 }), status, edition, "M")).toEqual({ kind: "twenty_k" });
  });

  it("says what came short, an Index race, a Finals race, outside the period, not the qualifier, not a finish", () => {
    expect(resultEffect(result({ category: "50K", finisherPlaceBySex: 5, utmbScore: 724 }), status, edition, "F")).toEqual({
      kind: "short",
      finalsRace: "OCC",
      place: 5,
      podiumPlaces: 3,
      score: 724,
      threshold: 730,
    });
    expect(resultEffect(result({ eventLevel: "index" }), status, edition, "F").kind).toBe("index_race");
    expect(resultEffect(result({ eventLevel: "finals" }), status, edition, "F").kind).toBe("finals_race");
    expect(resultEffect(result({ inQualificationPeriod: false }), status, edition, "F").kind).toBe("outside_period");
    expect(resultEffect(result({ qualifiesForFinals: false }), status, edition, "F").kind).toBe("not_qualifier");
    expect(resultEffect(result({ status: "dnf", finisherPlaceBySex: null }), status, edition, "F").kind).toBe("not_finisher");
  });
});
