/**
 * The deterministic demo seed: editions, quotas, ~2,000 runners, three seasons of events and ~10,000
 * results, the hand-made story runners of `seed-data.ts` and the demo accounts. A seeded PRNG drives
 * every choice, so the same options always give the same rows. Qualifications are then computed by
 * the rules engine (`recomputeQualifications`), never written by hand.
 */
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "./client";
import * as schema from "./schema";
import {
  DEMO_ACCOUNTS,
  DEMO_STORIES,
  EVENT_TEMPLATES,
  FIRST_NAMES,
  FORCED_TIE,
  LAST_NAMES,
  NATIONALITY_WEIGHTS,
  SEED_EDITIONS,
  type DemoStory,
  type EventTemplate,
  type StoryResult,
} from "./seed-data";
import { hashPassword } from "@/lib/auth/password";
import { SeededRandom } from "@/db/random";
import { recomputeQualifications } from "@/lib/data/recompute";
import { ageGroupFor } from "@/lib/domain/age-group";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { formatIsoDate, parseIsoDate } from "@/lib/domain/iso-date";
import { finalsRaceForCategory, kmEffort, raceCategory } from "@/lib/domain/km-effort";
import type { EventLevel, FinalsRace, IsoDate, RaceCategory, ResultStatus, Sex } from "@/lib/domain/types";
import { FINALS_RACES, RACE_CATEGORIES, SEXES } from "@/lib/domain/types";

export { DEMO_ACCOUNTS, DEMO_STORIES } from "./seed-data";
export type { DemoAccount, DemoStory, StoryKey } from "./seed-data";

export interface SeedOptions {
  /** Runners in total, story runners included (default 2,000). */
  runners?: number;
  /** Results in total, story results included (default 10,000). */
  results?: number;
  /** "Today" (ISO date, default 2026-11-26): races after it get no results, races of the last 14 days no scores yet. */
  today?: IsoDate;
}

export interface SeedSummary {
  runners: number;
  events: number;
  races: number;
  results: number;
  users: number;
  registrations: number;
  /** Rows written by `recomputeQualifications`. */
  qualifications: number;
  seconds: number;
}

export const DEFAULT_SEED_TODAY = "2026-11-26";
const DEFAULT_RUNNERS = 2000;
const DEFAULT_RESULTS = 10000;
const PRNG_SEED = 0x5eed2027;
const CHUNK = 1000;
/** Races of the last days before "today" have no published score yet (R5). */
const UNPUBLISHED_DAYS = 14;
/** Elite runners race a handful of times a season. */
const MAX_RESULTS_PER_RUNNER_YEAR = 5;
const MIN_RACE_SIZE = 30;
const MAX_RACE_SIZE = 250;

// ---------------------------------------------------------------------------------------------------
// Helpers

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

// ---------------------------------------------------------------------------------------------------
// The plan: every row to insert, built in memory from the PRNG

interface PlanRunner {
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

interface PlanResult {
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

interface PlanRace {
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

interface PlanEvent {
  name: string;
  country: string;
  level: EventLevel;
  year: number;
  date: IsoDate;
  races: PlanRace[];
}

interface SeedPlan {
  runners: PlanRunner[];
  events: PlanEvent[];
}

function makeRunners(rng: SeededRandom, count: number): PlanRunner[] {
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

interface StoryPlacement {
  story: DemoStory;
  runner: PlanRunner;
  result: StoryResult;
}

function raceKey(event: string, year: number, race: string): string {
  return `${event}|${year}|${race}`;
}

/** A group of generated runners that must have exactly `faster` finishers ahead of the story runner. */
interface Partition {
  test: (runner: PlanRunner, age: number) => boolean;
  faster: number;
  /** Runners of the group to draw into the race at least. */
  minimum: number;
  /** Every member finishes (R12 shares depend on finisher counts). */
  allFinish: boolean;
}

function partitionsFor(placement: StoryPlacement, year: number): Partition[] {
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
function weightedSample(rng: SeededRandom, candidates: PlanRunner[], count: number, weight: (r: PlanRunner) => number): PlanRunner[] {
  if (count <= 0) return [];
  const keyed = candidates.map((r) => ({ r, key: Math.log(1 - rng.float()) / weight(r) }));
  keyed.sort((a, b) => b.key - a.key || a.r.index - b.r.index);
  return keyed.slice(0, count).map((k) => k.r);
}

const SELECTION_TEMPERATURE: Record<EventLevel, number> = { finals: 45, major: 100, event: 320, index: 500 };

/** Splits `total` results over races by weight, within [min, max] and above each race's own minimum. */
function raceSizes(weights: number[], minimums: number[], total: number, maxSize: number): number[] {
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
function assignPlaces(sorted: PlanResult[], set: (r: PlanResult, place: number) => void): void {
  let place = 0;
  let previous: number | null = null;
  sorted.forEach((r, i) => {
    if (r.timeSeconds !== previous) place = i + 1;
    previous = r.timeSeconds;
    set(r, place);
  });
}

function buildPlan(options: Required<SeedOptions>): SeedPlan {
  const rng = new SeededRandom(PRNG_SEED);
  const runners = makeRunners(rng, options.runners);
  const generated = runners.filter((r) => r.story === null);

  const placements = new Map<string, StoryPlacement[]>();
  let storyResultCount = 0;
  for (const story of DEMO_STORIES) {
    const runner = runners.find((r) => r.story === story);
    if (!runner) throw new Error(`story runner ${story.key} missing`);
    for (const result of story.results) {
      const key = raceKey(result.event, result.year, result.race);
      placements.set(key, [...(placements.get(key) ?? []), { story, runner, result }]);
      storyResultCount++;
    }
  }

  // Events and races, in calendar order so the per-season caps apply in time order.
  const events: PlanEvent[] = [];
  for (const template of EVENT_TEMPLATES) {
    for (const year of template.years) {
      const date = `${year}-${template.monthDay}`;
      events.push({
        name: template.name,
        country: template.country,
        level: template.level,
        year,
        date,
        races: template.races.map((r) => {
          const officialCategory = r.officialCategory ?? null;
          return {
            name: r.name,
            date: addDays(date, r.dayOffset ?? 0),
            distanceKm: r.distanceKm,
            elevationGainM: r.elevationGainM,
            elevationLossM: r.elevationLossM ?? r.elevationGainM,
            officialCategory,
            // R3: the engine derives the category (official when given, else km-effort).
            category: raceCategory({ distanceKm: r.distanceKm, elevationGainM: r.elevationGainM, officialCategory }),
            isFinalsQualifier: r.isFinalsQualifier ?? true,
            results: [],
          };
        }),
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.name < b.name ? -1 : 1));
  const templateByName = new Map<string, EventTemplate>(EVENT_TEMPLATES.map((t) => [t.name, t]));

  const allRaces = events.flatMap((e) => e.races.map((race) => ({ event: e, race })));
  const weights = allRaces.map(({ event, race }) => {
    if (race.date > options.today) return 0;
    return (templateByName.get(event.name)?.size ?? 1) * rng.between(0.6, 1.4);
  });
  const minimums = allRaces.map(({ event, race }) => {
    const list = placements.get(raceKey(event.name, event.year, race.name)) ?? [];
    const isForcedTie = event.name === FORCED_TIE.event && event.year === FORCED_TIE.year && race.name === FORCED_TIE.race;
    // The forced tie needs a field with at least four women, whatever the dataset's size.
    const forcedTieMinimum = isForcedTie ? 30 : 0;
    return Math.max(forcedTieMinimum, list.reduce((sum, p) => sum + partitionsFor(p, event.year).reduce((s, part) => s + part.minimum, 0) + 5, 0));
  });
  const target = Math.max(0, options.results - storyResultCount);
  const playable = allRaces.map(({ race }) => race.date <= options.today);
  const maxSize = Math.min(MAX_RACE_SIZE, Math.floor(generated.length * 0.8));
  const sizes = raceSizes(
    weights.filter((_, i) => playable[i]),
    minimums.filter((_, i) => playable[i]),
    target,
    maxSize,
  );
  const sizeOf = new Map<PlanRace, number>();
  let s = 0;
  allRaces.forEach(({ race }, i) => sizeOf.set(race, playable[i] ? (sizes[s++] ?? 0) : 0));

  const perSeason = new Map<string, number>();
  const seasonCount = (r: PlanRunner, year: number) => perSeason.get(`${r.index}|${year}`) ?? 0;
  for (const event of events) {
    const used = new Set<PlanRunner>();
    // Story races first, so their required runners are still free in this event.
    const hasStory = (race: PlanRace) => placements.has(raceKey(event.name, event.year, race.name));
    const order = [...event.races.filter(hasStory), ...rng.shuffle(event.races.filter((r) => !hasStory(r)))];
    for (const race of order) {
      const size = sizeOf.get(race) ?? 0;
      const stories = placements.get(raceKey(event.name, event.year, race.name)) ?? [];
      if (size === 0 && stories.length === 0) continue;
      // The Finals are every elite's goal: they never count against the season cap.
      const free = generated.filter(
        (r) => !used.has(r) && (event.level === "finals" || seasonCount(r, event.year) < MAX_RESULTS_PER_RUNNER_YEAR),
      );
      const chosen = new Set<PlanRunner>();
      for (const placement of stories) {
        for (const part of partitionsFor(placement, event.year)) {
          const candidates = rng.shuffle(free.filter((r) => !chosen.has(r) && part.test(r, event.year - r.birthYear)));
          if (candidates.length < part.minimum) {
            throw new Error(`Seed: not enough runners for story "${placement.story.key}" in ${race.name} ${event.year}; seed more runners.`);
          }
          for (const r of candidates.slice(0, part.minimum)) chosen.add(r);
        }
      }
      const temperature = SELECTION_TEMPERATURE[event.level];
      const rest = weightedSample(
        rng,
        free.filter((r) => !chosen.has(r)),
        size - chosen.size,
        // Better runners go to bigger races, and everyone prefers their best distance.
        (r) => Math.exp((r.ability + (r.sex === "F" ? 110 : 0) - 600) / temperature + r.categoryOffset[race.category ?? "20K"] / 12),
      );
      const field = [...chosen, ...rest];
      for (const r of field) {
        used.add(r);
        perSeason.set(`${r.index}|${event.year}`, seasonCount(r, event.year) + 1);
      }
      const isForcedTie = event.name === FORCED_TIE.event && event.year === FORCED_TIE.year && race.name === FORCED_TIE.race;
      const scored = race.date <= addDays(options.today, -UNPUBLISHED_DAYS) && !(stories.length === 0 && rng.chance(0.03));
      race.results = raceResults(rng, event, race, field, stories, { scored, forcedTie: isForcedTie });
    }
  }
  return { runners, events };
}

/** Generates, places the stories in, ranks and scores one race's results. */
function raceResults(
  rng: SeededRandom,
  event: PlanEvent,
  race: PlanRace,
  field: PlanRunner[],
  stories: StoryPlacement[],
  flags: { scored: boolean; forcedTie: boolean },
): PlanResult[] {
  const effort = kmEffort(race.distanceKm, race.elevationGainM);
  // Time for a score of 1000: longer races are run at a slower pace per km-effort.
  const referencePace = (2.0 + 0.0075 * effort) * rng.between(0.93, 1.08);
  const referenceSeconds = effort * referencePace * 60;
  const category = race.category ?? "20K";
  const timeForScore = (score: number) => Math.round((referenceSeconds * 1000) / score);

  const rows: PlanResult[] = field.map((runner) => {
    const raw = runner.ability + runner.categoryOffset[category] + rng.normal(0, 22);
    // Soft ceiling: the best performances bunch up below ~940 instead of hitting a wall.
    const performance = raw > 870 ? 870 + 70 * Math.tanh((raw - 870) / 70) : Math.max(250, raw);
    const fullTime = timeForScore(performance);
    const roll = rng.float();
    const status: ResultStatus = roll < 0.88 ? "finisher" : roll < 0.96 ? "dnf" : roll < 0.99 ? "dns" : "dsq";
    const age = event.year - runner.birthYear;
    return {
      runner,
      bib: "",
      status,
      fullTime,
      timeSeconds: status === "finisher" ? fullTime : status === "dnf" ? Math.round(fullTime * rng.between(0.25, 0.9)) : null,
      age,
      ageGroup: ageGroupFor(age),
      placeOverall: null,
      placeBySex: null,
      placeInAgeGroup: null,
      utmbScore: null,
      storyScore: null,
    };
  });

  const finishersByTime = () => rows.filter((r) => r.status === "finisher").sort((a, b) => (a.timeSeconds ?? 0) - (b.timeSeconds ?? 0));
  if (flags.forcedTie) {
    // R9: two women share 3rd place (both qualify by podium), or any two finishers when too few women.
    const women = finishersByTime().filter((r) => r.runner.sex === "F");
    const list = women.length >= 4 ? women : finishersByTime();
    const [a, b] = [list[Math.min(2, list.length - 2)], list[Math.min(3, list.length - 1)]];
    if (a && b && a !== b) b.timeSeconds = a.timeSeconds;
  } else if (stories.length === 0 && rng.chance(0.25)) {
    // Runners crossing the line together share a place.
    const finishers = finishersByTime();
    if (finishers.length > 5) {
      const i = rng.int(4, finishers.length - 1);
      const [prev, row] = [finishers[i - 1], finishers[i]];
      if (prev && row) row.timeSeconds = prev.timeSeconds;
    }
  }

  for (const { runner, result } of stories) {
    const storyTime = timeForScore(result.score);
    for (const part of partitionsFor({ story: runner.story as DemoStory, runner, result }, event.year)) {
      const members = rows.filter((r) => part.test(r.runner, r.age)).sort((a, b) => a.fullTime - b.fullTime || a.runner.index - b.runner.index);
      members.forEach((r, i) => {
        if (i < part.faster) {
          // Exactly `faster` of the group finish ahead of the story runner.
          r.status = "finisher";
          r.timeSeconds = r.fullTime < storyTime * 0.995 ? r.fullTime : Math.round(storyTime * rng.between(0.94, 0.995));
          return;
        }
        if (part.allFinish) r.status = "finisher";
        if (r.status === "finisher") {
          r.timeSeconds = r.fullTime > storyTime * 1.01 ? r.fullTime : Math.round(storyTime * rng.between(1.01, 1.25));
        }
      });
    }
    const age = event.year - runner.birthYear;
    rows.push({
      runner,
      bib: "",
      status: "finisher",
      fullTime: storyTime,
      timeSeconds: storyTime,
      age,
      ageGroup: ageGroupFor(age),
      placeOverall: null,
      placeBySex: null,
      placeInAgeGroup: null,
      utmbScore: null,
      storyScore: result.score,
    });
  }

  // Bibs: elites get the low numbers; each race of an event has its own thousand.
  const raceIndex = event.races.indexOf(race);
  const byRating = rows
    .map((r) => ({ r, rating: (r.storyScore ?? r.runner.ability) + (r.runner.sex === "F" ? 110 : 0) + rng.normal(0, 60) }))
    .sort((a, b) => b.rating - a.rating || a.r.runner.index - b.r.runner.index);
  byRating.forEach(({ r }, i) => (r.bib = String(raceIndex * 1000 + 1 + i)));

  // Places: finishers by time (ties share), then DNFs after every finisher, furthest first.
  const finishers = rows.filter((r) => r.status === "finisher").sort((a, b) => (a.timeSeconds ?? 0) - (b.timeSeconds ?? 0) || a.bib.localeCompare(b.bib));
  assignPlaces(finishers, (r, p) => (r.placeOverall = p));
  for (const sex of SEXES) assignPlaces(finishers.filter((r) => r.runner.sex === sex), (r, p) => (r.placeBySex = p));
  const groups = new Map<string, PlanResult[]>();
  for (const r of finishers) {
    if (r.ageGroup === null) continue;
    const key = `${r.runner.sex}|${r.ageGroup}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) assignPlaces(group, (r, p) => (r.placeInAgeGroup = p));
  const dnfs = rows.filter((r) => r.status === "dnf").sort((a, b) => (b.timeSeconds ?? 0) - (a.timeSeconds ?? 0) || a.bib.localeCompare(b.bib));
  dnfs.forEach((r, i) => (r.placeOverall = finishers.length + i + 1));
  for (const sex of SEXES) {
    const offset = finishers.filter((r) => r.runner.sex === sex).length;
    dnfs.filter((r) => r.runner.sex === sex).forEach((r, i) => (r.placeBySex = offset + i + 1));
  }

  // R5: a score measures speed on the course; only finishers of a published race have one.
  if (flags.scored) {
    for (const r of finishers) r.utmbScore = r.storyScore ?? clamp(Math.round((referenceSeconds * 1000) / (r.timeSeconds ?? 1)), 1, 999);
  }
  return finishers.concat(rows.filter((r) => r.status !== "finisher").sort((a, b) => a.bib.localeCompare(b.bib)));
}

// ---------------------------------------------------------------------------------------------------
// Writing

async function insertChunks<T extends PgTable>(tx: Tx, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + CHUNK));
  }
}

const QUOTA_BIBS = 40;
/** Category-change bibs already used (R14): the 2026 Finals are past, a few were used. */
const QUOTA_USED: Record<number, Record<FinalsRace, Record<Sex, number>>> = {
  2025: { OCC: { F: 14, M: 18 }, CCC: { F: 11, M: 20 }, UTMB: { F: 9, M: 16 } },
  2026: { OCC: { F: 3, M: 5 }, CCC: { F: 2, M: 4 }, UTMB: { F: 1, M: 6 } },
};

/**
 * Inserts the demo data into an empty database in one transaction, then computes the qualifications
 * with the rules engine. Deterministic: the same options give the same runners, races and results.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const resolved: Required<SeedOptions> = {
    runners: options.runners ?? DEFAULT_RUNNERS,
    results: options.results ?? DEFAULT_RESULTS,
    today: options.today ?? DEFAULT_SEED_TODAY,
  };
  parseIsoDate(resolved.today);
  if (!Number.isInteger(resolved.runners) || resolved.runners < DEMO_STORIES.length + 100) {
    throw new RangeError(`Seed: at least ${DEMO_STORIES.length + 100} runners are needed, got ${resolved.runners}`);
  }
  const plan = buildPlan(resolved);
  // Argon2 is slow on purpose: hash each demo password once, before the transaction.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  const registrations = plannedRegistrations(plan, resolved.today);
  const resultCount = plan.events.reduce((sum, e) => sum + e.races.reduce((s, r) => s + r.results.length, 0), 0);

  await db.transaction(async (tx) => {
    const userRows = await tx
      .insert(schema.users)
      .values(DEMO_ACCOUNTS.map((a, i) => ({ email: a.email, name: a.name, role: a.role, passwordHash: hashes[i] ?? null })))
      .returning({ id: schema.users.id, email: schema.users.email });
    const userByStory = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = userRows.find((u) => u.email === account.email);
      if (account.runnerStory && user) userByStory.set(account.runnerStory, user.id);
    }

    for (const year of SEED_EDITIONS) {
      const cfg = defaultEditionConfig(year);
      await tx.insert(schema.finalsEditions).values({
        year,
        qualificationStart: cfg.qualificationStart,
        qualificationEnd: cfg.qualificationEnd,
        scoreThresholds: cfg.scoreThresholds,
        extensionThresholds: cfg.extensionThresholds,
        extensionDeadline: cfg.extensionDeadline,
        extensionWindowEnd: cfg.extensionWindowEnd,
        podiumPlacesEvent: cfg.podiumPlaces.event,
        podiumPlacesMajor: cfg.podiumPlaces.major,
        majorPlacesPerSex: cfg.majorPlacesPerSex,
        categoryBands: cfg.categoryBands,
        topElite: cfg.topElite,
      });
      await tx.insert(schema.finalsQuotas).values(
        FINALS_RACES.flatMap((finalsRace) =>
          SEXES.map((sex) => ({ editionYear: year, finalsRace, sex, bibs: QUOTA_BIBS, bibsUsed: QUOTA_USED[year]?.[finalsRace][sex] ?? 0 })),
        ),
      );
    }

    const runnerId = new Map<string, number>();
    for (let i = 0; i < plan.runners.length; i += CHUNK) {
      const inserted = await tx
        .insert(schema.runners)
        .values(
          plan.runners.slice(i, i + CHUNK).map((r) => ({
            externalId: r.externalId,
            name: r.name,
            sex: r.sex,
            birthYear: r.birthYear,
            nationality: r.nationality,
            userId: r.story ? (userByStory.get(r.story.key) ?? null) : null,
          })),
        )
        .returning({ id: schema.runners.id, externalId: schema.runners.externalId });
      for (const row of inserted) if (row.externalId) runnerId.set(row.externalId, row.id);
    }

    const eventRows = await tx
      .insert(schema.events)
      .values(plan.events.map((e) => ({ name: e.name, country: e.country, level: e.level, year: e.year })))
      .returning({ id: schema.events.id, name: schema.events.name, year: schema.events.year });
    const eventId = new Map(eventRows.map((e) => [`${e.name}|${e.year}`, e.id]));
    const raceRows = await tx
      .insert(schema.races)
      .values(
        plan.events.flatMap((e) =>
          e.races.map((r) => ({
            eventId: eventId.get(`${e.name}|${e.year}`) ?? 0,
            name: r.name,
            date: r.date,
            distanceKm: r.distanceKm,
            elevationGainM: r.elevationGainM,
            elevationLossM: r.elevationLossM,
            officialCategory: r.officialCategory,
            category: r.category,
            isFinalsQualifier: r.isFinalsQualifier,
          })),
        ),
      )
      .returning({ id: schema.races.id, eventId: schema.races.eventId, name: schema.races.name });
    const raceId = new Map(raceRows.map((r) => [`${r.eventId}|${r.name}`, r.id]));

    const resultRows: (typeof schema.results.$inferInsert)[] = [];
    for (const e of plan.events) {
      for (const race of e.races) {
        const id = raceId.get(`${eventId.get(`${e.name}|${e.year}`)}|${race.name}`) ?? 0;
        for (const r of race.results) {
          resultRows.push({
            raceId: id,
            runnerId: runnerId.get(r.runner.externalId) ?? 0,
            bib: r.bib,
            timeSeconds: r.timeSeconds,
            status: r.status,
            placeOverall: r.placeOverall,
            placeBySex: r.placeBySex,
            finisherPlaceBySex: r.status === "finisher" ? r.placeBySex : null,
            ageGroup: r.ageGroup,
            placeInAgeGroup: r.placeInAgeGroup,
            age: r.age,
            utmbScore: r.utmbScore,
          });
        }
      }
    }
    await insertChunks(tx, schema.results, resultRows);

    await insertChunks(
      tx,
      schema.finalsRegistrations,
      registrations.map((r) => ({
        runnerId: runnerId.get(r.externalId) ?? 0,
        editionYear: r.editionYear,
        finalsRace: r.finalsRace,
        status: r.status,
        registeredAt: new Date(r.registeredAt),
        cancelledAt: r.cancelledAt ? new Date(r.cancelledAt) : null,
      })),
    );
  });

  // R7-R12: qualifications come from the rules engine, like after a results import.
  const recompute = await recomputeQualifications(db, "all");

  return {
    runners: plan.runners.length,
    events: plan.events.length,
    races: plan.events.reduce((sum, e) => sum + e.races.length, 0),
    results: resultCount,
    users: DEMO_ACCOUNTS.length,
    registrations: registrations.length,
    qualifications: recompute.qualifications,
    seconds: (performance.now() - started) / 1000,
  };
}

interface PlannedRegistration {
  externalId: string;
  editionYear: number;
  finalsRace: FinalsRace;
  status: "registered" | "cancelled";
  registeredAt: string;
  cancelledAt: string | null;
}

/** The stories' registrations plus a few winners of last season's Events registered for next year's Finals. */
function plannedRegistrations(plan: SeedPlan, today: IsoDate): PlannedRegistration[] {
  const out: PlannedRegistration[] = [];
  const editionYear = Math.max(...SEED_EDITIONS);
  const at = (daysBefore: number) => `${addDays(today, -daysBefore)}T09:30:00Z`;
  for (const story of DEMO_STORIES) {
    if (!story.registration) continue;
    out.push({
      externalId: story.externalId,
      ...story.registration,
      registeredAt: at(20),
      cancelledAt: story.registration.status === "cancelled" ? at(5) : null,
    });
  }
  const winners: { externalId: string; finalsRace: FinalsRace }[] = [];
  const seen = new Set<string>();
  for (const event of plan.events) {
    if (event.level !== "event" || event.year !== editionYear - 1) continue;
    for (const race of event.races) {
      const finalsRace = race.category ? finalsRaceForCategory(race.category) : null;
      if (!finalsRace || !race.isFinalsQualifier) continue;
      for (const r of race.results) {
        if (r.placeBySex !== 1 || r.status !== "finisher" || r.runner.story || seen.has(r.runner.externalId)) continue;
        seen.add(r.runner.externalId);
        winners.push({ externalId: r.runner.externalId, finalsRace });
      }
    }
  }
  winners.slice(0, 6).forEach((w, i) => {
    const cancelled = i === 5;
    out.push({
      ...w,
      editionYear,
      status: cancelled ? "cancelled" : "registered",
      registeredAt: at(40 - i),
      cancelledAt: cancelled ? at(3) : null,
    });
  });
  return out;
}

/** True when the database holds no runners and no Finals editions (a fresh install). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [runner] = await db.select({ id: schema.runners.id }).from(schema.runners).limit(1);
  const [edition] = await db.select({ year: schema.finalsEditions.year }).from(schema.finalsEditions).limit(1);
  return !runner && !edition;
}

/**
 * Every table of the schema, so a reset never forgets a new one (TRUNCATE ... CASCADE handles the foreign
 * keys), but the data versions, which only ever go up (see resetDatabase).
 */
const ALL_TABLES: PgTable[] = (Object.values(schema) as unknown[]).filter(
  (value): value is PgTable => is(value, PgTable) && value !== schema.dataVersions,
);

/**
 * Deletes every row of every table and restarts the id sequences (demo reset: `npm run db:seed`). The
 * catalog version moves on instead of restarting: runner ids and versions start again from 1 and 0, and a
 * dashboard cached before the reset must not match a key after it (lib/data/dashboard.ts).
 */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = sql.join(
    ALL_TABLES.map((t) => sql.identifier(getTableName(t))),
    sql`, `,
  );
  await db.execute(sql`TRUNCATE TABLE ${tables} RESTART IDENTITY CASCADE`);
  await db
    .insert(schema.dataVersions)
    .values({ scope: "catalog", version: 1 })
    .onConflictDoUpdate({ target: schema.dataVersions.scope, set: { version: sql`${schema.dataVersions.version} + 1` } });
}
