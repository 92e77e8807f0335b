import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { DEMO_STORIES, seedDatabase } from "@/db/seed";
import { dataVersions, events, finalsEditions, qualifications, races, requests, results, runners } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { getOwnDashboard, getRunnerDashboard } from "./dashboard";
import { importResultsFile } from "@/lib/ingest/import";
import { getSessionUser } from "./users";
import { createRunnerAccount } from "./accounts";

const TODAY = "2026-11-26";
let database: TestDatabase;
let db: Db;

async function storyRunnerId(key: (typeof DEMO_STORIES)[number]["key"]): Promise<number> {
  const story = DEMO_STORIES.find((s) => s.key === key);
  const [row] = await db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, story?.externalId ?? ""));
  if (!row) throw new Error(`story runner ${key} not seeded`);
  return row.id;
}

async function runnerVersion(runnerId: number): Promise<number> {
  const [row] = await db.select({ v: runners.dataVersion }).from(runners).where(eq(runners.id, runnerId));
  if (!row) throw new Error(`no runner ${runnerId}`);
  return row.v;
}

async function catalogVersion(): Promise<number> {
  const [row] = await db.select({ v: dataVersions.version }).from(dataVersions).where(eq(dataVersions.scope, "catalog"));
  if (!row) throw new Error("no catalog version row");
  return row.v;
}

/** A race the runner has no result in, to add one. */
async function otherRace(runnerId: number) {
  const [race] = await db
    .select({ id: races.id })
    .from(races)
    .where(sql`${races.id} not in (select ${results.raceId} from ${results} where ${results.runnerId} = ${runnerId})`)
    .limit(1);
  if (!race) throw new Error("no free race");
  return race.id;
}

async function addResult(runnerId: number, utmbScore = 640) {
  const [row] = await db
    .insert(results)
    .values({ raceId: await otherRace(runnerId), runnerId, bib: "T1", status: "finisher", timeSeconds: 36_000, placeOverall: 40, placeBySex: 9, utmbScore })
    .returning({ id: results.id });
  if (!row) throw new Error("insert returned nothing");
  return row.id;
}

/** A runner account linked to the story runner, as the session sees it. */
async function signedInRunner(runnerId: number, email: string) {
  const account = await createRunnerAccount(db, { email, password: "a-long-password-2026", name: "Cache Test" });
  if (!account.ok) throw new Error("account not created");
  await db.update(runners).set({ userId: account.user.id }).where(eq(runners.id, runnerId));
  return async () => {
    const user = await getSessionUser(db, account.user.id);
    if (user?.runnerId == null) throw new Error("session has no runner");
    return { runnerId: user.runnerId, dashboardVersion: user.dashboardVersion };
  };
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "dashboard_cache" });
  db = database.db;
  await seedDatabase(db, { runners: 200, results: 800, today: TODAY });
});
afterAll(async () => {
  await database?.dispose();
});

describe("dashboard versions, kept by triggers (migration 0002)", () => {
  it("a new, corrected or deleted result moves its runner's version and no one else's", async () => {
    const runner = await storyRunnerId("below");
    const bystander = await storyRunnerId("score");
    const [before, bystanderBefore] = [await runnerVersion(runner), await runnerVersion(bystander)];

    const resultId = await addResult(runner);
    const afterInsert = await runnerVersion(runner);
    expect(afterInsert).toBeGreaterThan(before);

    await db.update(results).set({ timeSeconds: 35_000 }).where(eq(results.id, resultId));
    const afterUpdate = await runnerVersion(runner);
    expect(afterUpdate).toBeGreaterThan(afterInsert);

    await db.delete(results).where(eq(results.id, resultId));
    expect(await runnerVersion(runner)).toBeGreaterThan(afterUpdate);
    expect(await runnerVersion(bystander)).toBe(bystanderBefore);
  });

  it("moving a result to another runner moves both versions", async () => {
    const from = await storyRunnerId("exact");
    const to = await storyRunnerId("age_group");
    const resultId = await addResult(from);
    const [fromBefore, toBefore] = [await runnerVersion(from), await runnerVersion(to)];
    await db.update(results).set({ runnerId: to }).where(eq(results.id, resultId));
    expect(await runnerVersion(from)).toBeGreaterThan(fromBefore);
    expect(await runnerVersion(to)).toBeGreaterThan(toBefore);
    await db.delete(results).where(eq(results.id, resultId));
  });

  it("qualifications, requests and the runner's own row move the version", async () => {
    const runner = await storyRunnerId("podium");
    let last = await runnerVersion(runner);
    const moved = async () => {
      const now = await runnerVersion(runner);
      expect(now).toBeGreaterThan(last);
      last = now;
    };

    const [q] = await db.select().from(qualifications).where(eq(qualifications.runnerId, runner)).limit(1);
    if (!q) throw new Error("the podium story has a qualification");
    await db.delete(qualifications).where(eq(qualifications.id, q.id));
    await moved();
    await db.insert(qualifications).values(q);
    await moved();

    const [request] = await db
      .insert(requests)
      .values({ runnerId: runner, editionYear: 2027, type: "extension", status: "submitted", toFinalsRace: "CCC", reason: "Knee injury in June." })
      .returning({ id: requests.id });
    await moved();
    await db.update(requests).set({ status: "withdrawn" }).where(eq(requests.id, request?.id ?? -1));
    await moved();

    await db.update(runners).set({ nationality: "IT" }).where(eq(runners.id, runner));
    await moved();
  });

  it("events, races and Finals editions move the catalog version, not the runners'", async () => {
    const runner = await storyRunnerId("score");
    const runnerBefore = await runnerVersion(runner);
    let last = await catalogVersion();
    for (const write of [
      () => db.update(events).set({ name: sql`${events.name}` }).where(sql`${events.id} = (select min(${events.id}) from ${events})`),
      () => db.update(races).set({ name: sql`${races.name}` }).where(sql`${races.id} = (select min(${races.id}) from ${races})`),
      () => db.update(finalsEditions).set({ podiumPlacesEvent: sql`${finalsEditions.podiumPlacesEvent}` }).where(eq(finalsEditions.year, 2027)),
    ]) {
      await write();
      const now = await catalogVersion();
      expect(now).toBeGreaterThan(last);
      last = now;
    }
    expect(await runnerVersion(runner)).toBe(runnerBefore);
  });

  it("emptying runners, results, qualifications or requests starts a new generation (the catalog version)", async () => {
    const fresh = await createTestDatabase({ prefix: "dashboard_truncate" });
    try {
      const version = async () => (await fresh.db.select({ v: dataVersions.version }).from(dataVersions))[0]?.v ?? -1;
      for (const table of ["requests", "qualifications", "results", "runners"]) {
        const before = await version();
        await fresh.db.execute(sql.raw(`truncate ${table} restart identity cascade`));
        expect(await version(), table).toBeGreaterThan(before);
      }
    } finally {
      await fresh.dispose();
    }
  });

  it("an import through the shared code path moves the version of every runner it touches, and the catalog", async () => {
    const catalogBefore = await catalogVersion();
    const outcome = await importResultsFile(db, readFileSync(path.join(process.cwd(), "test/fixtures/real/torrencialbyutmb_2025_100k.csv")), {
      eventName: "Torrencial by UTMB",
      level: "event",
      source: "cli",
      fileName: "torrencial.csv",
    });
    if (!outcome.ok) throw new Error("import refused");
    const imported = await db
      .select({ v: runners.dataVersion })
      .from(runners)
      .where(inArray(runners.id, db.select({ id: results.runnerId }).from(results).where(eq(results.raceId, outcome.summary.raceId))));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.every((r) => r.v > 0)).toBe(true);
    expect(await catalogVersion()).toBeGreaterThan(catalogBefore);
  });
});

describe("getOwnDashboard: the signed-in runner's dashboard, cached by version", () => {
  it("serves repeat views with the same version from one frozen dashboard, equal to a fresh read", async () => {
    const runnerId = await storyRunnerId("age_group");
    const session = await signedInRunner(runnerId, "cache-repeat@example.com");
    const user = await session();
    expect(user.dashboardVersion).toMatch(/^\d+\.\d+$/);

    const first = await getOwnDashboard(db, user, TODAY);
    const second = await getOwnDashboard(db, user, TODAY);
    expect(second).toBe(first);
    expect(first).toEqual(await getRunnerDashboard(db, { runnerId, today: TODAY }));
    expect(Object.isFrozen(first?.results)).toBe(true);
    expect(() => first?.results.push(first.results[0] as never)).toThrow(TypeError);
  });

  it("shows a new result on the next view, and a changed race name too", async () => {
    const runnerId = await storyRunnerId("not_qualified");
    const session = await signedInRunner(runnerId, "cache-new-result@example.com");
    const before = await getOwnDashboard(db, await session(), TODAY);

    const resultId = await addResult(runnerId, 701);
    const afterResult = await getOwnDashboard(db, await session(), TODAY);
    expect(afterResult).not.toBe(before);
    expect(afterResult?.results.map((r) => r.resultId)).toContain(resultId);
    expect(before?.results.map((r) => r.resultId)).not.toContain(resultId);

    const raceId = afterResult?.results.find((r) => r.resultId === resultId)?.raceId ?? -1;
    await db.update(races).set({ name: "Renamed 55K" }).where(eq(races.id, raceId));
    const afterRename = await getOwnDashboard(db, await session(), TODAY);
    expect(afterRename?.results.find((r) => r.resultId === resultId)?.raceName).toBe("Renamed 55K");
  });

  it("keeps days apart: the period and the index validity depend on the day", async () => {
    const runnerId = await storyRunnerId("exact");
    const user = await (await signedInRunner(runnerId, "cache-days@example.com"))();
    const today = await getOwnDashboard(db, user, TODAY);
    const nextYear = await getOwnDashboard(db, user, "2027-11-26");
    expect(nextYear).not.toBe(today);
    expect(nextYear?.edition.year).toBe(2028);
    expect(await getOwnDashboard(db, user, TODAY)).toBe(today);
  });

  it("caches nothing without a version (a session read before the catalog existed)", async () => {
    const runnerId = await storyRunnerId("podium");
    const first = await getOwnDashboard(db, { runnerId, dashboardVersion: null }, TODAY);
    const second = await getOwnDashboard(db, { runnerId, dashboardVersion: null }, TODAY);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it("answers null for a runner that does not exist", async () => {
    const [{ max } = { max: 0 }] = await db.select({ max: sql<number>`coalesce(max(${runners.id}), 0)::int` }).from(runners);
    expect(await getOwnDashboard(db, { runnerId: max + 1, dashboardVersion: "0.0" }, TODAY)).toBeNull();
  });
});
