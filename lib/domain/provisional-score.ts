/**
 * R20 (with R5): every finisher's score for one race edition, official or provisional with a range.
 * R5 makes score x time one number per edition (the edition's constant): one official score fixes it;
 * before any, it is estimated from the field (indexes x times of the fastest) and the course's last
 * edition. Provisional scores are for the finish line only: they never count toward the index (R6).
 */

/** One finisher of the edition, as the estimate needs it. */
export interface EditionFinisher {
  bib: string;
  /** Whole seconds (hundredths dropped, so the real time is in [t, t + 1)); null when the file has none. */
  timeSeconds: number | null;
  /** R5: the published score; null while unpublished. */
  officialScore: number | null;
  /** R6: the runner's index in the race's category (before this race); null when the runner has none. */
  categoryIndex: number | null;
}

/** Where an edition's constant comes from. */
export type ConstantBasis = "official-scores" | "field" | "earlier-edition" | "field-and-earlier-edition";

/** An edition's constant (score x seconds) with the interval it surely (or, estimated, very likely) lies in. */
export interface EditionConstant {
  constant: number;
  low: number;
  high: number;
  basis: ConstantBasis;
}

export type ScoreStatus = "official" | "provisional";

/** R20: a finisher's score; `score`, `low` and `high` are null when nothing allows an estimate. */
export interface FinisherScore {
  bib: string;
  timeSeconds: number | null;
  score: number | null;
  low: number | null;
  high: number | null;
  status: ScoreStatus;
  basis: "official" | ConstantBasis | null;
}

/**
 * The estimate's settings, chosen by measuring on the 491 real files (`npm run bench:provisional`, the
 * README has the figures). Spreads are of log(constant).
 */
export const PROVISIONAL_MODEL = Object.freeze({
  /** The field is the indexed finishers within this share of the winner's time... */
  fieldTimeMargin: 0.2,
  /** ...and at least this many of them (the fastest indexed ones). */
  fieldMinRunners: 15,
  /** What the field cannot see: a race day better or worse than the indexes say. */
  raceDaySpread: 0.04,
  /** How much a course's constant moves from one edition to the next (weather, small changes). */
  earlierEditionSpread: 0.06,
  /** The range is the estimate +- this many spreads (about 90% if the spreads were normal; measured: more). */
  rangeSpreads: 1.65,
});

/** A published score's tolerance around the edition's median constant: rounding, and a little more. */
const CONSISTENT_POINTS = 1;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function checkFinisher(f: EditionFinisher): void {
  const where = `finisher ${JSON.stringify(f.bib)}`;
  if (f.timeSeconds !== null && !(Number.isFinite(f.timeSeconds) && f.timeSeconds > 0)) {
    throw new RangeError(`${where}: a finish time must be a positive number of seconds, got ${f.timeSeconds}`);
  }
  if (f.officialScore !== null && !(Number.isFinite(f.officialScore) && f.officialScore >= 0)) {
    throw new RangeError(`${where}: a score must be a number of at least 0, got ${f.officialScore}`);
  }
  if (f.categoryIndex !== null && !(Number.isFinite(f.categoryIndex) && f.categoryIndex >= 0)) {
    throw new RangeError(`${where}: an index must be a number of at least 0, got ${f.categoryIndex}`);
  }
}

type Timed = { timeSeconds: number };
const timed = <T extends { timeSeconds: number | null }>(f: T): f is T & Timed => f.timeSeconds !== null;

/**
 * R5: the constant from the published scores. A published score rounds the constant / time, so each
 * bounds the constant; the bounds of the scores that agree with the median are intersected. A score
 * that disagrees (a correction, a file whose times are wrong) stays official but fixes nothing.
 */
export function constantFromOfficialScores(official: readonly { score: number; timeSeconds: number }[]): EditionConstant | null {
  const usable = official.filter((o) => o.score > 0 && o.timeSeconds > 0);
  if (usable.length === 0) return null;
  const mid = median(usable.map((o) => o.score * o.timeSeconds));
  const near = usable.filter((o) => Math.abs(o.score - mid / o.timeSeconds) <= CONSISTENT_POINTS);
  // Two scores far apart leave none near their median: then all of them bound it, loosely.
  const agreeing = near.length > 0 ? near : usable;
  // Real time in [t, t + 1), real score in [s - 0.5, s + 0.5).
  const lows = agreeing.map((o) => (o.score - 0.5) * o.timeSeconds);
  const highs = agreeing.map((o) => (o.score + 0.5) * (o.timeSeconds + 1));
  let low = Math.max(...lows);
  let high = Math.min(...highs);
  // Bounds that cannot all hold (a file's times a second off) widen to their union instead of failing.
  if (low > high) [low, high] = [Math.min(...lows), Math.max(...highs)];
  return { constant: (low + high) / 2, low, high, basis: "official-scores" };
}

/**
 * R20: the constant the field implies, with its spread: the median of index x time over the fastest
 * indexed finishers (top runners run close to their index; the rest of a field less so).
 */
export function constantFromField(finishers: readonly EditionFinisher[]): { constant: number; spread: number; runners: number } | null {
  const withTime = finishers.filter(timed).sort((a, b) => a.timeSeconds - b.timeSeconds);
  const winner = withTime[0];
  if (!winner) return null;
  const limit = winner.timeSeconds * (1 + PROVISIONAL_MODEL.fieldTimeMargin);
  const products: number[] = [];
  for (const f of withTime) {
    if (f.categoryIndex === null || f.categoryIndex <= 0) continue;
    if (f.timeSeconds > limit && products.length >= PROVISIONAL_MODEL.fieldMinRunners) break;
    products.push(f.categoryIndex * f.timeSeconds);
  }
  if (products.length === 0) return null;
  const constant = median(products);
  // Robust spread of one runner (MAD), then of the median of n runners (x 1.25 / sqrt n).
  const perRunner = 1.4826 * median(products.map((p) => Math.abs(Math.log(p / constant))));
  const ofMedian = (1.2533 * perRunner) / Math.sqrt(products.length);
  return { constant, spread: Math.hypot(PROVISIONAL_MODEL.raceDaySpread, ofMedian), runners: products.length };
}

/**
 * R20: the edition's constant: from its published scores when any (R5), else from the field and the
 * course's last edition, combined by their spreads (each weighs 1 / spread^2, in log terms).
 */
export function estimateEditionConstant(
  finishers: readonly EditionFinisher[],
  { lastEditionConstant = null }: { lastEditionConstant?: number | null } = {},
): EditionConstant | null {
  finishers.forEach(checkFinisher);
  if (lastEditionConstant !== null && !(Number.isFinite(lastEditionConstant) && lastEditionConstant > 0)) {
    throw new RangeError(`the last edition's constant must be a positive number, got ${lastEditionConstant}`);
  }
  const official = finishers.filter(timed).flatMap((f) => (f.officialScore === null ? [] : [{ score: f.officialScore, timeSeconds: f.timeSeconds }]));
  const exact = constantFromOfficialScores(official);
  if (exact) return exact;

  const parts: { log: number; spread: number }[] = [];
  const field = constantFromField(finishers);
  if (field) parts.push({ log: Math.log(field.constant), spread: field.spread });
  if (lastEditionConstant !== null) parts.push({ log: Math.log(lastEditionConstant), spread: PROVISIONAL_MODEL.earlierEditionSpread });
  if (parts.length === 0) return null;
  const weights = parts.map((p) => 1 / p.spread ** 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const log = parts.reduce((sum, p, i) => sum + p.log * weights[i]!, 0) / total;
  const half = PROVISIONAL_MODEL.rangeSpreads / Math.sqrt(total);
  const basis: ConstantBasis = field && lastEditionConstant !== null ? "field-and-earlier-edition" : field ? "field" : "earlier-edition";
  return { constant: Math.exp(log), low: Math.exp(log - half), high: Math.exp(log + half), basis };
}

/** R5: the score a constant gives a time, with the range its interval gives (real time in [t, t + 1), t + 0.5 likeliest). */
export function scoreForTime(constant: EditionConstant, timeSeconds: number): { score: number; low: number; high: number } {
  if (!(Number.isFinite(timeSeconds) && timeSeconds > 0)) throw new RangeError(`a finish time must be a positive number of seconds, got ${timeSeconds}`);
  return {
    score: Math.round(constant.constant / (timeSeconds + 0.5)),
    low: Math.round(constant.low / (timeSeconds + 1)),
    high: Math.round(constant.high / timeSeconds),
  };
}

/**
 * R20: each finisher's score for one edition, in the order given: the official score when published,
 * else a provisional one from the edition's constant, with its range.
 */
export function editionScores(
  finishers: readonly EditionFinisher[],
  options: { lastEditionConstant?: number | null } = {},
): FinisherScore[] {
  const constant = estimateEditionConstant(finishers, options);
  return finishers.map((f) => {
    const { bib, timeSeconds } = f;
    if (f.officialScore !== null) {
      return { bib, timeSeconds, score: f.officialScore, low: f.officialScore, high: f.officialScore, status: "official", basis: "official" };
    }
    if (!constant || timeSeconds === null) return { bib, timeSeconds, score: null, low: null, high: null, status: "provisional", basis: null };
    return { bib, timeSeconds, ...scoreForTime(constant, timeSeconds), status: "provisional", basis: constant.basis };
  });
}
