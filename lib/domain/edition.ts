/**
 * A Finals edition's configuration (R1, R3, R8, R9, R10, R12, R16): defaults and the
 * calendar questions every other rule asks (is this date in the qualification period?).
 */
import { DEFAULT_CATEGORY_BANDS } from "./km-effort";
import { parseIsoDate } from "./iso-date";
import type { FinalsEditionConfig, IsoDate, TopEliteThresholds } from "./types";

/** R9 (config): podium places per sex at an Event and at a Major, unless an edition says otherwise. */
export const DEFAULT_PODIUM_PLACES: Readonly<FinalsEditionConfig["podiumPlaces"]> = Object.freeze({ event: 3, major: 10 });

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
    podiumPlaces: { ...DEFAULT_PODIUM_PLACES },
    majorPlacesPerSex: 35,
    // A copy, so editing one edition's bands never touches the shared frozen default.
    categoryBands: { ...DEFAULT_CATEGORY_BANDS },
    topElite: defaultTopEliteConfig(year),
  };
}

/** R18: the published Top Elite thresholds (from 2026), as an edition's default configuration. */
export function defaultTopEliteConfig(year: number): TopEliteThresholds {
  return {
    generalIndex: { F: 765, M: 900 },
    categoryIndex: {
      F: { "50K": 760, "100K": 750, "100M": 730 },
      M: { "50K": 900, "100K": 880, "100M": 875 },
    },
    finalsTopPlaces: 5,
    // R18: January of the year before (the usual start) to June of the Finals year.
    periodEnd: `${year}-06-30`,
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

