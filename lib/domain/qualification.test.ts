import { describe, expect, it } from "vitest";
import { FINALS_RACES } from "./types";
import fc from "fast-check";
import { defaultEditionConfig } from "./edition";
import { finalsQualifierRaces } from "./finals-qualifier";
import {
  evaluateRace,
  finalsStatus,
  isInWindow,
  type FinalsStatusInput,
  type RaceContext,
  type RaceQualificationWithRace,
  type StatusResult,
} from "./qualification";
import type { RaceResult } from "./race-result";
import type { ResultStatus, Sex } from "./types";

const edition = defaultEditionConfig(2026);

function raceCtx(patch: Partial<RaceContext> = {}): RaceContext {
  return { raceId: "race", eventLevel: "event", date: "2025-06-14", category: "100K", qualifiesForFinals: true, ...patch };
}

function result(id: string, sex: Sex, placeBySex: number | null, patch: Partial<RaceResult> = {}): RaceResult {
  return {
    resultId: id,
    runnerId: `runner-${id}`,
    sex,
    status: "finisher",
    placeBySex,
    placeOverall: null,
    timeSeconds: null,
    utmbScore: null,
    ageGroup: "20-34",
    ...patch,
  };
}

/** n finishers of one sex, places 1..n, ids F1.. / M1.. */
function finishers(sex: Sex, n: number, patch: (i: number) => Partial<RaceResult> = () => ({})): RaceResult[] {
  return Array.from({ length: n }, (_, i) => result(`${sex}${i + 1}`, sex, i + 1, patch(i + 1)));
}

const ids = (qs: { resultId: string | number }[]) => qs.map((q) => String(q.resultId)).sort();

describe("evaluateRace: podium (R9)", () => {
  it("qualifies the top 3 women and top 3 men at an Event, not 4th", () => {
    const qs = evaluateRace(raceCtx(), [...finishers("F", 5), ...finishers("M", 5)], edition);
    expect(ids(qs)).toEqual(["F1", "F2", "F3", "M1", "M2", "M3"]);
    expect(qs[0]).toEqual({
      runnerId: "runner-F1",
      resultId: "F1",
      finalsRace: "CCC",
      reasons: [{ kind: "podium", place: 1, podiumPlaces: 3, level: "event" }],
    });
  });

  it("lets both runners tied on 3rd place in; the next one is 5th and out", () => {
    const rs = [result("a", "F", 1), result("b", "F", 2), result("c", "F", 3), result("d", "F", 3), result("e", "F", 4)];
    const qs = evaluateRace(raceCtx(), rs, edition);
    expect(ids(qs)).toEqual(["a", "b", "c", "d"]);
    expect(qs.find((q) => q.resultId === "d")!.reasons).toEqual([{ kind: "podium", place: 3, podiumPlaces: 3, level: "event" }]);
  });

  it("does not let a DNF ranked above a finisher in a messy file take a podium place", () => {
    const rs = [
      result("a", "M", 1),
      result("b", "M", 2),
      result("dnf", "M", 3, { status: "dnf", utmbScore: 900 }),
      result("c", "M", 4),
      result("d", "M", 5),
    ];
    const qs = evaluateRace(raceCtx(), rs, edition);
    expect(ids(qs)).toEqual(["a", "b", "c"]);
    expect(qs.find((q) => q.resultId === "c")!.reasons).toEqual([{ kind: "podium", place: 3, podiumPlaces: 3, level: "event" }]);
  });

  it("qualifies the top 10 at a Major, only the top 3 at an Event", () => {
    const rs = finishers("F", 12, () => ({ ageGroup: null }));
    const major = evaluateRace(raceCtx({ eventLevel: "major" }), rs, edition);
    expect(ids(major)).toEqual(["F1", "F10", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]);
    expect(major.find((q) => q.resultId === "F10")!.reasons).toEqual([{ kind: "podium", place: 10, podiumPlaces: 10, level: "major" }]);
    expect(ids(evaluateRace(raceCtx({ eventLevel: "event" }), rs, edition))).toEqual(["F1", "F2", "F3"]);
  });
});

describe("evaluateRace: levels, categories, period, R11 (R7, R8, R11)", () => {
  const podium = finishers("F", 3);

  it("gives nothing at an Index race or at the Finals themselves", () => {
    expect(evaluateRace(raceCtx({ eventLevel: "index" }), podium, edition)).toEqual([]);
    expect(evaluateRace(raceCtx({ eventLevel: "finals" }), podium, edition)).toEqual([]);
  });

  it("gives nothing for a 20K podium, even with a huge score", () => {
    const rs = finishers("M", 3, () => ({ utmbScore: 990 }));
    expect(evaluateRace(raceCtx({ category: "20K" }), rs, edition)).toEqual([]);
    expect(evaluateRace(raceCtx({ category: null }), rs, edition)).toEqual([]);
  });

  it("sends each category to its Finals race", () => {
    expect(evaluateRace(raceCtx({ category: "50K" }), podium, edition)[0]!.finalsRace).toBe("OCC");
    expect(evaluateRace(raceCtx({ category: "100K" }), podium, edition)[0]!.finalsRace).toBe("CCC");
    expect(evaluateRace(raceCtx({ category: "100M" }), podium, edition)[0]!.finalsRace).toBe("UTMB");
  });

  it("counts a race on 31 December, not one on 1 January of the Finals year", () => {
    expect(evaluateRace(raceCtx({ date: "2025-12-31" }), podium, edition)).toHaveLength(3);
    expect(evaluateRace(raceCtx({ date: "2025-01-01" }), podium, edition)).toHaveLength(3);
    expect(evaluateRace(raceCtx({ date: "2026-01-01" }), podium, edition)).toEqual([]);
    expect(evaluateRace(raceCtx({ date: "2024-12-31" }), podium, edition)).toEqual([]);
  });

  it("gives nothing at a race that is not its event's Finals qualifier", () => {
    const eventRaces = [
      { raceId: "100k-a", category: "100K" as const, isFinalsQualifier: true },
      { raceId: "100k-b", category: "100K" as const, isFinalsQualifier: false },
    ];
    const qualifiers = finalsQualifierRaces(eventRaces);
    const a = evaluateRace(raceCtx({ raceId: "100k-a", qualifiesForFinals: qualifiers.has("100k-a") }), podium, edition);
    const b = evaluateRace(raceCtx({ raceId: "100k-b", qualifiesForFinals: qualifiers.has("100k-b") }), podium, edition);
    expect(a).toHaveLength(3);
    expect(b).toEqual([]);
  });

  it("judges the R16 extended window only when asked", () => {
    const spring = raceCtx({ date: "2026-03-01" });
    expect(evaluateRace(spring, podium, edition)).toEqual([]);
    expect(evaluateRace(spring, podium, edition, { window: "extension" })).toHaveLength(3);
    expect(evaluateRace(raceCtx({ date: "2026-06-30" }), podium, edition, { window: "extension" })).toHaveLength(3);
    expect(evaluateRace(raceCtx({ date: "2026-07-01" }), podium, edition, { window: "extension" })).toEqual([]);
    expect(evaluateRace(raceCtx({ date: "2025-12-31" }), podium, edition, { window: "extension" })).toEqual([]);
    expect(isInWindow("2025-12-31", edition, "qualification")).toBe(true);
  });
});

describe("evaluateRace: score (R10)", () => {
  it("qualifies exactly at the threshold and not one point below", () => {
    const rs = [
      ...finishers("F", 3),
      result("w-at", "F", 4, { utmbScore: 710 }),
      result("w-below", "F", 5, { utmbScore: 709 }),
      ...finishers("M", 3),
      result("m-at", "M", 4, { utmbScore: 850 }),
      result("m-below", "M", 5, { utmbScore: 849 }),
    ];
    const qs = evaluateRace(raceCtx({ category: "100K" }), rs, edition);
    expect(qs.find((q) => q.resultId === "w-at")!.reasons).toEqual([{ kind: "score", score: 710, threshold: 710 }]);
    expect(qs.find((q) => q.resultId === "m-at")!.reasons).toEqual([{ kind: "score", score: 850, threshold: 850 }]);
    expect(qs.some((q) => q.resultId === "w-below" || q.resultId === "m-below")).toBe(false);
  });

  it("uses the threshold of the race's category and the runner's sex", () => {
    // Three runners of each sex ahead, so the 9th in the file is 4th: no podium.
    const ahead = [...finishers("F", 3), ...finishers("M", 3)];
    const w = result("w", "F", 9, { utmbScore: 730 });
    const m = result("m", "M", 9, { utmbScore: 730 });
    const scoreOnly = (qs: ReturnType<typeof evaluateRace>) => ids(qs.filter((q) => q.reasons.some((r) => r.kind === "score")));
    expect(scoreOnly(evaluateRace(raceCtx({ category: "50K" }), [...ahead, w, m], edition))).toEqual(["w"]);
    expect(scoreOnly(evaluateRace(raceCtx({ category: "100M" }), [...ahead, result("m2", "M", 9, { utmbScore: 820 })], edition))).toEqual(["m2"]);
  });

  it("lists podium and score together, and ignores non-finishers and unscored results", () => {
    const rs = [
      result("win", "F", 1, { utmbScore: 800 }),
      result("dnf", "F", null, { status: "dnf", utmbScore: 800 }),
      ...finishers("F", 3).map((r) => ({ ...r, placeBySex: r.placeBySex! + 1 })),
      result("none", "F", 5, { utmbScore: null }),
    ];
    const qs = evaluateRace(raceCtx(), rs, edition).filter((q) => q.resultId === "win" || q.resultId === "dnf" || q.resultId === "none");
    expect(qs).toEqual([
      {
        runnerId: "runner-win",
        resultId: "win",
        finalsRace: "CCC",
        reasons: [
          { kind: "podium", place: 1, podiumPlaces: 3, level: "event" },
          { kind: "score", score: 800, threshold: 710 },
        ],
      },
    ]);
  });

  it("uses configured thresholds, never literals", () => {
    const strict = defaultEditionConfig(2026);
    strict.scoreThresholds.F["100K"] = 800;
    expect(ids(evaluateRace(raceCtx(), [...finishers("F", 3), result("w", "F", 9, { utmbScore: 750 })], strict))).toEqual(["F1", "F2", "F3"]);
  });
});

describe("evaluateRace: Major age groups (R12)", () => {
  it("adds age-group places at a Major for runners outside the top 10, not at an Event", () => {
    // 20 women: places 1-10 are 20-34, then 35-39 from 11th.
    const rs = finishers("F", 20, (i) => ({ ageGroup: i <= 12 ? "20-34" : "35-39" }));
    const major = evaluateRace(raceCtx({ eventLevel: "major" }), rs, edition);
    // 35 places for 20 women: everyone qualifies, the top 10 by podium only.
    expect(major).toHaveLength(20);
    expect(major.find((q) => q.resultId === "F10")!.reasons.map((r) => r.kind)).toEqual(["podium"]);
    expect(major.find((q) => q.resultId === "F11")!.reasons).toEqual([{ kind: "age_group", ageGroup: "20-34", placeInAgeGroup: 11 }]);
    expect(major.find((q) => q.resultId === "F13")!.reasons).toEqual([{ kind: "age_group", ageGroup: "35-39", placeInAgeGroup: 1 }]);
    expect(ids(evaluateRace(raceCtx({ eventLevel: "event" }), rs, edition))).toEqual(["F1", "F2", "F3"]);
  });
});

describe("evaluateRace: properties", () => {
  const statuses: ResultStatus[] = ["finisher", "finisher", "finisher", "finisher", "dnf", "dns"];
  const rows = fc
    .array(
      fc.record({
        sex: fc.constantFrom<Sex>("F", "M"),
        status: fc.constantFrom(...statuses),
        placeBySex: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        timeSeconds: fc.option(fc.integer({ min: 10000, max: 10050 }), { nil: null }),
        utmbScore: fc.option(fc.integer({ min: 600, max: 900 }), { nil: null }),
        ageGroup: fc.option(fc.constantFrom("20-34", "35-39", "40-44", "60-64"), { nil: null }),
      }),
      { maxLength: 60 },
    )
    .map((rs) => rs.map((r, i): RaceResult => ({ ...r, resultId: `r${i}`, runnerId: `u${i}`, placeOverall: null })));
  const context = fc.record({
    raceId: fc.constant("race"),
    eventLevel: fc.constantFrom("event" as const, "major" as const),
    date: fc.constantFrom("2025-01-01", "2025-12-31"),
    category: fc.constantFrom("50K" as const, "100K" as const, "100M" as const),
    qualifiesForFinals: fc.constant(true),
  });
  const bySorted = <T extends { resultId: string | number }>(qs: T[]) => [...qs].sort((a, b) => String(a.resultId).localeCompare(String(b.resultId)));

  it("property: output does not depend on row order", () => {
    fc.assert(
      fc.property(
        context,
        rows.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        (ctx, [rs, shuffled]) => {
          expect(bySorted(evaluateRace(ctx, shuffled, edition))).toEqual(bySorted(evaluateRace(ctx, rs, edition)));
        },
      ),
    );
  });

  it("property: every qualifier is a finisher with a reason, and every reason holds", () => {
    fc.assert(
      fc.property(context, rows, (ctx, rs) => {
        for (const q of evaluateRace(ctx, rs, edition)) {
          const r = rs.find((x) => x.resultId === q.resultId)!;
          expect(r.status).toBe("finisher");
          expect(q.reasons.length).toBeGreaterThan(0);
          for (const reason of q.reasons) {
            if (reason.kind === "score") expect(reason.score).toBeGreaterThanOrEqual(edition.scoreThresholds[r.sex][ctx.category]);
            if (reason.kind === "podium") expect(reason.place).toBeLessThanOrEqual(edition.podiumPlaces[ctx.eventLevel]);
            if (reason.kind === "age_group") expect(ctx.eventLevel).toBe("major");
          }
          // R12: an age-group place is only for runners outside the top places.
          expect(q.reasons.some((x) => x.kind === "podium") && q.reasons.some((x) => x.kind === "age_group")).toBe(false);
        }
      }),
    );
  });
});

describe("finalsStatus (R13)", () => {
  function statusResult(patch: Partial<StatusResult>): StatusResult {
    return {
      resultId: "res",
      raceId: "race",
      raceName: "Race",
      eventName: "Event",
      eventLevel: "event",
      date: "2025-06-14",
      category: "100K",
      status: "finisher",
      placeBySexAmongFinishers: 5,
      utmbScore: 700,
      ...patch,
    };
  }
  function qualification(patch: Partial<RaceQualificationWithRace>): RaceQualificationWithRace {
    return {
      runnerId: "me",
      resultId: "q1",
      finalsRace: "CCC",
      reasons: [{ kind: "podium", place: 2, podiumPlaces: 3, level: "event" }],
      raceName: "Lavaredo 120",
      eventName: "Lavaredo Ultra Trail",
      date: "2025-06-27",
      ...patch,
    };
  }
  const base: FinalsStatusInput = { sex: "F", qualifications: [], results: [], grants: [] };

  it("lists every reason of a qualified runner with where it came from", () => {
    const status = finalsStatus(
      {
        ...base,
        qualifications: [
          qualification({ resultId: "q2", date: "2025-09-01", raceName: "TDS", reasons: [{ kind: "score", score: 720, threshold: 710 }] }),
          qualification({}),
        ],
      },
      edition,
    );
    expect(status.CCC.status).toBe("qualified");
    expect(status.CCC.closest).toBeNull();
    expect(status.CCC.threshold).toBe(710);
    expect(status.CCC.category).toBe("100K");
    expect(status.CCC.reasons).toEqual([
      { kind: "podium", place: 2, podiumPlaces: 3, level: "event", raceName: "Lavaredo 120", eventName: "Lavaredo Ultra Trail", date: "2025-06-27", resultId: "q1" },
      { kind: "score", score: 720, threshold: 710, raceName: "TDS", eventName: "Lavaredo Ultra Trail", date: "2025-09-01", resultId: "q2" },
    ]);
    expect(status.OCC.status).toBe("not_qualified");
    expect(status.UTMB.status).toBe("not_qualified");
  });

  it("shows what was closest when not qualified: best place vs podium, best score vs threshold", () => {
    const status = finalsStatus(
      {
        ...base,
        results: [
          statusResult({ resultId: "a", raceName: "Event 100K", placeBySexAmongFinishers: 4, utmbScore: 690 }),
          statusResult({ resultId: "b", raceName: "Major 100K", eventLevel: "major", placeBySexAmongFinishers: 12, utmbScore: 705 }),
          statusResult({ resultId: "idx", raceName: "Index 100K", eventLevel: "index", placeBySexAmongFinishers: 1, utmbScore: 900 }),
          statusResult({ resultId: "old", raceName: "Old 100K", date: "2024-12-31", placeBySexAmongFinishers: 1, utmbScore: 900 }),
          statusResult({ resultId: "dnf", raceName: "DNF 100K", status: "dnf", placeBySexAmongFinishers: null, utmbScore: 900 }),
          statusResult({ resultId: "twin", raceName: "Twin 100K", qualifiesForFinals: false, placeBySexAmongFinishers: 1, utmbScore: 900 }),
          statusResult({ resultId: "short", raceName: "20K", category: "20K", placeBySexAmongFinishers: 1, utmbScore: 900 }),
        ],
      },
      edition,
    );
    expect(status.CCC.status).toBe("not_qualified");
    expect(status.CCC.reasons).toEqual([]);
    expect(status.CCC.closest).toEqual({
      bestPlace: { place: 4, podiumPlaces: 3, raceName: "Event 100K", eventName: "Event", level: "event" },
      bestScore: { score: 705, threshold: 710, gap: 5, raceName: "Major 100K", eventName: "Event" },
    });
    // A 20K result counts for no Finals race (R7).
    expect(status.OCC.closest).toEqual({ bestPlace: null, bestScore: null });
  });

  it("picks the place closest to its podium (11th of 10 at a Major beats 5th of 3 at an Event)", () => {
    const status = finalsStatus(
      {
        ...base,
        results: [
          statusResult({ resultId: "e", raceName: "E", placeBySexAmongFinishers: 5 }),
          statusResult({ resultId: "m", raceName: "M", eventLevel: "major", placeBySexAmongFinishers: 11 }),
        ],
      },
      edition,
    );
    expect(status.CCC.closest!.bestPlace).toMatchObject({ place: 11, podiumPlaces: 10, level: "major" });
  });

  it("ignores qualifications dated outside the edition", () => {
    const status = finalsStatus({ ...base, qualifications: [qualification({ date: "2024-06-27" })] }, edition);
    expect(status.CCC.status).toBe("not_qualified");
  });

  it("counts a deferral or an approved category change on its own", () => {
    const status = finalsStatus(
      {
        ...base,
        grants: [
          { kind: "deferral", finalsRace: "UTMB", requestId: 7, note: "Priority deferred from 2025" },
          { kind: "category_change", finalsRace: "OCC", requestId: 9 },
        ],
      },
      edition,
    );
    expect(status.UTMB).toMatchObject({ status: "qualified", reasons: [{ kind: "deferral", requestId: 7, note: "Priority deferred from 2025" }], closest: null, threshold: 680 });
    expect(status.OCC).toMatchObject({ status: "qualified", reasons: [{ kind: "category_change", requestId: 9 }] });
    expect(status.CCC.status).toBe("not_qualified");
  });

  // Issue #15: after an approved change of category Léa showed Qualified for both CCC and UTMB.
  it("shows an approved change of category as a move, not as two qualifications (R14)", () => {
    const ccc = qualification({});
    const status = finalsStatus(
      { ...base, qualifications: [ccc], grants: [{ kind: "category_change", finalsRace: "UTMB", fromFinalsRace: "CCC", requestId: 4, decidedOn: "2026-03-03" }] },
      edition,
    );
    expect(status.UTMB).toMatchObject({ status: "qualified", reasons: [{ kind: "category_change", fromFinalsRace: "CCC", decidedOn: "2026-03-03" }] });
    expect(status.CCC).toMatchObject({ status: "not_qualified", reasons: [], closest: null, movedTo: { finalsRace: "UTMB", requestId: 4, decidedOn: "2026-03-03" } });
    expect(FINALS_RACES.filter((race) => status[race].status === "qualified")).toEqual(["UTMB"]);
  });

  it("counts a qualification in the extended window only with an extension grant (R16), and lists the grant", () => {
    const spring = qualification({ date: "2026-04-12", reasons: [{ kind: "score", score: 715, threshold: 710 }] });
    expect(finalsStatus({ ...base, qualifications: [spring] }, edition).CCC.status).toBe("not_qualified");
    const granted = finalsStatus({ ...base, qualifications: [spring], grants: [{ kind: "extension", finalsRace: "CCC", requestId: 3 }] }, edition);
    expect(granted.CCC.status).toBe("qualified");
    expect(granted.CCC.reasons.map((r) => r.kind)).toEqual(["score", "extension"]);
    // An extension for another race does not open the window for this one.
    const other = finalsStatus({ ...base, qualifications: [spring], grants: [{ kind: "extension", finalsRace: "UTMB", requestId: 3 }] }, edition);
    expect(other.CCC.status).toBe("not_qualified");
  });

  it("does not qualify on an extension grant alone, but looks at the extended window for what was closest", () => {
    const status = finalsStatus(
      {
        ...base,
        grants: [{ kind: "extension", finalsRace: "CCC", requestId: 3 }],
        results: [statusResult({ date: "2026-05-01", placeBySexAmongFinishers: 6, utmbScore: 700 })],
      },
      edition,
    );
    expect(status.CCC.status).toBe("not_qualified");
    expect(status.CCC.reasons).toEqual([]);
    expect(status.CCC.closest!.bestScore).toMatchObject({ score: 700, gap: 10 });
  });

  it("uses the men's thresholds for a man", () => {
    const status = finalsStatus({ ...base, sex: "M" }, edition);
    expect([status.OCC.threshold, status.CCC.threshold, status.UTMB.threshold]).toEqual([870, 850, 820]);
  });
});
