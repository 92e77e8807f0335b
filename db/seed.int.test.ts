import { createHash } from "node:crypto";
import { and, asc, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import type { Db } from "./client";
import { dataVersions, events, finalsEditions, finalsQuotas, finalsRegistrations, qualifications, races, results, runners, users } from "./schema";
import { DEMO_ACCOUNTS, DEMO_STORIES, isDatabaseEmpty, resetDatabase, seedDatabase, type SeedSummary } from "./seed";
import { R11_EVENT_NAME } from "./seed-data";

const SMALL = { runners: 200, results: 800 } as const;

/** A digest of every result that identifies it independently of serial ids. */
async function resultDigest(db: Db): Promise<string> {
  const rows = await db
    .select({
      event: events.name,
      year: events.year,
      race: races.name,
      bib: results.bib,
      externalId: runners.externalId,
      status: results.status,
      time: results.timeSeconds,
      score: results.utmbScore,
      placeBySex: results.placeBySex,
    })
    .from(results)
    .innerJoin(races, eq(races.id, results.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .innerJoin(runners, eq(runners.id, results.runnerId))
    .orderBy(asc(events.year), asc(events.name), asc(races.name), asc(results.bib));
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

async function count(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

describe("seedDatabase (small dataset)", () => {
  let database: TestDatabase;
  let db: Db;
  let summary: SeedSummary;

  beforeAll(async () => {
    database = await createTestDatabase({ prefix: "seed_test" });
    db = database.db;
    expect(await isDatabaseEmpty(db)).toBe(true);
    summary = await seedDatabase(db, SMALL);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("inserts the requested counts", async () => {
    expect(summary.runners).toBe(SMALL.runners);
    expect(summary.results).toBe(SMALL.results);
    expect(summary.users).toBe(DEMO_ACCOUNTS.length);
    expect(await count(db, runners)).toBe(SMALL.runners);
    expect(await count(db, results)).toBe(SMALL.results);
    expect(await count(db, events)).toBe(summary.events);
    expect(await count(db, races)).toBe(summary.races);
    expect(await count(db, users)).toBe(DEMO_ACCOUNTS.length);
    expect((await db.select().from(finalsEditions)).map((e) => e.year).sort()).toEqual([2025, 2026, 2027]);
    expect(await db.select().from(finalsQuotas)).toHaveLength(3 * 3 * 2);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(summary.qualifications).toBeGreaterThan(0);
  });

  it("is deterministic: a second fresh database gets identical results", async () => {
    const other = await createTestDatabase({ prefix: "seed_test" });
    try {
      await seedDatabase(other.db, SMALL);
      expect(await resultDigest(other.db)).toBe(await resultDigest(db));
    } finally {
      await other.dispose();
    }
  });

  it.each(DEMO_STORIES.map((s) => [s.key, s] as const))("story %s: runner and results as described", async (_key, story) => {
    const [runner] = await db.select().from(runners).where(eq(runners.externalId, story.externalId));
    expect(runner).toMatchObject({ name: story.name, sex: story.sex, birthYear: story.birthYear, nationality: story.nationality });
    const rows = await db
      .select({
        event: events.name,
        year: events.year,
        race: races.name,
        status: results.status,
        placeBySex: results.placeBySex,
        placeInAgeGroup: results.placeInAgeGroup,
        score: results.utmbScore,
      })
      .from(results)
      .innerJoin(races, eq(races.id, results.raceId))
      .innerJoin(events, eq(events.id, races.eventId))
      .where(eq(results.runnerId, runner?.id ?? -1));
    expect(rows).toHaveLength(story.results.length);
    for (const expected of story.results) {
      const row = rows.find((r) => r.event === expected.event && r.year === expected.year && r.race === expected.race);
      expect(row, `${expected.event} ${expected.year} ${expected.race}`).toMatchObject({
        status: "finisher",
        placeBySex: expected.placeBySex,
        score: expected.score,
        ...(expected.placeInAgeGroup === undefined ? {} : { placeInAgeGroup: expected.placeInAgeGroup }),
      });
    }

    // R7-R13: what the rules engine made of it for the story's edition.
    const quals = await db
      .select({ finalsRace: qualifications.finalsRace, kind: qualifications.kind })
      .from(qualifications)
      .where(and(eq(qualifications.runnerId, runner?.id ?? -1), eq(qualifications.editionYear, story.editionYear)));
    if (story.expectedStatus === "qualified") {
      expect(quals.every((q) => q.finalsRace === story.finalsRace)).toBe(true);
      expect([...new Set(quals.map((q) => q.kind))].sort()).toEqual([...story.expectedReasons].sort());
    } else {
      expect(quals).toEqual([]);
    }
    if (story.registration) {
      const regs = await db.select().from(finalsRegistrations).where(eq(finalsRegistrations.runnerId, runner?.id ?? -1));
      expect(regs).toEqual([expect.objectContaining(story.registration)]);
    }
  });

  it("links the demo accounts to their story runners", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db.select().from(users).where(eq(users.email, account.email));
      expect(user?.role).toBe(account.role);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      if (account.runnerStory) {
        const story = DEMO_STORIES.find((s) => s.key === account.runnerStory);
        const [runner] = await db.select().from(runners).where(eq(runners.userId, user?.id ?? ""));
        expect(runner?.externalId).toBe(story?.externalId);
      }
    }
  });

  it("R11: the event with two races of one category flags exactly one as the Finals qualifier", async () => {
    const rows = await db
      .select({ year: events.year, category: races.category, flagged: races.isFinalsQualifier })
      .from(races)
      .innerJoin(events, eq(events.id, races.eventId))
      .where(eq(events.name, R11_EVENT_NAME));
    const groups = new Map<string, boolean[]>();
    for (const r of rows) groups.set(`${r.year}|${r.category}`, [...(groups.get(`${r.year}|${r.category}`) ?? []), r.flagged]);
    const duplicated = [...groups.values()].filter((flags) => flags.length > 1);
    expect(duplicated.length).toBeGreaterThan(0);
    for (const flags of duplicated) expect(flags.filter(Boolean)).toHaveLength(1);
  });

  it("ranks DNFs after every finisher of their sex, and gives DNS no place or time", async () => {
    const rows = await db
      .select({ raceId: results.raceId, sex: runners.sex, status: results.status, placeBySex: results.placeBySex, time: results.timeSeconds })
      .from(results)
      .innerJoin(runners, eq(runners.id, results.runnerId));
    const worstFinisher = new Map<string, number>();
    for (const r of rows) {
      if (r.status !== "finisher") continue;
      const key = `${r.raceId}|${r.sex}`;
      worstFinisher.set(key, Math.max(worstFinisher.get(key) ?? 0, r.placeBySex ?? Infinity));
    }
    let dnfs = 0;
    for (const r of rows) {
      if (r.status === "dnf") {
        dnfs++;
        expect(r.placeBySex).not.toBeNull();
        expect(r.placeBySex ?? 0).toBeGreaterThan(worstFinisher.get(`${r.raceId}|${r.sex}`) ?? 0);
        expect(r.time).not.toBeNull();
      }
      if (r.status === "dns") expect([r.placeBySex, r.time]).toEqual([null, null]);
    }
    expect(dnfs).toBeGreaterThan(0);
  });

  it("keeps bibs unique per race and each runner at most once per race", async () => {
    const dupBibs = await db
      .select({ raceId: results.raceId, bib: results.bib })
      .from(results)
      .groupBy(results.raceId, results.bib)
      .having(sql`count(*) > 1`);
    expect(dupBibs).toEqual([]);
    const dupRunners = await db
      .select({ raceId: results.raceId, runnerId: results.runnerId })
      .from(results)
      .groupBy(results.raceId, results.runnerId)
      .having(sql`count(*) > 1`);
    expect(dupRunners).toEqual([]);
  });

  it("has ties sharing a place, unscored races and scores only for finishers", async () => {
    const ties = await db
      .select({ raceId: results.raceId })
      .from(results)
      .innerJoin(runners, eq(runners.id, results.runnerId))
      .where(eq(results.status, "finisher"))
      .groupBy(results.raceId, runners.sex, results.placeBySex)
      .having(sql`count(*) > 1`);
    expect(ties.length).toBeGreaterThan(0);
    const unscored = await db
      .select({ raceId: results.raceId })
      .from(results)
      .groupBy(results.raceId)
      .having(sql`count(${results.utmbScore}) = 0`);
    expect(unscored.length).toBeGreaterThan(0);
    const scoredNonFinishers = await db
      .select({ id: results.id })
      .from(results)
      .where(and(ne(results.status, "finisher"), isNotNull(results.utmbScore)));
    expect(scoredNonFinishers).toEqual([]);
  });

  it("resetDatabase empties every table, and the catalog version moves on instead of restarting", async () => {
    const other = await createTestDatabase({ prefix: "seed_test" });
    const catalog = async () => (await other.db.select().from(dataVersions)).map((r) => [r.scope, r.version]);
    try {
      await seedDatabase(other.db, SMALL);
      const [[, seeded] = []] = await catalog();
      await resetDatabase(other.db);
      expect(await isDatabaseEmpty(other.db)).toBe(true);
      expect(await count(other.db, results)).toBe(0);
      expect(await count(other.db, users)).toBe(0);
      expect(await other.db.select().from(qualifications)).toEqual([]);
      const [[scope, reset] = []] = await catalog();
      expect(scope).toBe("catalog");
      expect(reset).toBeGreaterThan(Number(seeded));
      // Even without its row (deleted by hand), a reset brings the catalog version back.
      await other.db.delete(dataVersions).where(eq(dataVersions.scope, "catalog"));
      await resetDatabase(other.db);
      expect(await catalog()).toEqual([["catalog", 1]]);
    } finally {
      await other.dispose();
    }
  });
});
