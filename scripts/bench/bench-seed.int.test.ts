// Smoke test of the benchmark generator at 1,000 runners (the benchmark itself never runs in `npm test`).
import { count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finalsEditions, finalsQuotas, qualifications, races, requests, results, runners, users } from "@/db/schema";
import { getRunnerDashboard } from "@/lib/data/dashboard";
import { getSessionUser } from "@/lib/data/users";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { BENCH_ACCOUNTS, BENCH_RUNNER_ID, BENCH_TODAY, generateBenchData, signedInRunnerIds, signedInUserId, type BenchSeedSummary } from "@/scripts/bench/generate";

let database: TestDatabase;
let summary: BenchSeedSummary;

async function rows(table: PgTable) {
  const [row] = await database.db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "bench" });
  summary = await generateBenchData(database, { runners: 1000, results: 5000, seed: 7, recompute: true });
});

afterAll(async () => {
  await database?.dispose();
});

describe("bench seed generator (1,000 runners)", () => {
  it("loads the requested numbers of rows", async () => {
    expect(await rows(runners)).toBe(1000);
    expect(await rows(results)).toBe(5000);
    expect(summary.signedIn).toBe(999);
    expect(await rows(users)).toBe(3 + 999);
    expect(await rows(finalsEditions)).toBe(5);
    expect(await rows(finalsQuotas)).toBe(30);
    expect(await rows(requests)).toBeGreaterThanOrEqual(50);
    expect(summary.loads.find((l) => l.table === "results")?.rows).toBe(5000);
  });

  it("spreads races over five seasons and every category, with finishers ranked and scored", async () => {
    const seasons = await database.db.selectDistinct({ year: sql<number>`extract(year from ${races.date})::int` }).from(races).orderBy(sql`1`);
    expect(seasons.map((r) => Number(r.year))).toEqual([2022, 2023, 2024, 2025, 2026]);
    const categories = await database.db.selectDistinct({ category: races.category }).from(races);
    expect(categories.map((c) => c.category).sort()).toEqual(["100K", "100M", "20K", "50K"]);
    const winners = await database.db.select({ n: count() }).from(results).where(eq(results.finisherPlaceBySex, 1));
    expect(Number(winners[0]?.n)).toBeGreaterThan(100);
    expect(summary.loads.find((l) => l.table === "recompute (results)")?.rows).toBe(5000);
    expect(await rows(qualifications)).toBeGreaterThan(0);
  });

  it("links the bench runner account to a runner whose dashboard loads", async () => {
    const [linked] = await database.db.select({ id: runners.id }).from(runners).where(eq(runners.userId, BENCH_ACCOUNTS.runner.id));
    expect(linked?.id).toBe(BENCH_RUNNER_ID);
    const dashboard = await getRunnerDashboard(database.db, { runnerId: BENCH_RUNNER_ID, today: BENCH_TODAY });
    expect(dashboard?.results).toHaveLength(summary.benchRunnerResults);
    expect(summary.benchRunnerResults).toBe(8);
  });

  it("gives the signed-in runners an account each, linked to their runner, spread over all runners", async () => {
    expect(signedInRunnerIds(1_000_000, 20_000).slice(0, 3)).toEqual([2, 51, 101]);
    expect(signedInRunnerIds(1_000_000, 20_000).at(-1)).toBeLessThanOrEqual(1_000_000);
    expect(new Set(signedInRunnerIds(1_000_000, 20_000)).size).toBe(20_000);
    const [linked] = await database.db.select({ n: count() }).from(runners).where(sql`${runners.userId} like 'bench-user-%'`);
    expect(Number(linked?.n)).toBe(999);
    const user = await getSessionUser(database.db, signedInUserId(500));
    expect(user).toMatchObject({ id: signedInUserId(500), role: "runner", runnerId: 500 });
    expect(user?.dashboardVersion).not.toBeNull();
  });

  it("is deterministic for a seed", async () => {
    const digest = sql<string>`md5(string_agg(concat_ws(',', ${results.runnerId}, ${results.bib}, ${results.timeSeconds}, ${results.utmbScore}), ';' order by ${results.id}))`;
    const [first] = await database.db.select({ h: digest }).from(results);
    await generateBenchData(database, { runners: 1000, results: 5000, seed: 7 });
    const [second] = await database.db.select({ h: digest }).from(results);
    expect(second?.h).toBe(first?.h);
  });
});
