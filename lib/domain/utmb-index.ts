/**
 * R6 the UTMB Index: per category and general, from the best scores of the last 36 months.
 * Official weights are not published; ours are the documented constants below (config), shown to
 * the runner by the dashboard (components/dashboard/view-model.ts, indexExplanationLines).
 */
import { addMonths, compareIsoDates } from "./iso-date";
import type { IsoDate, RaceCategory } from "./types";
import { RACE_CATEGORIES } from "./types";

/** R6: the tunable constants of the index. */
export interface IndexWeights {
  /** Weight of the best, 2nd, ... counted score; its length is the most results counted (5). */
  rankWeights: readonly number[];
  /** Results older than `olderThanMonths` have their weight multiplied by `factor` (newer weigh more). */
  recencyDiscount: { olderThanMonths: number; factor: number };
  /**
   * Multiplier on the index when it is computed from k results, at index k - 1: below 1 penalises
   * using few results; the last entry (all results) should be 1.
   */
  fewResultsPenalty: readonly number[];
  /** Only results of the last `windowMonths` count. */
  windowMonths: number;
  /** The index is valid only with a score in the last `validityMonths`. */
  validityMonths: number;
}

/**
 * R6: our index constants.
 * - rankWeights: the best score weighs 1, then 0.8, 0.6, 0.4, 0.2, so the top result dominates but
 *   a consistent runner still beats a one-off.
 * - recencyDiscount: a result over 12 months old weighs 80% of its rank weight. It moves weight
 *   between results, never the scores themselves, so a lone old result still counts in full.
 * - fewResultsPenalty: x0.96 with 1 result, 0.97, 0.98, 0.99, and 1 with 5: at most 4%, "slightly".
 * - The index is the best value over using the best 1..5 results, so a bad race never lowers it.
 * - windowMonths 36, validityMonths 24 as the rule says.
 */
export const INDEX_WEIGHTS: IndexWeights = Object.freeze({
  rankWeights: Object.freeze([1, 0.8, 0.6, 0.4, 0.2]),
  recencyDiscount: Object.freeze({ olderThanMonths: 12, factor: 0.8 }),
  fewResultsPenalty: Object.freeze([0.96, 0.97, 0.98, 0.99, 1]),
  windowMonths: 36,
  validityMonths: 24,
});

/** One published score, as the index sees it. */
export interface IndexScore {
  resultId: string | number;
  category: RaceCategory;
  score: number;
  date: IsoDate;
}

/** An index value and what it is made of. */
export interface IndexValue {
  /** Rounded to an integer. */
  value: number;
  /** R6: true when a counted score is from the last `validityMonths`. */
  valid: boolean;
  /** The results the best value was computed from, best score first. */
  countedResultIds: (string | number)[];
}

/** R6: the General Index and one index per category (`null` without any score in the window). */
export interface UtmbIndex {
  general: IndexValue | null;
  byCategory: Record<RaceCategory, IndexValue | null>;
}

/** Best score first; equal scores: newer first, then by id, so input order never matters. */
function compareScores(a: IndexScore, b: IndexScore): number {
  return b.score - a.score || compareIsoDates(b.date, a.date) || String(a.resultId).localeCompare(String(b.resultId));
}

function indexOf(scores: readonly IndexScore[], asOf: IsoDate, weights: IndexWeights): IndexValue | null {
  if (scores.length === 0) return null;
  const sorted = [...scores].sort(compareScores);
  const discountBefore = addMonths(asOf, -weights.recencyDiscount.olderThanMonths);
  const maxCount = Math.min(weights.rankWeights.length, sorted.length);

  let best = -Infinity;
  let bestCount = 0;
  let weightedSum = 0;
  let weightSum = 0;
  for (let k = 1; k <= maxCount; k++) {
    const s = sorted[k - 1];
    if (!s) break;
    const rankWeight = weights.rankWeights[k - 1] ?? 0;
    // R6: newer results weigh more: results over 12 months old have a discounted weight.
    const weight = rankWeight * (s.date < discountBefore ? weights.recencyDiscount.factor : 1);
    weightedSum += weight * s.score;
    weightSum += weight;
    if (weightSum <= 0) continue;
    // R6: fewer results, slight penalty; keep the best k so a bad race never lowers the index.
    const value = (weightedSum / weightSum) * (weights.fewResultsPenalty[k - 1] ?? 1);
    if (value > best) {
      best = value;
      bestCount = k;
    }
  }
  if (bestCount === 0) return null;
  const validFrom = addMonths(asOf, -weights.validityMonths);
  return {
    value: Math.round(best),
    // R6: valid only with a score in the last 24 months (any score of the window, not only counted ones).
    valid: sorted.some((s) => s.date >= validFrom),
    countedResultIds: sorted.slice(0, bestCount).map((s) => s.resultId),
  };
}

/**
 * R6: the runner's index as of a date. Only scores dated in the last `windowMonths` and not after
 * `asOf` count (a score exactly 36 months old still counts; the day before does not).
 */
export function computeUtmbIndex(scores: readonly IndexScore[], asOf: IsoDate, weights: IndexWeights = INDEX_WEIGHTS): UtmbIndex {
  const windowStart = addMonths(asOf, -weights.windowMonths);
  const inWindow = scores.filter((s) => Number.isFinite(s.score) && s.date >= windowStart && s.date <= asOf);
  const byCategory = {} as Record<RaceCategory, IndexValue | null>;
  for (const category of RACE_CATEGORIES) {
    byCategory[category] = indexOf(inWindow.filter((s) => s.category === category), asOf, weights);
  }
  // R6: the General Index draws on every category at once.
  return { general: indexOf(inWindow, asOf, weights), byCategory };
}

/** Checks edited index constants; returns human-readable problems, empty when usable. */
export function validateIndexWeights(weights: IndexWeights): string[] {
  const problems: string[] = [];
  const w = weights.rankWeights;
  if (w.length === 0 || w.some((x) => !Number.isFinite(x) || x <= 0)) problems.push("Rank weights must be positive numbers.");
  else if (w.some((x, i) => i > 0 && x > (w[i - 1] ?? Infinity))) problems.push("Rank weights must not increase: the best score weighs most.");
  const f = weights.recencyDiscount.factor;
  if (!Number.isFinite(f) || f <= 0 || f > 1) problems.push("The recency factor must be above 0 and at most 1.");
  if (!Number.isInteger(weights.recencyDiscount.olderThanMonths) || weights.recencyDiscount.olderThanMonths <= 0) {
    problems.push("The recency discount age must be a positive whole number of months.");
  }
  const p = weights.fewResultsPenalty;
  if (p.length !== w.length) problems.push("There must be one few-results multiplier per rank weight.");
  if (p.some((x) => !Number.isFinite(x) || x <= 0 || x > 1)) problems.push("Few-results multipliers must be above 0 and at most 1.");
  if (!Number.isInteger(weights.windowMonths) || weights.windowMonths <= 0) problems.push("The window must be a positive whole number of months.");
  if (!Number.isInteger(weights.validityMonths) || weights.validityMonths <= 0 || weights.validityMonths > weights.windowMonths) {
    problems.push("The validity period must be a positive whole number of months, at most the window.");
  }
  return problems;
}
