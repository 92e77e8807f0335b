/**
 * Plain data shapes shared by the rules engine (`lib/domain/`), the data layer and the seed.
 * Dates are ISO calendar dates ("YYYY-MM-DD") so the engine never depends on time zones.
 */

export type Sex = "F" | "M";
export const SEXES = ["F", "M"] as const satisfies readonly Sex[];

/** R3: the four scored race categories, by km-effort band. */
export type RaceCategory = "20K" | "50K" | "100K" | "100M";
export const RACE_CATEGORIES = ["20K", "50K", "100K", "100M"] as const satisfies readonly RaceCategory[];

/** R7: categories that lead to a Finals race. */
export type FinalsCategory = Exclude<RaceCategory, "20K">;
export const FINALS_CATEGORIES = ["50K", "100K", "100M"] as const satisfies readonly FinalsCategory[];

/** R1: one Finals race per category. */
export type FinalsRace = "OCC" | "CCC" | "UTMB";
export const FINALS_RACES = ["OCC", "CCC", "UTMB"] as const satisfies readonly FinalsRace[];

/** R4: event levels. */
export type EventLevel = "event" | "major" | "finals" | "index";
export const EVENT_LEVELS = ["event", "major", "finals", "index"] as const satisfies readonly EventLevel[];

export type ResultStatus = "finisher" | "dnf" | "dns" | "dsq";
export const RESULT_STATUSES = ["finisher", "dnf", "dns", "dsq"] as const satisfies readonly ResultStatus[];

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** R3: lower edges of the km-effort bands (config). Below `k20` a race is not scored. */
export interface CategoryBands {
  k20: number;
  k50: number;
  k100: number;
  m100: number;
}

/** R10 / R16: a threshold per sex and Finals category (config). */
export type ScoreThresholds = Record<Sex, Record<FinalsCategory, number>>;

/** R18 (config): what makes a runner Top Elite for an edition. */
export interface TopEliteThresholds {
  /** A valid General Index at or above this, per sex. */
  generalIndex: Record<Sex, number>;
  /** A valid category index at or above this, per sex and Finals category. */
  categoryIndex: ScoreThresholds;
  /** A place by sex at or above this (top 5) at a Finals race (OCC, CCC, UTMB) of the last Finals. */
  finalsTopPlaces: number;
  /** Last day of the widened period (default: June 30 of the Finals year; it starts with the usual period). */
  periodEnd: IsoDate;
}

/** The config values of one Finals edition (all rules marked *config*). */
export interface FinalsEditionConfig {
  /** R1: the edition is identified by its year. */
  year: number;
  /** R8: first and last day of the qualification period (default: the calendar year before). */
  qualificationStart: IsoDate;
  qualificationEnd: IsoDate;
  /** R10 */
  scoreThresholds: ScoreThresholds;
  /** R16 */
  extensionThresholds: ScoreThresholds;
  /** R16: last day to apply for an extension (default: November 30 of the qualification year). */
  extensionDeadline: IsoDate;
  /** R16: last day of the extended window (default: June 30 of the Finals year). */
  extensionWindowEnd: IsoDate;
  /** R9: podium places per sex at an Event and at a Major. */
  podiumPlaces: { event: number; major: number };
  /** R12: Finals places per Finals race and sex at each Major. */
  majorPlacesPerSex: number;
  /** R3 */
  categoryBands: CategoryBands;
  /** R18 */
  topElite: TopEliteThresholds;
}
