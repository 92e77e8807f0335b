/**
 * R11: one race per Finals category per event qualifies elite runners.
 */
import { isFinalsCategory } from "./km-effort";
import type { RaceCategory } from "./types";

/** One race of an event, as R11 sees it. */
export interface EventRace<Id extends string | number = string | number> {
  raceId: Id;
  category: RaceCategory | null;
  /** R11: the organiser's flag for the one race of a category that qualifies. */
  isFinalsQualifier: boolean;
}

/**
 * R11: the races of one event that qualify elite runners: one per Finals category (50K/100K/100M). A
 * category with a single race qualifies whatever its flag; with two or more, the flagged one does
 * (the first, by id, if the data ever flags several: never two), and none when none is flagged (we do
 * not guess which one the organiser meant). 20K and unscored races are never in the set (R7).
 */
export function finalsQualifierRaces<Id extends string | number>(eventRaces: readonly EventRace<Id>[]): Set<Id> {
  const byCategory = new Map<RaceCategory, EventRace<Id>[]>();
  for (const race of eventRaces) {
    if (!isFinalsCategory(race.category)) continue; // R7
    const list = byCategory.get(race.category);
    if (list) list.push(race);
    else byCategory.set(race.category, [race]);
  }
  const qualifiers = new Set<Id>();
  for (const races of byCategory.values()) {
    const first = races[0];
    if (races.length === 1 && first) {
      qualifiers.add(first.raceId);
      continue;
    }
    const flagged = races.filter((r) => r.isFinalsQualifier).sort((a, b) => (a.raceId < b.raceId ? -1 : a.raceId > b.raceId ? 1 : 0));
    if (flagged[0]) qualifiers.add(flagged[0].raceId); // R11: one race per category
  }
  return qualifiers;
}
