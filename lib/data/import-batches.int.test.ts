/**
 * A live feed's pushes arriving together (issue 13): parts of one race pushed at once are written in one
 * transaction, ranked and recomputed once, and each push gets its own record and answer; none is lost.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qualifications, resultImports, results } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

let database: TestDatabase;
const FILE = readFileSync(path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv"), "utf8");
const lines = FILE.trimEnd().split("\n");
const head = lines.filter((l) => l.startsWith("#") || l.startsWith("bib,"));
const rows = lines.filter((l) => !l.startsWith("#") && !l.startsWith("bib,"));
/** One push per finisher, slowest first (each faster one moves the places of those before it). */
const pushes = rows.slice(0, 16).reverse().map((row) => Buffer.from([...head, row].join("\n") + "\n"));

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "import_batches" });
});
afterAll(async () => {
  await database?.dispose();
});

describe("pushes of one race at once", () => {
  it("loses none, answers each with its own counts and ranks the race as one file would", async () => {
    const { importResultsFile } = await import("@/lib/ingest/import");
    const live = { eventName: "Torrencial Feed", level: "event" as const, source: "api" as const, partial: true, raceName: "100K" };
    const answers = await Promise.all(pushes.map((body, i) => importResultsFile(database.db, body, { ...live, fileName: `push-${i}.csv` })));
    expect(answers.every((a) => a.ok)).toBe(true);
    const summaries = answers.flatMap((a) => (a.ok ? [a.summary] : []));
    expect(summaries.map((s) => [s.rows, s.inserted])).toEqual(pushes.map(() => [1, 1]));
    expect(new Set(summaries.map((s) => s.importId)).size).toBe(pushes.length);
    const raceId = summaries[0]?.raceId ?? 0;
    const records = await database.db.select({ inserted: resultImports.inserted, fileName: resultImports.fileName }).from(resultImports).where(eq(resultImports.raceId, raceId));
    expect(records).toHaveLength(pushes.length);
    expect(records.every((r) => r.inserted === 1)).toBe(true);

    // R9: places by sex among these finishers, as the file's own order gives them.
    const stored = await database.db.select({ bib: results.bib, place: results.finisherPlaceBySex }).from(results).where(eq(results.raceId, raceId)).orderBy(asc(results.timeSeconds));
    const whole = await importResultsFile(database.db, Buffer.from([...head, ...rows.slice(0, 16)].join("\n") + "\n"), { ...live, eventName: "Torrencial Whole" });
    if (!whole.ok) throw new Error("refused");
    const expected = await database.db.select({ bib: results.bib, place: results.finisherPlaceBySex }).from(results).where(eq(results.raceId, whole.summary.raceId)).orderBy(asc(results.timeSeconds));
    expect(stored).toEqual(expected);
    // Each runner qualified now was answered as newly qualified (a podium place may have been lost since), by the push that brought them.
    const qualified = await database.db.selectDistinct({ bib: results.bib }).from(qualifications).innerJoin(results, eq(results.id, qualifications.resultId)).where(eq(qualifications.raceId, raceId));
    expect(summaries.flatMap((s) => s.newlyQualified.map((q) => q.bib))).toEqual(expect.arrayContaining(qualified.map((q) => q.bib)));
    for (const s of summaries) for (const q of s.newlyQualified) expect(pushes[summaries.indexOf(s)]?.toString()).toContain(`\n${q.bib},`);
  });
});
