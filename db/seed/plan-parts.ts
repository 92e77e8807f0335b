/** The seed plan's parts: its row types, the random runners, and the helpers that size and place races. */
import { DEMO_STORIES, FIRST_NAMES, LAST_NAMES, NATIONALITY_WEIGHTS, type DemoStory, type StoryResult } from "../seed-data";
import { type SeededRandom } from "@/db/random";
import { ageGroupFor } from "@/lib/domain/age-group";
import { formatIsoDate, parseIsoDate } from "@/lib/domain/iso-date";
import type { EventLevel, IsoDate, RaceCategory, ResultStatus, Sex } from "@/lib/domain/types";
import { RACE_CATEGORIES } from "@/lib/domain/types";

export interface SeedOptions {
  /** Runners in total, story runners included (default 2,000). */
  runners?: number;
  /** Results in total, story results included (default 10,000). */
  results?: number;
  /** "Today" (ISO date, default 2026-11-26): races after it get no results, races of the last 14 days no scores yet. */
  today?: IsoDate;
}

export const DEFAULT_RUNNERS = 2000;
export const DEFAULT_RESULTS = 10000;
export const PRNG_SEED = 0x5eed2027;
export const CHUNK = 1000;
/** Races of the last days before "today" have no published score yet (R5). */
export const UNPUBLISHED_DAYS = 14;
/** Elite runners race a handful of times a season. */
export const MAX_RESULTS_PER_RUNNER_YEAR = 5;
export const MIN_RACE_SIZE = 30;
export const MAX_RACE_SIZE = 250;

// ---------------------------------------------------------------------------------------------------
// Helpers

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

// ---------------------------------------------------------------------------------------------------
// The plan: every row to insert, built in memory from the PRNG

export interface PlanRunner {
  index: number;
  externalId: string;
  name: string;
  sex: Sex;
  birthYear: number;
  nationality: string | null;
  /** The level the runner scores at on a good day (same scale as the UTMB Score). */
  ability: number;
  /** A runner is better over some distances than others. */
  categoryOffset: Record<RaceCategory, number>;
  story: DemoStory | null;
}

export interface PlanResult {
  runner: PlanRunner;
  bib: string;
  status: ResultStatus;
  /** The time the runner would have finished in; DNF rows keep a partial time. */
  fullTime: number;
  timeSeconds: number | null;
  age: number;
  ageGroup: string | null;
  placeOverall: number | null;
  placeBySex: number | null;
  placeInAgeGroup: number | null;
  utmbScore: number | null;
  storyScore: number | null;
}

export interface PlanRace {
  name: string;
  date: IsoDate;
  distanceKm: number;
  elevationGainM: number;
  elevationLossM: number | null;
  officialCategory: RaceCategory | null;
  category: RaceCategory | null;
  isFinalsQualifier: boolean;
  results: PlanResult[];
}

export interface PlanEvent {
  name: string;
  country: string;
  level: EventLevel;
  year: number;
  date: IsoDate;
  races: PlanRace[];
}

export interface SeedPlan {
  runners: PlanRunner[];
  events: PlanEvent[];
}

export function makeRunners(rng: SeededRandom, count: number): PlanRunner[] {
  const storyIds = new Set(DEMO_STORIES.map((s) => s.externalId));
  const runners: PlanRunner[] = [];
  const offsets = (): Record<RaceCategory, number> =>
    Object.fromEntries(RACE_CATEGORIES.map((c) => [c, rng.normal(0, 22)])) as Record<RaceCategory, number>;
  for (const story of DEMO_STORIES) {
    runners.push({
      index: runners.length,
      externalId: story.externalId,
      name: story.name,
      sex: story.sex,
      birthYear: story.birthYear,
      nationality: story.nationality,
      ability: 0,
      categoryOffset: offsets(),
      story,
    });
  }
  let externalId = 2_000_000;
  while (runners.length < count) {
    const [country, , group] = rng.weighted(NATIONALITY_WEIGHTS, ([, weight]) => weight);
    const sex: Sex = rng.chance(0.25) ? "F" : "M";
    const name = `${rng.pick(FIRST_NAMES[group][sex])} ${rng.pick(LAST_NAMES[group])}`;
    // Triangular 1960-2004: most trail runners are in their thirties and forties.
    const birthYear = 1960 + Math.floor(((rng.float() + rng.float()) / 2) * 45);
    const elite = rng.chance(0.025);
    let ability =
      sex === "M"
        ? elite
          ? rng.between(780, 915)
          : clamp(rng.normal(550, 100), 300, 820)
        : elite
          ? rng.between(640, 765)
          : clamp(rng.normal(460, 90), 260, 700);
    ability -= Math.max(0, 2025 - birthYear - 42) * 2.5;
    do externalId += rng.int(1, 1500);
    while (storyIds.has(String(externalId)));
    runners.push({
      index: runners.length,
      externalId: String(externalId),
      name,
      sex,
      birthYear,
      // A few result files give no nationality.
      nationality: rng.chance(0.02) ? null : country,
      ability,
      categoryOffset: offsets(),
      story: null,
    });
  }
  return runners;
}

export interface StoryPlacement {
  story: DemoStory;
  runner: PlanRunner;
  result: StoryResult;
}

export function raceKey(event: string, year: number, race: string): string {
  return `${event}|${year}|${race}`;
}

/** A group of generated runners that must have exactly `faster` finishers ahead of the story runner. */
export interface Partition {
  test: (runner: PlanRunner, age: number) => boolean;
  faster: number;
  /** Runners of the group to draw into the race at least. */
  minimum: number;
  /** Every member finishes (R12 shares depend on finisher counts). */
  allFinish: boolean;
}

export function partitionsFor(placement: StoryPlacement, year: number): Partition[] {
  const { runner, result } = placement;
  const sameSex = (r: PlanRunner) => r.sex === runner.sex;
  if (result.placeInAgeGroup === undefined) {
    return [{ test: sameSex, faster: result.placeBySex - 1, minimum: result.placeBySex + 2, allFinish: false }];
  }
  const group = ageGroupFor(year - runner.birthYear);
  const inGroup = result.placeInAgeGroup - 1;
  const outside = result.placeBySex - result.placeInAgeGroup;
  return [
    // R12: a well-filled age group, so its share of the 35 places is several places.
    { test: (r, age) => sameSex(r) && ageGroupFor(age) === group, faster: inGroup, minimum: Math.max(inGroup + 8, 12), allFinish: true },
    { test: (r, age) => sameSex(r) && ageGroupFor(age) !== group, faster: outside, minimum: outside + 3, allFinish: false },
  ];
}

/** Weighted sampling without replacement (Efraimidis-Spirakis keys). */
export function weightedSample(rng: SeededRandom, candidates: PlanRunner[], count: number, weight: (r: PlanRunner) => number): PlanRunner[] {
  if (count <= 0) return [];
  const keyed = candidates.map((r) => ({ r, key: Math.log(1 - rng.float()) / weight(r) }));
  keyed.sort((a, b) => b.key - a.key || a.r.index - b.r.index);
  return keyed.slice(0, count).map((k) => k.r);
}

export const SELECTION_TEMPERATURE: Record<EventLevel, number> = { finals: 45, major: 100, event: 320, index: 500 };

/** Splits `total` results over races by weight, within [min, max] and above each race's own minimum. */
export function raceSizes(weights: number[], minimums: number[], total: number, maxSize: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const average = total / weights.length;
  const floor = average >= 2 * MIN_RACE_SIZE ? MIN_RACE_SIZE : Math.max(2, Math.floor(average / 3));
  const sizes = weights.map((w, i) => clamp(Math.round((w / sum) * total), Math.max(floor, minimums[i] ?? 0), maxSize));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  // Walk the races by weight, adding or removing one result at a time until the total is exact.
  const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  let guard = 0;
  while (diff !== 0 && guard++ < 1000) {
    let moved = false;
    for (const { i } of order) {
      if (diff === 0) break;
      const size = sizes[i] ?? 0;
      if (diff > 0 && size < maxSize) {
        sizes[i] = size + 1;
        diff--;
        moved = true;
      } else if (diff < 0 && size > Math.max(floor, minimums[i] ?? 0)) {
        sizes[i] = size - 1;
        diff++;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return sizes;
}

/** Competition ranking (1, 2, 2, 4) of rows already sorted by time. */
export function assignPlaces(sorted: PlanResult[], set: (r: PlanResult, place: number) => void): void {
  let place = 0;
  let previous: number | null = null;
  sorted.forEach((r, i) => {
    if (r.timeSeconds !== previous) place = i + 1;
    previous = r.timeSeconds;
    set(r, place);
  });
}

