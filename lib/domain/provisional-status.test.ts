import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultEditionConfig } from "./edition";
import { isProvisionallyQualified, isProvisionalReason, provisionalFinalsStatus, type FinishLineRace, type FinishLineResult } from "./provisional-status";
import type { FinalsEditionConfig } from "./types";

const edition = defaultEditionConfig(2026);
const threshold = edition.scoreThresholds.M["100K"];
const race: FinishLineRace = { eventLevel: "event", category: "100K", date: "2025-06-01", qualifiesForFinals: true, resultsFinal: false };

const provisional = (score: number, low: number, high: number, basis: "field" | "official-scores" = "field") =>
  ({ score, low, high, status: "provisional", basis }) as const;
const official = (score: number) => ({ score, low: score, high: score, status: "official", basis: "official" }) as const;
const result = (score: FinishLineResult["score"], placeBySex: number | null = 20, sex: "F" | "M" = "M"): FinishLineResult => ({ sex, placeBySex, score });

describe("provisionalFinalsStatus (R20, R9, R10)", () => {
  it("reads the threshold and the podium from the edition's configuration", () => {
    const custom: FinalsEditionConfig = { ...edition, scoreThresholds: { ...edition.scoreThresholds, M: { ...edition.scoreThresholds.M, "100K": 700 } }, podiumPlaces: { event: 5, major: 10 } };
    const s = provisionalFinalsStatus(result(provisional(720, 705, 735), 5), race, custom)!;
    expect(s).toMatchObject({ finalsRace: "CCC", threshold: 700, status: "provisionally_qualified" });
    expect(s.reasons.map((r) => r.kind)).toEqual(["podium", "score"]);
    expect(provisionalFinalsStatus(result(provisional(720, 705, 735), 5), race, edition)!.reasons.map((r) => r.kind)).toEqual([]);
  });

  it("a podium place is provisional until the results are declared final", () => {
    expect(provisionalFinalsStatus(result(provisional(600, 550, 650), 3), race, edition)).toMatchObject({
      status: "provisionally_qualified",
      reasons: [{ kind: "podium", place: 3, podiumPlaces: 3, final: false }],
    });
    expect(provisionalFinalsStatus(result(provisional(600, 550, 650), 3), { ...race, resultsFinal: true }, edition)!.status).toBe("qualified");
    expect(provisionalFinalsStatus(result(provisional(600, 550, 650), 4), race, edition)!.status).toBe("not_qualified");
    expect(provisionalFinalsStatus(result(provisional(600, 550, 650), 10), { ...race, eventLevel: "major" }, edition)!.reasons[0]).toMatchObject({ kind: "podium", podiumPlaces: 10 });
  });

  it("a range wholly at or above the threshold qualifies provisionally; an official score at it qualifies", () => {
    expect(provisionalFinalsStatus(result(provisional(threshold + 40, threshold, threshold + 80)), race, edition)!.status).toBe("provisionally_qualified");
    expect(provisionalFinalsStatus(result(official(threshold)), race, edition)).toMatchObject({ status: "qualified", reasons: [{ kind: "score", final: true, threshold }] });
    expect(provisionalFinalsStatus(result(official(threshold - 1)), race, edition)!.status).toBe("not_qualified");
  });

  it("a range that straddles the threshold is too close to call, with both numbers", () => {
    const s = provisionalFinalsStatus(result(provisional(threshold - 5, threshold - 60, threshold + 55)), race, edition)!;
    expect(s).toMatchObject({ status: "too_close_to_call", threshold, low: threshold - 60, high: threshold + 55, reasons: [] });
    expect(provisionalFinalsStatus(result(provisional(threshold - 30, threshold - 60, threshold - 1)), race, edition)!.status).toBe("not_qualified");
  });

  it("final results make an R5-exact score final, never a field estimate", () => {
    const exact = provisional(threshold + 10, threshold + 9, threshold + 10, "official-scores");
    expect(provisionalFinalsStatus(result(exact), race, edition)!.status).toBe("provisionally_qualified");
    expect(provisionalFinalsStatus(result(exact), { ...race, resultsFinal: true }, edition)!.status).toBe("qualified");
    const field = provisional(threshold + 50, threshold + 1, threshold + 100);
    expect(provisionalFinalsStatus(result(field), { ...race, resultsFinal: true }, edition)!.status).toBe("provisionally_qualified");
  });

  it("says no score yet when nothing allows an estimate, even once final", () => {
    const none = { score: null, low: null, high: null, status: "provisional", basis: null } as const;
    expect(provisionalFinalsStatus(result(none), race, edition)!.status).toBe("no_score_yet");
    expect(provisionalFinalsStatus(result(none), { ...race, resultsFinal: true }, edition)!.status).toBe("no_score_yet");
    expect(provisionalFinalsStatus(result(none, 1), race, edition)!.status).toBe("provisionally_qualified");
  });

  it("uses the runner's sex for the threshold", () => {
    const women = edition.scoreThresholds.F["100K"];
    expect(provisionalFinalsStatus(result(official(women), null, "F"), race, edition)).toMatchObject({ status: "qualified", threshold: women });
  });

  it("is null for a race that leads to no Finals race of the edition (R7, R8, R11)", () => {
    const s = result(official(900), 1);
    expect(provisionalFinalsStatus(s, { ...race, eventLevel: "index" }, edition)).toBeNull();
    expect(provisionalFinalsStatus(s, { ...race, category: "20K" }, edition)).toBeNull();
    expect(provisionalFinalsStatus(s, { ...race, category: null }, edition)).toBeNull();
    expect(provisionalFinalsStatus(s, { ...race, qualifiesForFinals: false }, edition)).toBeNull();
    expect(provisionalFinalsStatus(s, { ...race, date: "2026-06-01" }, edition)).toBeNull();
    expect(provisionalFinalsStatus(s, { ...race, category: "100M" }, edition)!.finalsRace).toBe("UTMB");
  });

  it("refuses a range that does not hold its score, and a place that is not a whole number from 1", () => {
    expect(() => provisionalFinalsStatus(result(provisional(800, 810, 820)), race, edition)).toThrow(/range must hold it/);
    expect(() => provisionalFinalsStatus(result(official(800), 0), race, edition)).toThrow(/place by sex/);
  });

  it("never calls qualified on a provisional range alone, and never not qualified while the range reaches the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 1000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), (score, down, up, final) => {
        const s = provisionalFinalsStatus(result(provisional(score, score - down, score + up)), { ...race, resultsFinal: final }, edition)!;
        expect(s.status).not.toBe("qualified");
        if (score + up >= threshold) expect(s.status).not.toBe("not_qualified");
        if (score - down >= threshold) expect(s.status).toBe("provisionally_qualified");
      }),
    );
  });
});

describe("provisional reasons of a stored status (R20 on R13)", () => {
  const notFinal = new Set<string | number>([7]);
  const podium = { kind: "podium", resultId: 7 };
  const ageGroup = { kind: "age_group", resultId: 7 };
  const score = { kind: "score", resultId: 7 };
  const finalPodium = { kind: "podium", resultId: 8 };
  const grant = { kind: "deferral", requestId: 3 };

  it("a place of a race whose results are not final is provisional; a published score and a grant are not", () => {
    expect(isProvisionalReason(podium, notFinal)).toBe(true);
    expect(isProvisionalReason(ageGroup, notFinal)).toBe(true);
    expect(isProvisionalReason(score, notFinal)).toBe(false);
    expect(isProvisionalReason(finalPodium, notFinal)).toBe(false);
    expect(isProvisionalReason(grant, notFinal)).toBe(false);
  });

  it("a status is provisionally qualified only when no reason is final", () => {
    expect(isProvisionallyQualified({ status: "qualified", reasons: [podium, ageGroup] }, notFinal)).toBe(true);
    expect(isProvisionallyQualified({ status: "qualified", reasons: [podium, score] }, notFinal)).toBe(false);
    expect(isProvisionallyQualified({ status: "qualified", reasons: [podium, grant] }, notFinal)).toBe(false);
    expect(isProvisionallyQualified({ status: "not_qualified", reasons: [] }, notFinal)).toBe(false);
    expect(isProvisionallyQualified({ status: "qualified", reasons: [podium] }, new Set())).toBe(false);
  });
});
