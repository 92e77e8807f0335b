/**
 * The shape of one row of a race's results as the qualification rules (R7-R12) read it.
 */
import type { RankableResult } from "./ranking";

/** A result row of one race: ranking fields plus who ran, the R5 score and the R12 age group. */
export type RaceResult = RankableResult & {
  runnerId: string | number;
  /** R5: `null` when the result is not scored (or only "finisher"). */
  utmbScore: number | null;
  /** R12: e.g. "35-39" (without the sex letter); `null` when unknown. */
  ageGroup: string | null;
};
