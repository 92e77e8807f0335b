/**
 * R20 with R9 and R10: a finisher's status for the Finals race of their race's category at the finish
 * line, before the results are final or the score published. Podium places and thresholds come from the
 * edition's configuration. What is provisional here is never stored as a qualification.
 */
import { isInQualificationPeriod } from "./edition";
import { finalsRaceForCategory, isFinalsCategory } from "./km-effort";
import type { FinisherScore } from "./provisional-score";
import type { EventLevel, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "./types";

/** The race as the finish-line status needs it. */
export interface FinishLineRace {
  eventLevel: EventLevel;
  category: RaceCategory | null;
  date: IsoDate;
  /** R11: the event's qualifying race of its category. */
  qualifiesForFinals: boolean;
  /** R20: the organiser declared the results final (places no longer move). */
  resultsFinal: boolean;
}

/** One finisher at the finish line. */
export interface FinishLineResult {
  sex: Sex;
  /** R9: place by sex among finishers so far; null when unranked. */
  placeBySex: number | null;
  /** R20: official or provisional score with its range (lib/domain/provisional-score). */
  score: Pick<FinisherScore, "score" | "low" | "high" | "status" | "basis">;
}

export type FinishLineStatus = "qualified" | "provisionally_qualified" | "too_close_to_call" | "not_qualified" | "no_score_yet";

/** Why, and how firmly: each reason is final or provisional on its own. */
export type FinishLineReason =
  | { kind: "podium"; place: number; podiumPlaces: number; final: boolean }
  | { kind: "score"; score: number; low: number; high: number; threshold: number; final: boolean };

export interface ProvisionalFinalsStatus {
  finalsRace: FinalsRace;
  status: FinishLineStatus;
  /** R10: the threshold of the runner's sex and the race's category in this edition. */
  threshold: number;
  /** The score (official, or provisional with its range); null when nothing allows an estimate yet. */
  score: number | null;
  low: number | null;
  high: number | null;
  reasons: FinishLineReason[];
}

/**
 * R20: the finisher's status for the Finals race of the race's category in `edition`, or null when the
 * race leads to no Finals race of that edition (R7 level and category, R8 period, R11 flag).
 *
 * - Podium (R9): provisional until the results are declared final.
 * - Score (R10): qualified once the official score reaches the threshold, or once the results are final
 *   and the score is exact by R5 (derived from the edition's official scores) with its range at or above
 *   it; provisionally qualified when the whole range is at or above it; too close to call when the range
 *   straddles it; not qualified when the whole range is below; no score yet when nothing allows an estimate.
 */
export function provisionalFinalsStatus(result: FinishLineResult, race: FinishLineRace, edition: FinalsEditionConfig): ProvisionalFinalsStatus | null {
  if (race.eventLevel !== "event" && race.eventLevel !== "major") return null; // R7
  if (!isFinalsCategory(race.category) || !race.qualifiesForFinals) return null; // R7, R11
  if (!isInQualificationPeriod(race.date, edition)) return null; // R8
  const finalsRace = finalsRaceForCategory(race.category)!;
  const threshold = edition.scoreThresholds[result.sex][race.category];
  const podiumPlaces = edition.podiumPlaces[race.eventLevel];
  const { score, low, high } = result.score;
  if (score !== null && (low === null || high === null || low > score || high < score)) {
    throw new RangeError(`a score's range must hold it: ${score} in [${low}, ${high}]`);
  }
  if (result.placeBySex !== null && !(Number.isInteger(result.placeBySex) && result.placeBySex >= 1)) {
    throw new RangeError(`a place by sex must be a whole number from 1, got ${result.placeBySex}`);
  }

  const reasons: FinishLineReason[] = [];
  if (result.placeBySex !== null && result.placeBySex <= podiumPlaces) {
    reasons.push({ kind: "podium", place: result.placeBySex, podiumPlaces, final: race.resultsFinal });
  }
  let byScore: "qualifies" | "straddles" | "below" | "unknown" = "unknown";
  if (score !== null && low !== null && high !== null) {
    byScore = low >= threshold ? "qualifies" : high >= threshold ? "straddles" : "below";
    if (byScore === "qualifies") {
      // R5: a score derived from the edition's official ones is exact to rounding; a field estimate never is.
      const final = result.score.status === "official" || (race.resultsFinal && result.score.basis === "official-scores");
      reasons.push({ kind: "score", score, low, high, threshold, final });
    }
  }

  const status: FinishLineStatus = reasons.some((r) => r.final)
    ? "qualified"
    : reasons.length > 0
      ? "provisionally_qualified"
      : byScore === "straddles"
        ? "too_close_to_call"
        : byScore === "below"
          ? "not_qualified"
          : "no_score_yet"; // nothing to estimate from: the published score may still qualify
  return { finalsRace, status, threshold, score, low, high, reasons };
}

/**
 * R20 on a stored status (R13): a reason that rests on a place (podium, age group) of a race whose results
 * are not final yet is provisional; a score reason is a published score, and a granted request is decided.
 */
export function isProvisionalReason(reason: { kind: string; resultId?: string | number }, notFinalResultIds: ReadonlySet<string | number>): boolean {
  return (reason.kind === "podium" || reason.kind === "age_group") && reason.resultId !== undefined && notFinalResultIds.has(reason.resultId);
}

/** R20: qualified only by reasons that are still provisional (none final yet). */
export function isProvisionallyQualified(
  status: { status: "qualified" | "not_qualified"; reasons: readonly { kind: string; resultId?: string | number }[] },
  notFinalResultIds: ReadonlySet<string | number>,
): boolean {
  return status.status === "qualified" && status.reasons.length > 0 && status.reasons.every((r) => isProvisionalReason(r, notFinalResultIds));
}
