/**
 * The scale generator of the benchmarks (`npm run bench:seed`): a deterministic, realistic database of
 * any size (1M runners / 5M results and more). Events over five seasons (2022-2026) at every level,
 * races of every category, fields drawn from the runners (regulars race more), times and places like
 * real races (ties share, DNFs after finishers), published UTMB Scores, Finals editions and quotas,
 * one bench account per role and a few thousand requests for the elite queue.
 *
 * Rows are generated race by race and streamed: COPY FROM STDIN on PostgreSQL (secondary indexes and
 * foreign keys dropped during the load and rebuilt after, in one pass each), multi-row inserts on PGlite.
 * Nothing holds 5M rows in memory; only per-runner arrays of a few bytes each.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import type { Pool, PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Database, Db } from "@/db/client";
import { finalsEditions, finalsQuotas, users } from "@/db/schema";
import { FIRST_NAMES, LAST_NAMES, NATIONALITY_WEIGHTS } from "@/db/seed-data";
import { resetDatabase } from "@/db/seed";
import { hashPassword } from "@/lib/data/password-hash";
import { editionConfigToRow } from "@/lib/data/editions";
import { recomputeQualifications } from "@/lib/data/recompute";
import { ageGroupFor } from "@/lib/domain/age-group";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { kmEffort, raceCategory } from "@/lib/domain/km-effort";
import type { EventLevel, FinalsRace, IsoDate, RaceCategory, Sex } from "@/lib/domain/types";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";
import { SeededRandom } from "@/db/random";

export interface BenchSeedOptions {
  runners: number;
  results: number;
  /** PRNG seed (default 42): the same options always give the same rows. */
  seed?: number;
  /** "Today" (default 2026-11-26): races of the last 14 days have no published score yet. */
  today?: IsoDate;
  /** Rows in `requests` (default 3,000, the elite queue at scale; at most one per runner). */
  requests?: number;
  /** Run the nightly recompute after loading (qualifications and finisher places). */
  recompute?: boolean;
  /**
   * Runners given an account of their own (one `users` row each, linked by `runners.user_id`), besides the
   * bench runner, so the benchmark can sign many different runners in (default: 20,000, at most runners - 1).
   */
  signedIn?: number;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

export interface TableLoad {
  /** Table name, or a step such as "indexes". */
  table: string;
  /** Rows loaded; null for a step that loads none (index rebuild, vacuum), which has no rows/s. */
  rows: number | null;
  seconds: number;
}

export interface BenchSeedSummary {
  kind: Database["kind"];
  loads: TableLoad[];
  seconds: number;
  benchRunnerId: number;
  benchRunnerResults: number;
  /** Runners with an account of their own besides the bench runner (`signedInRunnerIds`). */
  signedIn: number;
}

export const BENCH_TODAY = "2026-11-26";
export const BENCH_SEASONS = [2022, 2023, 2024, 2025, 2026] as const;
/** Editions whose qualification periods are the five seasons (R8: the calendar year before). */
export const BENCH_EDITIONS = [2023, 2024, 2025, 2026, 2027] as const;
export const BENCH_PASSWORD = "bench-password-2026";
export const BENCH_ACCOUNTS = {
  runner: { id: "bench-runner", email: "bench-runner@example.com", name: "Bench Runner", role: "runner" },
  elite: { id: "bench-elite", email: "bench-elite@example.com", name: "Bench Elite", role: "elite" },
  admin: { id: "bench-admin", email: "bench-admin@example.com", name: "Bench Admin", role: "admin" },
} as const;
/** The bench runner is runner 1; every other runner is drawn at random into the fields. */
export const BENCH_RUNNER_ID = 1;
const BENCH_RUNNER_RESULTS = 8;
const UNPUBLISHED_DAYS = 14;
/** Default number of runners with an account of their own: four times the dashboard cache of a process. */
export const BENCH_SIGNED_IN_DEFAULT = 20_000;
/** The accounts of the signed-in runners (`signedInRunnerIds`): users.id, and the email with "@example.com". */
export const SIGNED_IN_USER_PREFIX = "bench-user-";
export const signedInUserId = (runnerId: number) => `${SIGNED_IN_USER_PREFIX}${runnerId}`;

/**
 * The runners (other than the bench runner) who have an account: `count` ids spread evenly over 2..runners,
 * so regulars (the first fifth, who race more) and occasional runners are among them in their proportions.
 */
export function signedInRunnerIds(runners: number, count: number): number[] {
  const n = clamp(Math.floor(count), 0, runners - 1);
  return Array.from({ length: n }, (_, i) => 2 + Math.floor((i * (runners - 1)) / n));
}


function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------
// The calendar: events and races (a few thousand rows, planned in memory)

interface RaceFormat {
  suffix: string;
  distanceKm: number;
  elevationGainM: number;
  /** Field size weight: short races are crowded. */
  weight: number;
}

const FORMATS: Record<RaceCategory, RaceFormat> = {
  "20K": { suffix: "25K", distanceKm: 25, elevationGainM: 1100, weight: 1.4 },
  "50K": { suffix: "55K", distanceKm: 55, elevationGainM: 2800, weight: 1.2 },
  "100K": { suffix: "110K", distanceKm: 105, elevationGainM: 5200, weight: 0.8 },
  "100M": { suffix: "100M", distanceKm: 168, elevationGainM: 9000, weight: 0.55 },
};

const LEVEL_WEIGHT: Record<EventLevel, number> = { finals: 1.3, major: 2.2, event: 1, index: 0.45 };
const PLACES = [
  "Chamonix", "Val d'Aran", "Istria", "Mallorca", "Chianti", "Lavaredo", "Eiger", "Zugspitze", "Ushuaia", "Kullamannen",
  "Snowdonia", "Tenerife", "Madeira", "Andorra", "Nice Côte d'Azur", "Ultra-Trail Australia", "Canyons", "Western States",
  "Kaçkar", "Tarawera", "Doi Inthanon", "Mozart", "Trail du Saint-Jacques", "Restonica", "Pyrenees", "Alsace", "Julian Alps",
  "Paraty", "Cappadocia", "Kat100", "Ultra Tirol", "Grindstone", "Puerto Vallarta", "Translantau", "Xiamen", "Ultra Trail Mt Fuji",
  "Gauja", "Lake Sonoma", "Torrencial", "Patagonia", "Cortina", "Valle d'Aosta", "Dolomiti", "Swiss Canyon", "Oman",
];

interface PlannedRace {
  id: number;
  eventId: number;
  eventYear: number;
  level: EventLevel;
  name: string;
  date: IsoDate;
  distanceKm: number;
  elevationGainM: number;
  category: RaceCategory | null;
  isFinalsQualifier: boolean;
  size: number;
  scored: boolean;
}

interface PlannedEvent {
  id: number;
  name: string;
  country: string;
  level: EventLevel;
  year: number;
}

interface Calendar {
  events: PlannedEvent[];
  races: PlannedRace[];
}

function planCalendar(rng: SeededRandom, options: Required<Pick<BenchSeedOptions, "runners" | "results" | "today">>): Calendar {
  // About 2,500 results per race at full scale; never fewer than a dozen events a season.
  const perSeason = clamp(Math.round(options.results / BENCH_SEASONS.length / 8000), 12, 150);
  const majors = Math.max(2, Math.round(perSeason * 0.04));
  const eventsCount = Math.round(perSeason * 0.4);
  const indexCount = perSeason - 1 - majors - eventsCount;
  const levels: EventLevel[] = ["finals", ...Array<EventLevel>(majors).fill("major"), ...Array<EventLevel>(eventsCount).fill("event"), ...Array<EventLevel>(indexCount).fill("index")];

  const events: PlannedEvent[] = [];
  const races: PlannedRace[] = [];
  const weights: number[] = [];
  const countries = NATIONALITY_WEIGHTS.map(([c]) => c);
  for (const year of BENCH_SEASONS) {
    levels.forEach((level, i) => {
      const place = PLACES[i % PLACES.length] as string;
      const name = level === "finals" ? "UTMB Mont-Blanc" : `${place}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ""} by UTMB`;
      const event: PlannedEvent = { id: events.length + 1, name, country: level === "finals" ? "FR" : rng.pick(countries), level, year };
      events.push(event);
      // Finals in late August; the rest from mid-January to mid-November, every season in the same slot.
      const date: IsoDate = level === "finals" ? `${year}-08-24` : addDays(`${year}-01-15`, Math.floor(((i * 7919) % 997) / 997 * 300));
      let categories: RaceCategory[];
      if (level === "finals" || level === "major") categories = ["100M", "100K", "50K", "20K"];
      else if (level === "event") categories = rng.float() < 0.5 ? ["100M", "100K", "50K", "20K"] : ["100K", "50K", "20K"];
      else categories = rng.float() < 0.5 ? ["50K", "20K"] : ["20K"];
      const formats = categories.map((c) => ({ category: c, format: FORMATS[c], qualifier: true }));
      // R11: some events hold two races of one category; only one of them qualifies.
      if (level === "event" && rng.float() < 0.15) formats.push({ category: "50K", format: { ...FORMATS["50K"], suffix: "45K", distanceKm: 45, elevationGainM: 1500 }, qualifier: false });
      formats.forEach(({ format, qualifier }, j) => {
        const distanceKm = Math.round(format.distanceKm * rng.between(0.95, 1.05) * 10) / 10;
        const elevationGainM = Math.round(format.elevationGainM * rng.between(0.92, 1.08));
        const name = level === "finals" ? (["UTMB", "CCC", "OCC", "MCC"][j] as string) : `${place} ${format.suffix}`;
        const raceDate = addDays(date, Math.min(j, 3));
        races.push({
          id: races.length + 1,
          eventId: event.id,
          eventYear: year,
          level,
          name,
          date: raceDate,
          distanceKm,
          elevationGainM,
          // R3: the engine's category (km-effort with the default bands).
          category: raceCategory({ distanceKm, elevationGainM }),
          isFinalsQualifier: qualifier,
          size: 0,
          scored: raceDate <= addDays(options.today, -UNPUBLISHED_DAYS),
        });
        weights.push(raceDate > options.today ? 0 : LEVEL_WEIGHT[level] * format.weight * rng.between(0.5, 1.5));
      });
    });
  }

  // Split the results over the races by weight, exactly, each field at most half the runners.
  const total = options.results - BENCH_RUNNER_RESULTS;
  const maxSize = Math.max(5, Math.floor((options.runners - 1) * 0.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  races.forEach((race, i) => {
    race.size = Math.min(maxSize, Math.floor(((weights[i] ?? 0) / sum) * total));
    assigned += race.size;
  });
  for (let guard = 0; assigned < total && guard < 1000; guard++) {
    for (const race of races) {
      if (assigned >= total) break;
      if (race.size < maxSize && race.date <= options.today) {
        race.size++;
        assigned++;
      }
    }
  }
  if (assigned < total) throw new RangeError(`bench seed: ${options.runners} runners cannot run ${options.results} results; add runners.`);
  return { events, races };
}

/** Eight races of the bench runner: two a season from 2023, Events and Majors, Finals categories. */
function benchRunnerRaces(calendar: Calendar): Set<number> {
  const chosen = new Set<number>();
  for (const year of [2023, 2024, 2025, 2026]) {
    const candidates = calendar.races.filter(
      (r) => r.eventYear === year && (r.level === "event" || r.level === "major") && r.category !== "20K" && r.isFinalsQualifier && r.size > 10,
    );
    for (const race of candidates.slice(0, 2)) chosen.add(race.id);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------------
// Runners (1M rows, streamed; only ability, sex and birth year are kept, 7 bytes a runner)

interface Population {
  ability: Float32Array;
  female: Uint8Array;
  birthYear: Int16Array;
}

type Cell = string | number | boolean | null;

function* runnerRows(rng: SeededRandom, count: number, population: Population, signedIn: ReadonlySet<number>): Generator<Cell[]> {
  for (let id = 1; id <= count; id++) {
    const [country, , group] = rng.weighted(NATIONALITY_WEIGHTS, ([, weight]) => weight);
    const bench = id === BENCH_RUNNER_ID;
    const sex: Sex = bench ? "F" : rng.float() < 0.25 ? "F" : "M";
    const birthYear = bench ? 1990 : 1955 + Math.floor(((rng.float() + rng.float()) / 2) * 50);
    const elite = rng.float() < 0.02;
    let ability = sex === "M" ? (elite ? rng.between(760, 915) : clamp(rng.normal(540, 105), 280, 820)) : elite ? rng.between(630, 765) : clamp(rng.normal(450, 95), 250, 700);
    ability -= Math.max(0, 2024 - birthYear - 42) * 2.5;
    if (bench) ability = 735;
    population.ability[id] = ability;
    population.female[id] = sex === "F" ? 1 : 0;
    population.birthYear[id] = birthYear;
    const name = bench ? "Bench Runner" : `${rng.pick(FIRST_NAMES[group][sex])} ${rng.pick(LAST_NAMES[group])}`;
    const userId = bench ? BENCH_ACCOUNTS.runner.id : signedIn.has(id) ? signedInUserId(id) : null;
    yield [id, String(3_000_000 + id), name, sex, birthYear, rng.float() < 0.02 ? null : country, userId];
  }
}

// ---------------------------------------------------------------------------------------------------
// Results, race by race

interface Entry {
  runnerId: number;
  female: boolean;
  age: number;
  ageGroup: string | null;
  status: "finisher" | "dnf" | "dns" | "dsq";
  time: number | null;
  placeOverall: number | null;
  placeBySex: number | null;
  placeInAgeGroup: number | null;
  score: number | null;
}

/** Draws a field of distinct runners: half from the regulars (a fifth of the runners), half from everyone. */
function drawField(rng: SeededRandom, runners: number, size: number, taken: Set<number>): number[] {
  taken.clear();
  const regulars = Math.max(1, Math.floor((runners - 1) * 0.2));
  const field: number[] = [];
  while (field.length < size) {
    let id = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      id = rng.float() < 0.5 ? 2 + Math.floor(rng.float() * regulars) : 2 + Math.floor(rng.float() * (runners - 1));
      if (!taken.has(id)) break;
    }
    if (taken.has(id)) continue;
    taken.add(id);
    field.push(id);
  }
  return field;
}

/** Competition ranking (1, 2, 2, 4) of finishers sorted by time. */
function rank(sorted: Entry[], set: (e: Entry, place: number) => void): void {
  let place = 0;
  let previous: number | null = null;
  sorted.forEach((e, i) => {
    if (e.time !== previous) place = i + 1;
    previous = e.time;
    set(e, place);
  });
}

function raceEntries(rng: SeededRandom, race: PlannedRace, field: number[], population: Population): Entry[] {
  const effort = kmEffort(race.distanceKm, race.elevationGainM);
  // Time for a score of 1000: longer races are run at a slower pace per km-effort.
  const referenceSeconds = effort * (2.0 + 0.0075 * effort) * rng.between(0.93, 1.08) * 60;
  const entries: Entry[] = field.map((runnerId) => {
    const raw = (population.ability[runnerId] ?? 500) + rng.normal(0, 25);
    const performance = raw > 870 ? 870 + 70 * Math.tanh((raw - 870) / 70) : Math.max(220, raw);
    const fullTime = Math.round((referenceSeconds * 1000) / performance);
    const roll = rng.float();
    // Long races lose more runners on the way.
    const dnfRate = race.category === "100M" ? 0.2 : race.category === "100K" ? 0.13 : 0.07;
    const status = roll < 1 - dnfRate - 0.04 ? "finisher" : roll < 1 - 0.04 ? "dnf" : roll < 0.99 ? "dns" : "dsq";
    const age = race.eventYear - (population.birthYear[runnerId] ?? 1980);
    return {
      runnerId,
      female: population.female[runnerId] === 1,
      age,
      ageGroup: ageGroupFor(age),
      status,
      time: status === "finisher" ? fullTime : status === "dnf" ? Math.round(fullTime * rng.between(0.25, 0.9)) : null,
      placeOverall: null,
      placeBySex: null,
      placeInAgeGroup: null,
      score: null,
    };
  });
  const finishers = entries.filter((e) => e.status === "finisher").sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  // Runners crossing the line together share a place (times are whole seconds: ties happen anyway).
  rank(finishers, (e, p) => (e.placeOverall = p));
  const groups = new Map<string, Entry[]>();
  for (const e of finishers) {
    const key = `${e.female ? "F" : "M"}|${e.ageGroup ?? ""}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  for (const female of [false, true]) rank(finishers.filter((e) => e.female === female), (e, p) => (e.placeBySex = p));
  for (const list of groups.values()) if (list[0]?.ageGroup) rank(list, (e, p) => (e.placeInAgeGroup = p));
  // DNFs after every finisher, furthest first.
  const dnfs = entries.filter((e) => e.status === "dnf").sort((a, b) => (b.time ?? 0) - (a.time ?? 0));
  dnfs.forEach((e, i) => (e.placeOverall = finishers.length + i + 1));
  for (const female of [false, true]) {
    const offset = finishers.filter((e) => e.female === female).length;
    dnfs.filter((e) => e.female === female).forEach((e, i) => (e.placeBySex = offset + i + 1));
  }
  // R5: only finishers of a published race have a score.
  if (race.scored) for (const e of finishers) e.score = clamp(Math.round((referenceSeconds * 1000) / (e.time ?? 1)), 1, 999);
  return entries;
}

const RESULT_COLUMNS = [
  "race_id", "runner_id", "bib", "time_seconds", "status", "place_overall", "place_by_sex", "age_group",
  "place_in_age_group", "age", "finisher_place_by_sex", "utmb_score",
];

function* resultRows(rng: SeededRandom, calendar: Calendar, runners: number, population: Population, benchRaces: Set<number>): Generator<Cell[]> {
  const taken = new Set<number>();
  for (const race of calendar.races) {
    if (race.size === 0) continue;
    const field = drawField(rng, runners, race.size, taken);
    if (benchRaces.has(race.id)) field.push(BENCH_RUNNER_ID);
    const entries = raceEntries(rng, race, field, population);
    let bib = 0;
    for (const e of entries) {
      bib++;
      yield [
        race.id, e.runnerId, String(bib), e.time, e.status, e.placeOverall, e.placeBySex, e.ageGroup, e.placeInAgeGroup, e.age,
        // R9 as the recompute stores it: finishers only, ties share (a seeded database is already up to date).
        e.status === "finisher" ? e.placeBySex : null,
        e.score,
      ];
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Requests for the elite queue

/** The queue the elite team works through in a season at scale (issue 16). */
export const BENCH_REQUESTS_DEFAULT = 3000;

const REASONS = [
  "Injured in spring (stress fracture), medical certificate attached.",
  "I would like to run the longer race this year.",
  "Pregnancy: asking to carry my place to next year.",
  "My qualifying race was cancelled for weather; asking for an extension.",
  "Work abroad during the Finals week.",
];

function* requestRows(rng: SeededRandom, count: number, runners: number, today: IsoDate): Generator<Cell[]> {
  const todayMs = Date.parse(`${today}T12:00:00Z`);
  const used = new Set<number>();
  for (let i = 0; i < count; i++) {
    let runnerId = 2 + Math.floor(rng.float() * (runners - 1));
    for (let attempt = 0; used.has(runnerId) && attempt < 20; attempt++) runnerId = 2 + Math.floor(rng.float() * (runners - 1));
    used.add(runnerId);
    const current = rng.float() < 0.8;
    const roll = rng.float();
    const type = roll < 0.45 ? "category_change" : roll < 0.75 ? "priority_deferral" : "extension";
    const from = rng.pick(FINALS_RACES);
    const to = rng.pick(FINALS_RACES.filter((r) => r !== from));
    const s = rng.float();
    const status = current
      ? s < 0.5 ? "submitted" : s < 0.65 ? "in_review" : s < 0.85 ? "approved" : s < 0.95 ? "rejected" : "withdrawn"
      : s < 0.6 ? "approved" : s < 0.9 ? "rejected" : "withdrawn";
    const submittedAt = new Date(todayMs - (current ? rng.int(0, 120) : rng.int(365, 500)) * 86_400_000 - rng.int(0, 86_399) * 1000);
    const decided = status === "approved" || status === "rejected";
    yield [
      runnerId,
      current ? 2027 : 2026,
      type,
      status,
      type === "extension" ? null : from,
      type === "category_change" ? to : null,
      rng.pick(REASONS),
      submittedAt.toISOString(),
      decided ? new Date(submittedAt.getTime() + rng.int(1, 20) * 86_400_000).toISOString() : null,
      decided ? BENCH_ACCOUNTS.elite.id : null,
      decided ? (status === "approved" ? "Documents checked." : "Not eligible under the rules.") : null,
    ];
  }
}

const REQUEST_COLUMNS = [
  "runner_id", "edition_year", "type", "status", "from_finals_race", "to_finals_race", "reason", "submitted_at",
  "decided_at", "decided_by", "decision_reason",
];

// ---------------------------------------------------------------------------------------------------
// Loading: COPY on PostgreSQL, multi-row inserts on PGlite

interface Loader {
  load(table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number>;
  /** Drops secondary indexes and foreign keys of the tables; returns the statements that recreate them. */
  dropIndexes(tables: string[]): Promise<string[]>;
  run(statement: string): Promise<void>;
  close(): Promise<void>;
}

/** COPY text format: backslash, tab, newline and carriage return escaped, `\N` for null. */
function copyCell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c) : value;
}

function* copyChunks(rows: Iterable<Cell[]>, counter: { rows: number }): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += `${row.map(copyCell).join("\t")}\n`;
    counter.rows++;
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

function postgresLoader(client: PoolClient): Loader {
  return {
    async load(table, columns, rows) {
      const counter = { rows: 0 };
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
      await pipeline(Readable.from(copyChunks(rows, counter)), stream);
      return counter.rows;
    },
    async dropIndexes(tables) {
      const recreate: string[] = [];
      const { rows: indexes } = await client.query<{ name: string; def: string }>(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
           from pg_index i
          where i.indrelid = any($1::regclass[])
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
        [tables],
      );
      const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
        `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
           from pg_constraint where contype = 'f' and conrelid = any($1::regclass[])`,
        [tables],
      );
      for (const k of keys) {
        await client.query(`alter table ${k.tbl} drop constraint "${k.name}"`);
        recreate.push(`alter table ${k.tbl} add constraint "${k.name}" ${k.def}`);
      }
      for (const ix of indexes) {
        await client.query(`drop index ${ix.name}`);
        recreate.unshift(ix.def);
      }
      return recreate;
    },
    async run(statement) {
      await client.query(statement);
    },
    async close() {
      client.release();
    },
  };
}

function pgliteLoader(db: Db): Loader {
  return {
    async load(table, columns, rows) {
      const batch = Math.max(1, Math.floor(20_000 / columns.length));
      const head = sql.raw(`insert into ${table} (${columns.join(", ")}) values `);
      let pending: Cell[][] = [];
      let count = 0;
      const flush = async () => {
        if (pending.length === 0) return;
        const values = sql.join(
          pending.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`), sql`, `)})`),
          sql`, `,
        );
        await db.execute(sql`${head}${values}`);
        count += pending.length;
        pending = [];
      };
      for (const row of rows) {
        pending.push(row);
        if (pending.length >= batch) await flush();
      }
      await flush();
      return count;
    },
    async dropIndexes() {
      return [];
    },
    async run(statement) {
      await db.execute(sql.raw(statement));
    },
    async close() {},
  };
}

/** The node-postgres pool behind a Drizzle handle (drizzle keeps its driver client as `$client`). */
export function postgresPool(database: Database): Pool {
  if (database.kind !== "postgres") throw new Error("not a PostgreSQL database");
  return (database.db as unknown as { $client: Pool }).$client;
}

// ---------------------------------------------------------------------------------------------------

/**
 * Empties the (migrated) database and fills it with a generated dataset of the given size. Deterministic
 * for a given seed. Reports rows and seconds per table.
 */
export async function generateBenchData(database: Database, options: BenchSeedOptions): Promise<BenchSeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const today = options.today ?? BENCH_TODAY;
  const { runners, results } = options;
  if (!Number.isInteger(runners) || runners < 100) throw new RangeError(`bench seed: at least 100 runners, got ${runners}`);
  if (!Number.isInteger(results) || results < 1000) throw new RangeError(`bench seed: at least 1,000 results, got ${results}`);
  const requestCount = Math.min(options.requests ?? BENCH_REQUESTS_DEFAULT, runners - 1);
  const signedIn = signedInRunnerIds(runners, options.signedIn ?? BENCH_SIGNED_IN_DEFAULT);
  const rng = new SeededRandom(options.seed ?? 42);
  const db = database.db;
  const loads: TableLoad[] = [];
  const timed = async (table: string, step: () => Promise<number | null>) => {
    const t0 = performance.now();
    const rows = await step();
    const seconds = (performance.now() - t0) / 1000;
    loads.push({ table, rows, seconds });
    log(
      rows === null
        ? `${table}: ${seconds.toFixed(1)} s`
        : `${table}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString("en")} rows/s)`,
    );
  };

  await resetDatabase(db);
  const hash = await hashPassword(BENCH_PASSWORD);
  await db.insert(users).values(Object.values(BENCH_ACCOUNTS).map((a) => ({ id: a.id, email: a.email, name: a.name, role: a.role, passwordHash: hash })));
  await db.insert(finalsEditions).values(BENCH_EDITIONS.map((year) => editionConfigToRow(defaultEditionConfig(year))));
  await db.insert(finalsQuotas).values(
    BENCH_EDITIONS.flatMap((editionYear) =>
      FINALS_RACES.flatMap((finalsRace: FinalsRace) =>
        SEXES.map((sex) => ({ editionYear, finalsRace, sex, bibs: 40, bibsUsed: editionYear < 2027 ? rng.int(5, 25) : rng.int(0, 6) })),
      ),
    ),
  );

  const calendar = planCalendar(rng, { runners, results, today });
  const benchRaces = benchRunnerRaces(calendar);
  const population: Population = { ability: new Float32Array(runners + 1), female: new Uint8Array(runners + 1), birthYear: new Int16Array(runners + 1) };

  const loader = database.kind === "postgres" ? postgresLoader(await postgresPool(database).connect()) : pgliteLoader(db);
  // The dashboard version triggers (migration 0002) would update every runner again after a bulk load into
  // empty tables; they are off during the load, and the catalog version moves once at the end, so no
  // dashboard cached before or during the load can match a key afterwards.
  const versioned = ["runners", "events", "races", "results", "requests"];
  try {
    for (const table of versioned) await loader.run(`alter table ${table} disable trigger user`);
    if (database.kind === "postgres") await loader.run("set maintenance_work_mem = '512MB'");
    const recreate = await loader.dropIndexes(["runners", "results"]);
    let restored = recreate.length === 0;
    try {
      // Their accounts first: runners.user_id refers to them. Same password as the bench accounts.
      await timed("users (signed-in runners)", () =>
        loader.load(
          "users",
          ["id", "email", "name", "role", "password_hash"],
          signedIn.map((id) => [signedInUserId(id), `${signedInUserId(id)}@example.com`, null, "runner", hash]),
        ),
      );
      const signedInSet = new Set(signedIn);
      await timed("runners", () =>
        loader.load("runners", ["id", "external_id", "name", "sex", "birth_year", "nationality", "user_id"], runnerRows(rng, runners, population, signedInSet)),
      );
      await timed("events", () => loader.load("events", ["id", "name", "country", "level", "year"], calendar.events.map((e) => [e.id, e.name, e.country, e.level, e.year])));
      await timed("races", () =>
        loader.load(
          "races",
          ["id", "event_id", "name", "date", "distance_km", "elevation_gain_m", "elevation_loss_m", "category", "is_finals_qualifier"],
          calendar.races.map((r) => [r.id, r.eventId, r.name, r.date, r.distanceKm, r.elevationGainM, r.elevationGainM, r.category, r.isFinalsQualifier]),
        ),
      );
      await timed("results", () => loader.load("results", RESULT_COLUMNS, resultRows(rng, calendar, runners, population, benchRaces)));
      if (recreate.length > 0) {
        await timed("indexes + foreign keys (runners, results)", async () => {
          for (const statement of recreate) await loader.run(statement);
          restored = true;
          return null;
        });
      }
    } finally {
      // A failed load must not leave the schema without its indexes: empty the tables and rebuild them.
      if (!restored) {
        await loader.run("truncate runners, results restart identity cascade").catch(() => undefined);
        for (const statement of recreate) await loader.run(statement).catch(() => undefined);
      }
    }
    await timed("requests", () => loader.load("requests", REQUEST_COLUMNS, requestRows(rng, requestCount, runners, today)));
    for (const table of ["runners", "events", "races"]) {
      await loader.run(`select setval(pg_get_serial_sequence('${table}', 'id'), (select coalesce(max(id), 1) from ${table}))`);
    }
    await timed("vacuum analyze", async () => {
      await loader.run("vacuum analyze");
      return null;
    });
  } finally {
    for (const table of versioned) await loader.run(`alter table ${table} enable trigger user`);
    await loader.run("update data_versions set version = version + 1 where scope = 'catalog'");
    await loader.close();
  }

  if (options.recompute) {
    const t0 = performance.now();
    const summary = await recomputeQualifications(db, "all");
    const seconds = (performance.now() - t0) / 1000;
    // Its rate is in results read, ranked and scored: qualifications are what it finds, not what it loads.
    loads.push({ table: "recompute (results)", rows: summary.results, seconds });
    log(`recompute: ${summary.qualifications} qualifications from ${summary.results} results in ${seconds.toFixed(1)} s`);
  }

  return {
    kind: database.kind,
    loads,
    seconds: (performance.now() - started) / 1000,
    benchRunnerId: BENCH_RUNNER_ID,
    benchRunnerResults: benchRaces.size,
    signedIn: signedIn.length,
  };
}
