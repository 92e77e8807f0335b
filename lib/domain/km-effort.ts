/**
 * R2 km-effort and R3 race categories, plus the R1 / R7 link between a category and its Finals race.
 */
import type { CategoryBands, FinalsCategory, FinalsRace, RaceCategory } from "./types";

/** R3: default lower edges of the km-effort bands ([20,50) 20K, [50,100) 50K, [100,170) 100K, 170+ 100M). */
export const DEFAULT_CATEGORY_BANDS: CategoryBands = Object.freeze({ k20: 20, k50: 50, k100: 100, m100: 170 });

/**
 * R2: km-effort = distance (km) + elevation gain (m) / 100. 78 km with 4,000 m of gain is 118.
 * @throws RangeError on a negative or non-finite input: a typo in a race sheet must not produce a category.
 */
export function kmEffort(distanceKm: number, elevationGainM: number): number {
  if (!Number.isFinite(distanceKm) || distanceKm < 0) {
    throw new RangeError(`Distance must be a non-negative number of km, got ${distanceKm}`);
  }
  if (!Number.isFinite(elevationGainM) || elevationGainM < 0) {
    throw new RangeError(`Elevation gain must be a non-negative number of metres, got ${elevationGainM}`);
  }
  return distanceKm + elevationGainM / 100;
}

/**
 * R3: the category of a km-effort value; lower band edges are inclusive. Under `bands.k20`
 * (or a non-finite value) the race is not scored and has no category: `null`.
 */
export function categoryForKmEffort(kmEffortValue: number, bands: CategoryBands = DEFAULT_CATEGORY_BANDS): RaceCategory | null {
  if (!Number.isFinite(kmEffortValue)) return null;
  if (kmEffortValue >= bands.m100) return "100M";
  if (kmEffortValue >= bands.k100) return "100K";
  if (kmEffortValue >= bands.k50) return "50K";
  if (kmEffortValue >= bands.k20) return "20K";
  return null;
}

/** What `raceCategory` needs from a race. */
export interface CategorizableRace {
  distanceKm: number;
  elevationGainM: number;
  /** R3: the organiser's official category, when published. */
  officialCategory?: RaceCategory | null;
}

/** R3: the organiser's official category when given, else the one computed from km-effort. */
export function raceCategory(race: CategorizableRace, bands: CategoryBands = DEFAULT_CATEGORY_BANDS): RaceCategory | null {
  // R3: the official category wins even when the computed km-effort disagrees.
  if (race.officialCategory) return race.officialCategory;
  return categoryForKmEffort(kmEffort(race.distanceKm, race.elevationGainM), bands);
}

/** R1: the Finals race of each Finals category. */
export const FINALS_RACE_BY_CATEGORY: Readonly<Record<FinalsCategory, FinalsRace>> = Object.freeze({
  "50K": "OCC",
  "100K": "CCC",
  "100M": "UTMB",
});

/** R1: the category of each Finals race. */
export const CATEGORY_BY_FINALS_RACE: Readonly<Record<FinalsRace, FinalsCategory>> = Object.freeze({
  OCC: "50K",
  CCC: "100K",
  UTMB: "100M",
});

/** True for the categories that lead to a Finals race (R7: not 20K). */
export function isFinalsCategory(category: RaceCategory | null | undefined): category is FinalsCategory {
  return category === "50K" || category === "100K" || category === "100M";
}

/** R1 / R7: the Finals race a category leads to; a 20K leads to none. */
export function finalsRaceForCategory(category: RaceCategory): FinalsRace | null {
  return isFinalsCategory(category) ? FINALS_RACE_BY_CATEGORY[category] : null;
}

/** R1: the category of a Finals race (OCC 50K, CCC 100K, UTMB 100M). */
export function categoryOfFinalsRace(race: FinalsRace): FinalsCategory {
  return CATEGORY_BY_FINALS_RACE[race];
}
