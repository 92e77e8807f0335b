/**
 * The deterministic demo seed: editions, quotas, ~2,000 runners, three seasons of events and ~10,000
 * results, the hand-made story runners of `seed-data.ts` and the demo accounts. A seeded PRNG drives
 * every choice, so the same options always give the same rows. Qualifications are then computed by
 * the rules engine (`recomputeQualifications`), never written by hand.
 */
import { type PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "./client";
import * as schema from "./schema";
import { DEMO_ACCOUNTS, DEMO_STORIES, SEED_EDITIONS } from "./seed-data";
import { hashPassword } from "@/lib/data/password-hash";
import { refreshEditionConstant } from "@/lib/data/race-scores";
import { recomputeQualifications } from "@/lib/data/recompute";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { parseIsoDate } from "@/lib/domain/iso-date";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";

import { buildPlan } from "./seed/plan";
import { plannedRegistrations } from "./seed/registrations";
import { CHUNK, DEFAULT_RESULTS, DEFAULT_RUNNERS, type SeedOptions } from "./seed/plan-parts";
export { isDatabaseEmpty, resetDatabase } from "./seed/reset";
export type { SeedOptions } from "./seed/plan-parts";
export { DEMO_ACCOUNTS, DEMO_STORIES } from "./seed-data";
export type { DemoAccount, DemoStory, StoryKey } from "./seed-data";

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
  const recompute = await recomputeQualifications(db, "all", { today: resolved.today });
  // R5/R20/R21: each race's edition constant, as an import keeps it (the last editions' say what it takes).
  for (const race of await db.select({ id: schema.races.id }).from(schema.races)) await refreshEditionConstant(db, race.id);

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

