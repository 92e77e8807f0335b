/**
 * R20 at the finish line: a runner whose Finals status was "too close to call" (a provisional score's
 * range straddling the R10 threshold) is told once when it is settled: the official score is published,
 * the results are declared final, or a later push narrows the range wholly above or below the threshold.
 * The import computes each finisher's status here and keeps who is too close; the next import compares.
 */
import { provisionalFinalsStatus, type FinishLineRace, type ProvisionalFinalsStatus } from "./provisional-status";
import { scoreForTime, type EditionConstant } from "./provisional-score";
import type { FinalsEditionConfig, Sex } from "./types";

/** One result of the race as the finish line sees it. */
export interface FinishLineEntry {
  sex: Sex;
  status: "finisher" | "dnf" | "dns" | "dsq";
  /** R9: place by sex among finishers so far. */
  placeBySex: number | null;
  /** The published UTMB Score, when there is one. */
  utmbScore: number | null;
  timeSeconds: number | null;
}

/**
 * R20: the finisher's status for the Finals race of `edition` (lib/domain/provisional-status), with the
 * published score, else constant / time from the edition's constant; null for a non-finisher or a race
 * that leads to no Finals race of that edition.
 */
export function finishLineStatusOf(
  entry: FinishLineEntry,
  constant: EditionConstant | null,
  race: FinishLineRace,
  edition: FinalsEditionConfig,
): ProvisionalFinalsStatus | null {
  if (entry.status !== "finisher") return null;
  const time = entry.timeSeconds !== null && entry.timeSeconds > 0 ? entry.timeSeconds : null;
  const score =
    entry.utmbScore !== null
      ? { score: entry.utmbScore, low: entry.utmbScore, high: entry.utmbScore, status: "official" as const, basis: "official" as const }
      : constant && time !== null
        ? { ...scoreForTime(constant, time), status: "provisional" as const, basis: constant.basis }
        : { score: null, low: null, high: null, status: "provisional" as const, basis: null };
  return provisionalFinalsStatus({ sex: entry.sex, placeBySex: entry.placeBySex, score }, race, edition);
}

/** What a settled "too close to call" turned into. */
export type TooCloseOutcome = "qualified" | "provisionally_qualified" | "not_qualified";

export interface TooCloseStep {
  /** Keep the runner as too close to call for this race and Finals race. */
  tooClose: boolean;
  /** Settled now: tell the runner this outcome (once). */
  resolved: TooCloseOutcome | null;
}

/**
 * R20: from whether the runner was too close to call at the last import and their status now, whether
 * they still are and whether to tell them it is settled. Nothing to tell when the race no longer leads to
 * that Finals race (R11 flag moved, result removed) or when the runner is qualified for it otherwise (they
 * were told that); an estimate that is gone (no score yet) leaves them as they were.
 */
export function tooCloseStep(wasTooClose: boolean, now: ProvisionalFinalsStatus | null, qualifiedOtherwise: boolean): TooCloseStep {
  if (now === null || qualifiedOtherwise) return { tooClose: false, resolved: null };
  switch (now.status) {
    case "too_close_to_call":
      return { tooClose: true, resolved: null };
    case "no_score_yet":
      return { tooClose: wasTooClose, resolved: null };
    case "qualified":
    case "provisionally_qualified":
    case "not_qualified":
      return { tooClose: false, resolved: wasTooClose ? now.status : null };
  }
}
