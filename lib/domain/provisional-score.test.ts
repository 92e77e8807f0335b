import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  PROVISIONAL_MODEL,
  constantFromField,
  constantFromOfficialScores,
  editionScores,
  estimateEditionConstant,
  scoreForTime,
  type EditionFinisher,
} from "./provisional-score";

const finisher = (bib: string, timeSeconds: number | null, officialScore: number | null = null, categoryIndex: number | null = null): EditionFinisher => ({
  bib,
  timeSeconds,
  officialScore,
  categoryIndex,
});

/** A field whose indexes times times are all `constant`: every runner ran exactly their index. */
const exactField = (constant: number, times: number[]) => times.map((t, i) => finisher(`b${i}`, t, null, constant / t));

describe("constantFromOfficialScores (R5)", () => {
  it("is null without a usable score", () => {
    expect(constantFromOfficialScores([])).toBeNull();
    expect(constantFromOfficialScores([{ score: 0, timeSeconds: 36000 }])).toBeNull();
  });

  it("bounds the constant by the rounding of one score and of its whole-second time", () => {
    const c = constantFromOfficialScores([{ score: 800, timeSeconds: 36000 }])!;
    expect(c.low).toBe(799.5 * 36000);
    expect(c.high).toBe(800.5 * 36001);
    expect(c.constant).toBeCloseTo((c.low + c.high) / 2);
    expect(c.basis).toBe("official-scores");
  });

  it("narrows with every agreeing score", () => {
    const one = constantFromOfficialScores([{ score: 800, timeSeconds: 36000 }])!;
    const two = constantFromOfficialScores([{ score: 800, timeSeconds: 36000 }, { score: 600, timeSeconds: 47990 }])!;
    expect(two.high - two.low).toBeLessThan(one.high - one.low);
    expect(two.low).toBeGreaterThanOrEqual(one.low);
  });

  it("leaves out a score that disagrees with the others (a correction, a wrong time)", () => {
    const scores = [
      { score: 800, timeSeconds: 36000 },
      { score: 720, timeSeconds: 40000 },
      { score: 600, timeSeconds: 48000 },
      { score: 536, timeSeconds: 40000 }, // corrected: 720 by its time
    ];
    const c = constantFromOfficialScores(scores)!;
    expect(c.low).toBeGreaterThanOrEqual(799.5 * 36000);
    expect(c.high).toBeLessThanOrEqual(800.5 * 36001);
  });

  it("spans every published score when none agrees with their median (two far apart)", () => {
    const c = constantFromOfficialScores([{ score: 800, timeSeconds: 36000 }, { score: 400, timeSeconds: 36000 }])!;
    expect(c.low).toBe(399.5 * 36000);
    expect(c.high).toBe(800.5 * 36001);
    expect(Number.isFinite(c.constant)).toBe(true);
  });
});

describe("editionScores with official scores (R5, R20)", () => {
  it("keeps published scores official and derives the others from the constant", () => {
    const scores = editionScores([finisher("1", 36000, 800), finisher("2", 48000), finisher("3", 72000)]);
    expect(scores[0]).toEqual({ bib: "1", timeSeconds: 36000, score: 800, low: 800, high: 800, status: "official", basis: "official" });
    expect(scores[1]).toMatchObject({ bib: "2", score: 600, status: "provisional", basis: "official-scores" });
    expect(scores[2]).toMatchObject({ bib: "3", score: 400, low: 400, high: 400 });
  });

  it("keeps the order given and leaves a finisher without a time unscored", () => {
    const scores = editionScores([finisher("9", null), finisher("1", 36000, 800)]);
    expect(scores.map((s) => s.bib)).toEqual(["9", "1"]);
    expect(scores[0]).toMatchObject({ score: null, low: null, high: null, status: "provisional", basis: null });
  });

  it("any one published score gives every finisher's true score inside the range, and within 1 point from the winner's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 180000 }),
        fc.double({ min: 300, max: 1000, noNaN: true }),
        fc.uniqueArray(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        (winnerTime, winnerScore, slower, pick) => {
          const constant = winnerScore * winnerTime;
          const times = [...new Set(slower.map((f) => Math.floor(winnerTime * f)))];
          // The published scores: the constant over the real time (a fraction of a second past the whole one), rounded.
          const truth = times.map((t) => Math.round(constant / (t + 0.37)));
          const known = pick % times.length;
          const scores = editionScores(times.map((t, i) => finisher(String(i), t, i === known ? truth[i]! : null)));
          const winner = times.indexOf(Math.min(...times));
          const fromWinner = editionScores(times.map((t, i) => finisher(String(i), t, i === winner ? truth[i]! : null)));
          scores.forEach((s, i) => {
            expect(s.low!).toBeLessThanOrEqual(truth[i]!);
            expect(s.high!).toBeGreaterThanOrEqual(truth[i]!);
            expect(s.score!).toBeGreaterThanOrEqual(s.low!);
            expect(s.score!).toBeLessThanOrEqual(s.high!);
            expect(Math.abs(fromWinner[i]!.score! - truth[i]!)).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe("constantFromField (R20)", () => {
  it("is null without a finisher who has both an index and a time", () => {
    expect(constantFromField([])).toBeNull();
    expect(constantFromField([finisher("1", 36000), finisher("2", null, null, 800), finisher("3", 40000, null, 0)])).toBeNull();
  });

  it("is the index x time of runners who ran their index, with only the race-day spread", () => {
    const field = constantFromField(exactField(3e7, [36000, 37000, 38000, 39000, 40000, 41000, 42000, 43000, 44000, 45000, 46000]))!;
    expect(field.constant).toBeCloseTo(3e7);
    expect(field.spread).toBeCloseTo(PROVISIONAL_MODEL.raceDaySpread);
  });

  it("takes the fastest indexed runners: all within the margin of the winner's time, and at least the minimum count", () => {
    const { fieldMinRunners: min, fieldTimeMargin: margin } = PROVISIONAL_MODEL;
    const fast = exactField(3e7, Array.from({ length: min + 2 }, (_, i) => 36000 + i * 10)); // all within the margin
    const slow = Array.from({ length: 30 }, (_, i) => finisher(`s${i}`, 36000 * (1 + margin) + 1 + i, null, 300)); // far below their index
    expect(constantFromField([...slow, ...fast])!.runners).toBe(min + 2);
    expect(constantFromField([...slow, ...fast])!.constant).toBeCloseTo(3e7);
    const few = exactField(3e7, [36000, 37000, ...Array.from({ length: min + 5 }, (_, i) => 36000 * (1 + margin) + 1 + i)]);
    expect(constantFromField(few)!.runners).toBe(min);
    // An unindexed winner still sets the margin.
    expect(constantFromField([finisher("w", 30000), ...exactField(3e7, [36000, 37000])])!.runners).toBe(2);
  });

  it("is wider when the fastest runners disagree, and when they are few", () => {
    const agreeing = constantFromField(exactField(3e7, Array.from({ length: 10 }, (_, i) => 36000 + i * 100)))!;
    const scattered = constantFromField(
      Array.from({ length: 16 }, (_, i) => finisher(String(i), 36000 + i * 100, null, ((i % 2 === 0 ? 1.1 : 0.9) * 3e7) / (36000 + i * 100))),
    )!;
    expect(scattered.spread).toBeGreaterThan(agreeing.spread);
    const fewScattered = constantFromField([finisher("a", 36000, null, 900), finisher("b", 36100, null, 700), finisher("c", 36200, null, 800)])!;
    expect(fewScattered.spread).toBeGreaterThan(scattered.spread);
  });
});

describe("estimateEditionConstant without official scores (R20)", () => {
  const field = exactField(3e7, Array.from({ length: 10 }, (_, i) => 36000 + i * 100));

  it("uses the field alone, with a range of +- the model's spreads", () => {
    const c = estimateEditionConstant(field)!;
    expect(c.basis).toBe("field");
    expect(c.constant).toBeCloseTo(3e7);
    expect(Math.log(c.high / c.constant)).toBeGreaterThanOrEqual(PROVISIONAL_MODEL.rangeSpreads * PROVISIONAL_MODEL.raceDaySpread - 1e-9);
  });

  it("uses the last edition alone when the field has no index", () => {
    const c = estimateEditionConstant([finisher("1", 36000)], { lastEditionConstant: 2.9e7 })!;
    expect(c.basis).toBe("earlier-edition");
    expect(c.constant).toBeCloseTo(2.9e7);
    expect(c.high / c.constant).toBeCloseTo(Math.exp(PROVISIONAL_MODEL.rangeSpreads * PROVISIONAL_MODEL.earlierEditionSpread));
  });

  it("combines both between the two, narrower than either", () => {
    const both = estimateEditionConstant(field, { lastEditionConstant: 2.7e7 })!;
    const alone = estimateEditionConstant(field)!;
    expect(both.basis).toBe("field-and-earlier-edition");
    expect(both.constant).toBeGreaterThan(2.7e7);
    expect(both.constant).toBeLessThan(3e7);
    expect(both.high / both.low).toBeLessThan(alone.high / alone.low);
  });

  it("prefers any official score to the field and the last edition", () => {
    const c = estimateEditionConstant([...field, finisher("x", 40000, 700)], { lastEditionConstant: 1e7 })!;
    expect(c.basis).toBe("official-scores");
    expect(c.constant / 40000).toBeCloseTo(700, 0);
  });

  it("is null with nothing to go on; the finishers then have no provisional score", () => {
    expect(estimateEditionConstant([finisher("1", 36000)])).toBeNull();
    expect(editionScores([finisher("1", 36000)])[0]).toMatchObject({ score: null, status: "provisional", basis: null });
  });

  it("gives a provisional score inside its range for every finisher", () => {
    const scores = editionScores([...field, finisher("late", 80000)], { lastEditionConstant: 3.1e7 });
    for (const s of scores) {
      expect(s.status).toBe("provisional");
      expect(s.low!).toBeLessThan(s.score!);
      expect(s.high!).toBeGreaterThan(s.score!);
    }
    expect(scores.at(-1)!.score).toBe(Math.round(estimateEditionConstant(field, { lastEditionConstant: 3.1e7 })!.constant / 80000));
  });
});

describe("bad input", () => {
  it.each([
    [finisher("1", -5), /finisher "1": a finish time must be a positive number/],
    [finisher("1", 0), /finish time/],
    [finisher("2", 36000, Number.NaN), /finisher "2": a score must be a number of at least 0/],
    [finisher("3", 36000, null, -1), /finisher "3": an index must be a number of at least 0/],
  ])("refuses %j", (f, message) => {
    expect(() => editionScores([f])).toThrow(message);
  });

  it("refuses a last-edition constant that is not a positive number", () => {
    expect(() => estimateEditionConstant([], { lastEditionConstant: 0 })).toThrow(/last edition's constant/);
    expect(() => estimateEditionConstant([], { lastEditionConstant: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it("refuses a time that is not positive in scoreForTime", () => {
    const c = constantFromOfficialScores([{ score: 800, timeSeconds: 36000 }])!;
    expect(() => scoreForTime(c, 0)).toThrow(/positive number of seconds/);
  });
});
