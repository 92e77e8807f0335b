/**
 * R20 at the finish line: a runner whose provisional score straddles the threshold is "too close to call"
 * on the pushes; they are told once how it settled, when the official scores come or a push narrows the
 * range, and never again on a re-import or when the race is declared final.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, gt, lte } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { finalsEditions, notifications, races, results, runners, tooCloseCalls, users } from "@/db/schema";
import { editionConfigToRow } from "@/lib/data/editions";
import { defaultEditionConfig, defaultEditionForRaceDate } from "@/lib/domain/edition";
import { scoreForTime, type ConstantBasis } from "@/lib/domain/provisional-score";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
const FILE = readFileSync(path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv"), "utf8");
/** The same finishers with no published score (the last column): the live feed before the scores. */
const UNSCORED = FILE.split("\n")
  .map((line, i, lines) => (line.startsWith("#") || i === lines.findIndex((l) => l.startsWith("bib,")) || !line.includes(",") ? line : line.slice(0, line.lastIndexOf(",") + 1)))
  .join("\n");
const HEADER = FILE.split("\n").filter((l) => l.startsWith("#") || l.startsWith("bib,"));
/** One scored row of the file (the winner's): a push that fixes the edition's constant by R5. */
const WINNER_ONLY = [...HEADER, FILE.split("\n").find((l) => l.startsWith("22,"))].join("\n") + "\n";

// A database per test: the two stories share the file's runners.
beforeEach(async () => {
  database = await createTestDatabase({ prefix: "too_close" });
});
afterEach(async () => {
  await database?.dispose();
});

/**
 * Pushes the unscored file, then makes the threshold a mid-field man's provisional score (so his range
 * straddles it) and gives him an account; the next push records him too close to call.
 */
async function tooCloseRunner(eventName: string, userId: string) {
  const { importResultsFile } = await import("@/lib/ingest/import");
  const live = { eventName, level: "event" as const, source: "api" as const, partial: true };
  const first = await importResultsFile(database.db, Buffer.from(UNSCORED), live);
  if (!first.ok) throw new Error("fixture refused");
  const [race] = await database.db.select().from(races).where(eq(races.id, first.summary.raceId));
  if (!race?.scoreConstant || !race.scoreConstantLow || !race.scoreConstantHigh || !race.category) throw new Error("no constant from the field");
  const [man] = await database.db
    .select({ runnerId: results.runnerId, timeSeconds: results.timeSeconds })
    .from(results)
    .innerJoin(runners, eq(runners.id, results.runnerId))
    .where(and(eq(results.raceId, race.id), eq(runners.sex, "M"), gt(results.finisherPlaceBySex, 10), lte(results.finisherPlaceBySex, 11)));
  if (!man?.timeSeconds) throw new Error("no mid-field man");
  const provisional = scoreForTime({ constant: race.scoreConstant, low: race.scoreConstantLow, high: race.scoreConstantHigh, basis: race.scoreConstantBasis as ConstantBasis }, man.timeSeconds);
  const year = defaultEditionForRaceDate(race.date);
  const config = defaultEditionConfig(year);
  const row = editionConfigToRow({ ...config, scoreThresholds: { ...config.scoreThresholds, M: { ...config.scoreThresholds.M, [race.category]: provisional.score } } });
  await database.db.insert(finalsEditions).values(row).onConflictDoUpdate({ target: finalsEditions.year, set: row });
  await database.db.insert(users).values({ id: userId, email: `${userId}@example.com`, role: "runner" });
  await database.db.update(runners).set({ userId }).where(eq(runners.id, man.runnerId));

  await importResultsFile(database.db, Buffer.from(UNSCORED), live);
  const told = async () => database.db.select({ subject: notifications.subject, params: notifications.params }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "too_close_resolved")));
  const calls = async () => database.db.select().from(tooCloseCalls).where(eq(tooCloseCalls.raceId, race.id));
  return { importResultsFile, live, race, man, threshold: provisional.score, year, told, calls };
}

describe("too close to call, settled", () => {
  it("tells the runner once when the official scores come, with the score and the threshold", async () => {
    const { importResultsFile, live, race, man, threshold, year, told, calls } = await tooCloseRunner("Torrencial Close", "close-runner");
    expect(await calls()).toMatchObject([{ runnerId: man.runnerId, editionYear: year, finalsRace: "CCC" }]);
    expect(await told()).toEqual([]);
    await importResultsFile(database.db, Buffer.from(UNSCORED), live);
    expect(await told()).toEqual([]);

    await importResultsFile(database.db, Buffer.from(FILE), live);
    const [official] = await database.db.select({ score: results.utmbScore }).from(results).where(and(eq(results.raceId, race.id), eq(results.runnerId, man.runnerId)));
    const outcome = (official?.score ?? 0) >= threshold ? "qualified" : "not_qualified";
    expect(await told()).toEqual([
      {
        subject: `too_close_resolved:${year}:CCC:${race.id}`,
        params: expect.objectContaining({ outcome, basis: "official", score: official?.score, threshold, finalsRace: "CCC", editionYear: year }),
      },
    ]);
    expect(await calls()).toEqual([]);

    await importResultsFile(database.db, Buffer.from(FILE), live);
    await importResultsFile(database.db, Buffer.from(FILE), { ...live, final: true });
    expect(await told()).toHaveLength(1);
  });

  it("tells the runner once when a push narrows the range, not again when the race is declared final", async () => {
    const { importResultsFile, live, race, told, calls } = await tooCloseRunner("Torrencial Narrow", "narrow-runner");
    expect(await calls()).toHaveLength(1);
    // The winner's published score fixes the constant: the range is the rounding only.
    await importResultsFile(database.db, Buffer.from(WINNER_ONLY), live);
    const [settled] = await told();
    expect(settled?.params).toMatchObject({ basis: "provisional" });
    expect(["provisionally_qualified", "not_qualified"]).toContain(settled?.params.outcome);
    expect(Number(settled?.params.high) - Number(settled?.params.low)).toBeLessThanOrEqual(2);
    expect(await calls()).toEqual([]);

    const { declareResultsFinal } = await import("@/lib/data/events");
    await declareResultsFinal(database.db, { raceId: race.id, actorUserId: "narrow-runner" });
    await importResultsFile(database.db, Buffer.from(WINNER_ONLY), live);
    expect(await told()).toHaveLength(1);
  });
});
