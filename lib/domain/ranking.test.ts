import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rankFinishersBySex, rankFinishersInAgeGroup, type RankableResult } from "./ranking";
import type { ResultStatus, Sex } from "./types";

type Row = RankableResult & { ageGroup: string | null };

function row(resultId: string, sex: Sex, placeBySex: number | null, extra: Partial<Row> = {}): Row {
  return { resultId, sex, status: "finisher", placeBySex, placeOverall: null, timeSeconds: null, ageGroup: null, ...extra };
}

const asObject = (m: Map<string | number, number>) => Object.fromEntries([...m].map(([k, v]) => [String(k), v]));

describe("rankFinishersBySex (R9)", () => {
  it("ranks each sex separately", () => {
    const ranks = rankFinishersBySex([row("w1", "F", 1), row("m1", "M", 1), row("w2", "F", 2), row("m2", "M", 2)]);
    expect(asObject(ranks)).toEqual({ w1: 1, m1: 1, w2: 2, m2: 2 });
  });

  it("shares a tie on 3rd place; the next runner is 5th (1, 2, 3, 3, 5)", () => {
    const ranks = rankFinishersBySex([row("a", "F", 1), row("b", "F", 2), row("c", "F", 3), row("d", "F", 3), row("e", "F", 5)]);
    expect(asObject(ranks)).toEqual({ a: 1, b: 2, c: 3, d: 3, e: 5 });
  });

  it("treats an equal official place by sex as a tie even if the overall places differ", () => {
    const ranks = rankFinishersBySex([row("c", "F", 3, { placeOverall: 20 }), row("d", "F", 3, { placeOverall: 21 })]);
    expect(asObject(ranks)).toEqual({ c: 1, d: 1 });
  });

  it("does not let a DNF listed above a finisher take a place (messy file)", () => {
    const ranks = rankFinishersBySex([
      row("a", "M", 1),
      row("b", "M", 2),
      row("dnf", "M", 3, { status: "dnf" }),
      row("c", "M", 4),
      row("dsq", "M", null, { status: "dsq" }),
      row("dns", "M", null, { status: "dns" }),
    ]);
    expect(asObject(ranks)).toEqual({ a: 1, b: 2, c: 3 });
    expect(ranks.has("dnf")).toBe(false);
  });

  it("falls back to overall place, then time, with missing values last", () => {
    const ranks = rankFinishersBySex([
      row("noPlace", "F", null, { timeSeconds: 9000 }),
      row("overall", "F", null, { placeOverall: 40 }),
      row("sexPlace", "F", 7),
      row("nothing", "F", null),
      row("faster", "F", null, { timeSeconds: 8000 }),
    ]);
    expect(asObject(ranks)).toEqual({ sexPlace: 1, overall: 2, faster: 3, noPlace: 4, nothing: 5 });
  });

  it("shares a tie on equal times when places are missing", () => {
    const ranks = rankFinishersBySex([row("a", "M", null, { timeSeconds: 100 }), row("b", "M", null, { timeSeconds: 100 }), row("c", "M", null, { timeSeconds: 101 })]);
    expect(asObject(ranks)).toEqual({ a: 1, b: 1, c: 3 });
  });

  it("accepts numeric ids", () => {
    const ranks = rankFinishersBySex([{ ...row("x", "F", 2), resultId: 42 }, { ...row("y", "F", 1), resultId: 7 }]);
    expect(ranks.get(7)).toBe(1);
    expect(ranks.get(42)).toBe(2);
  });

  const statuses: ResultStatus[] = ["finisher", "finisher", "finisher", "dnf", "dns", "dsq"];
  const rows = fc
    .array(
      fc.record({
        sex: fc.constantFrom<Sex>("F", "M"),
        status: fc.constantFrom(...statuses),
        placeBySex: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
        placeOverall: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
        timeSeconds: fc.option(fc.integer({ min: 3000, max: 3010 }), { nil: null }),
      }),
      { maxLength: 30 },
    )
    .map((rs) => rs.map((r, i): RankableResult => ({ ...r, resultId: `r${i}` })));

  it("property: equal keys share a place, better keys get better places, ranks are competition ranks", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const ranks = rankFinishersBySex(rs);
        const finishers = rs.filter((r) => r.status === "finisher");
        expect(ranks.size).toBe(finishers.length);
        const key = (r: RankableResult) =>
          r.placeBySex !== null ? [0, r.placeBySex] : r.placeOverall !== null ? [1, r.placeOverall] : r.timeSeconds !== null ? [2, r.timeSeconds] : [3, 0];
        for (const a of finishers) {
          const ra = ranks.get(a.resultId)!;
          // Competition rank: 1 + the number of same-sex finishers strictly ahead.
          const ahead = finishers.filter((b) => b.sex === a.sex && (key(b)[0]! - key(a)[0]! || key(b)[1]! - key(a)[1]!) < 0).length;
          expect(ra).toBe(ahead + 1);
          for (const b of finishers) {
            if (b.sex !== a.sex) continue;
            const same = key(a)[0] === key(b)[0] && key(a)[1] === key(b)[1];
            if (same) expect(ranks.get(b.resultId)).toBe(ra);
          }
        }
      }),
    );
  });

  it("property: independent of row order", () => {
    fc.assert(
      fc.property(
        rows.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([rs, shuffled]) => {
          expect(asObject(rankFinishersBySex(shuffled))).toEqual(asObject(rankFinishersBySex(rs)));
        },
      ),
    );
  });
});

describe("rankFinishersInAgeGroup (R12)", () => {
  it("ranks within sex + age group, finishers only, skipping unknown groups", () => {
    const ranks = rankFinishersInAgeGroup([
      row("a", "F", 1, { ageGroup: "20-34" }),
      row("b", "F", 2, { ageGroup: "35-39" }),
      row("c", "F", 3, { ageGroup: "20-34" }),
      row("d", "M", 1, { ageGroup: "20-34" }),
      row("e", "F", 4, { ageGroup: "35-39", status: "dnf" }),
      row("f", "F", 5, { ageGroup: "35-39" }),
      row("g", "F", 6, { ageGroup: null }),
      row("h", "F", 6, { ageGroup: "20-34" }),
      row("i", "F", 6, { ageGroup: "20-34" }),
    ]);
    expect(asObject(ranks)).toEqual({ a: 1, c: 2, h: 3, i: 3, b: 1, f: 2, d: 1 });
  });
});
