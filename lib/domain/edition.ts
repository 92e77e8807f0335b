/**
 * A Finals edition's configuration (R1, R3, R8, R9, R10, R12, R16): defaults, validation and the
 * calendar questions every other rule asks (is this date in the qualification period?).
 */
import { DEFAULT_CATEGORY_BANDS } from "./km-effort";
import { isIsoDate, parseIsoDate } from "./iso-date";
import type { FinalsEditionConfig, IsoDate, ScoreThresholds } from "./types";
import { FINALS_CATEGORIES, SEXES } from "./types";

/** The Finals take place in late August: from September 1 the next edition is the following year's. */
export const FINALS_SEASON_END = "08-31";

/**
 * The default configuration of a Finals edition, as the rules give it (the elite team edits the copy).
 * R8 qualification period = the calendar year before; R10 / R16 thresholds; R16 deadlines;
 * R9 podium 3 at an Event / 10 at a Major; R12 35 places per sex at a Major; R3 default bands.
 */
export function defaultEditionConfig(year: number): FinalsEditionConfig {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`A Finals edition year must be a 4-digit integer, got ${year}`);
  }
  const q = year - 1;
  return {
    year,
    // R8: races of the calendar year before the Finals qualify.
    qualificationStart: `${q}-01-01`,
    qualificationEnd: `${q}-12-31`,
    // R10: demo defaults; thresholds are config, never literals in the rules.
    scoreThresholds: {
      F: { "50K": 730, "100K": 710, "100M": 680 },
      M: { "50K": 870, "100K": 850, "100M": 820 },
    },
    // R16: who may apply for an extension.
    extensionThresholds: {
      F: { "50K": 680, "100K": 660, "100M": 600 },
      M: { "50K": 830, "100K": 800, "100M": 760 },
    },
    extensionDeadline: `${q}-11-30`,
    extensionWindowEnd: `${year}-06-30`,
    podiumPlaces: { event: 3, major: 10 },
    majorPlacesPerSex: 35,
    // A copy, so editing one edition's bands never touches the shared frozen default.
    categoryBands: { ...DEFAULT_CATEGORY_BANDS },
  };
}

/** R8: true when `date` is within the edition's qualification period (both ends included). */
export function isInQualificationPeriod(date: IsoDate, edition: Pick<FinalsEditionConfig, "qualificationStart" | "qualificationEnd">): boolean {
  return date >= edition.qualificationStart && date <= edition.qualificationEnd;
}

/** R1: the year of the next Finals edition seen from `today` (after August 31 it is next year's). */
export function nextFinalsEdition(today: IsoDate): number {
  const { year } = parseIsoDate(today);
  return today.slice(5) > FINALS_SEASON_END ? year + 1 : year;
}

/** R8: the edition a race of this date qualifies for by default (the calendar year after the race). */
export function defaultEditionForRaceDate(raceDate: IsoDate): number {
  return parseIsoDate(raceDate).year + 1;
}

/**
 * R8: the editions whose qualification period may hold a race date: the next year's by default, and the
 * race's own year when an edition's period was configured to reach into it. Callers keep those for
 * which `isInQualificationPeriod` holds with the edition's stored config.
 */
export function candidateEditionsForRaceDate(raceDate: IsoDate): number[] {
  const next = defaultEditionForRaceDate(raceDate);
  return [next, next - 1];
}

/** R8: the calendar year whose races qualify for an edition (the year before). */
export function qualificationYearOf(edition: number | Pick<FinalsEditionConfig, "year">): number {
  return (typeof edition === "number" ? edition : edition.year) - 1;
}

function thresholdProblems(label: string, thresholds: ScoreThresholds | undefined): string[] {
  if (!thresholds) return [`${label} are missing.`];
  const problems: string[] = [];
  for (const sex of SEXES) {
    for (const category of FINALS_CATEGORIES) {
      const value = thresholds[sex]?.[category];
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        problems.push(`${label} for ${sex === "F" ? "women" : "men"} ${category} must be a positive number.`);
      }
    }
  }
  return problems;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

/**
 * Checks an edition configuration the elite team edited. Returns human-readable problems, empty
 * when the configuration is usable. No zod here so the rules stay dependency-free.
 */
export function validateEditionConfig(cfg: FinalsEditionConfig): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(cfg.year) || cfg.year < 1000 || cfg.year > 9999) {
    problems.push("The edition year must be a 4-digit year.");
  }
  problems.push(...thresholdProblems("Score thresholds", cfg.scoreThresholds));
  problems.push(...thresholdProblems("Extension thresholds", cfg.extensionThresholds));

  const dates = {
    qualificationStart: "The qualification start",
    qualificationEnd: "The qualification end",
    extensionDeadline: "The extension application deadline",
    extensionWindowEnd: "The end of the extension window",
  } as const;
  let datesValid = true;
  for (const [key, label] of Object.entries(dates) as [keyof typeof dates, string][]) {
    if (typeof cfg[key] !== "string" || !isIsoDate(cfg[key])) {
      problems.push(`${label} must be a date written YYYY-MM-DD.`);
      datesValid = false;
    }
  }
  if (datesValid) {
    if (cfg.qualificationStart > cfg.qualificationEnd) {
      problems.push("The qualification period must start before it ends.");
    }
    if (cfg.extensionWindowEnd <= cfg.qualificationEnd) {
      problems.push("The extension window must end after the qualification period.");
    }
    if (cfg.extensionDeadline < cfg.qualificationStart || cfg.extensionDeadline > cfg.qualificationEnd) {
      // R16: applications come in during the qualification year, before registrations open.
      problems.push("The extension application deadline must fall within the qualification period.");
    }
    if (Number.isInteger(cfg.year) && cfg.extensionWindowEnd > `${cfg.year}-${FINALS_SEASON_END}`) {
      problems.push("The extension window must end before the Finals (August 31 of the edition year).");
    }
  }

  if (!isPositiveInteger(cfg.podiumPlaces?.event)) problems.push("Podium places at an Event must be a positive whole number.");
  if (!isPositiveInteger(cfg.podiumPlaces?.major)) problems.push("Podium places at a Major must be a positive whole number.");
  if (!isPositiveInteger(cfg.majorPlacesPerSex)) {
    problems.push("Finals places per sex at a Major must be a positive whole number.");
  } else if (isPositiveInteger(cfg.podiumPlaces?.major) && cfg.majorPlacesPerSex < cfg.podiumPlaces.major) {
    // R12: the top 10 always get a place, so fewer places than the podium cannot be honoured.
    problems.push("Finals places per sex at a Major cannot be fewer than the Major podium places.");
  }

  const b = cfg.categoryBands;
  const edges = b ? [b.k20, b.k50, b.k100, b.m100] : [];
  if (edges.length !== 4 || edges.some((e) => typeof e !== "number" || !Number.isFinite(e) || e <= 0)) {
    problems.push("Category band edges must be positive numbers.");
  } else if (!edges.every((e, i) => i === 0 || e > (edges[i - 1] ?? Infinity))) {
    problems.push("Category band edges must increase: 20K < 50K < 100K < 100M.");
  }
  return problems;
}
