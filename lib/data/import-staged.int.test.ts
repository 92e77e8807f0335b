/**
 * Issue 14: on the embedded database a new race's import is written in short batches under a hidden race,
 * so reads go on while it runs and never see it half-written; a failure at any stage, or a process that
 * died in the middle (then the next start), leaves the data as it was. Always on PGlite: the batches are
 * its answer to having one connection (PostgreSQL keeps one transaction and MVCC).
 */
import { count, eq, max, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Database, type Db } from "@/db/client";
import { auditEvents, events, importStages, notifications, qualifications, races, resultImports, results, runnerIndexes, runners } from "@/db/schema";
import { importResultsFile } from "@/lib/ingest/import";
import { buildResultsFile } from "@/test/make-results-file";
import { getRunnerDashboard } from "./dashboard";
import { getEventWithRaces, listEvents } from "./events";
import { discardStagedImports } from "./import-staged";
import { listEditionQualifiers } from "./qualifiers";

let database: Database;
let db: Db;
let knownRunnerId: number;
const TODAY = "2026-11-26";

beforeAll(async () => {
  database = await openDatabase({ dataDir: null });
  await migrateDatabase(database);
  db = database.db;
  // A runner already in the database, whose dashboard the reads below open.
  const first = await importResultsFile(db, buildResultsFile({ rows: 40, seed: 3, date: "2026-05-02", race: "Known 40K", firstRunnerId: 5_000_000 }), {
    eventName: "Known Trail",
    level: "event",
    source: "cli",
  });
  if (!first.ok) throw new Error("seed import refused");
  const [row] = await db.select({ id: max(runners.id) }).from(runners);
  knownRunnerId = row?.id ?? 0;
});

afterAll(async () => {
  await database?.close();
});

/** Everything an import writes, table by table, and the runners' data versions and kept indexes. */
async function snapshot() {
  const tables = { events, races, runners, results, qualifications, auditEvents, resultImports, notifications, importStages, runnerIndexes };
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  out.maxRunner = (await db.select({ id: max(runners.id) }).from(runners))[0]?.id;
  out.knownRunner = await db.select().from(runners).where(eq(runners.id, knownRunnerId));
  return out;
}

const bigFile = (rows: number, race: string) => buildResultsFile({ rows, seed: 11, date: "2026-06-14", race, firstRunnerId: 6_000_000 });
const target = (eventName: string) => ({ eventName, level: "major", source: "cli", fileName: "big.csv" }) as const;

/** A trigger that fails the statement writing a row where `condition` holds (`drop` removes it). */
async function failWhen(table: string, timing: "insert" | "delete", condition: string) {
  const name = `test_fail_${table}`;
  await db.execute(
    sql.raw(`create or replace function ${name}() returns trigger language plpgsql as $$ begin
      if ${condition} then raise exception 'injected failure on ${table}'; end if; return ${timing === "delete" ? "old" : "new"}; end $$`),
  );
  await db.execute(sql.raw(`create trigger ${name} before ${timing} on ${table} for each row execute function ${name}()`));
  return () => db.execute(sql.raw(`drop trigger ${name} on ${table}`));
}

describe("a large import of a new race on PGlite", () => {
  it("answers reads issued while it runs before it finishes, and those reads never see the race half-written", async () => {
    const before = await getRunnerDashboard(db, { runnerId: knownRunnerId, today: TODAY });
    const order: string[] = [];
    const importing = importResultsFile(db, bigFile(4000, "Big 100K"), target("Big Ultra")).then((outcome) => {
      order.push("import");
      return outcome;
    });
    const seen: { stagedResults: number; listedRaces: number; qualifierRaces: number; dashboardResults: number }[] = [];
    while (!order.includes("import")) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (order.includes("import")) break;
      const stagedNow = () => db.select({ raceId: importStages.raceId }).from(importStages);
      const [staged] = await stagedNow();
      if (!staged) continue;
      // Page-style reads while the hidden race fills: the dashboard, the event page, the qualifier list.
      const [written] = await db.select({ n: count() }).from(results).where(eq(results.raceId, staged.raceId));
      const dashboard = await getRunnerDashboard(db, { runnerId: knownRunnerId, today: TODAY });
      const [event] = await listEvents(db, { search: "Big Ultra" });
      const eventRaces = event ? ((await getEventWithRaces(db, { eventId: event.id }))?.raceList.length ?? 0) : 0;
      const qualifierRaces = (await listEditionQualifiers(db, { editionYear: 2027 })).flatMap((q) => q.reasons).filter((r) => r.raceId === staged.raceId).length;
      // Counted only when the race was still staged after these reads (the last transaction shows it whole).
      if ((await stagedNow()).length === 0) continue;
      order.push("read");
      seen.push({ stagedResults: written?.n ?? 0, listedRaces: eventRaces + (event?.races ?? 0), qualifierRaces, dashboardResults: dashboard?.results.length ?? 0 });
    }
    const outcome = await importing;
    expect(outcome.ok).toBe(true);
    // Reads ran, and ended, while the import was between its batches: some saw results already written.
    expect(order.indexOf("read")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("read")).toBeLessThan(order.indexOf("import"));
    expect(seen.some((s) => s.stagedResults > 0 && s.stagedResults < 4000)).toBe(true);
    for (const s of seen) {
      expect(s).toMatchObject({ listedRaces: 0, qualifierRaces: 0, dashboardResults: before?.results.length });
    }
    // Once it answered, the race is there whole, qualifiers included, and nothing is left staged.
    const [event] = await listEvents(db, { search: "Big Ultra" });
    expect(event?.races).toBe(1);
    expect((await getEventWithRaces(db, { eventId: event?.id ?? 0 }))?.raceList[0]?.results).toBe(4000);
    expect((await listEditionQualifiers(db, { editionYear: 2027 })).length).toBeGreaterThan(0);
    expect(await db.select().from(importStages)).toEqual([]);
  });

  it.each([
    // A trigger sees the rows of earlier statements only: the first batch's 500 runners, in the second.
    ["creating runners (second batch)", "runners", "insert", "(select count(*) from runners where external_id >= '6000000') >= 500"],
    ["writing results (row 2,500 of 3,000)", "results", "insert", "new.bib = '3500'"],
    ["recomputing qualifications", "qualifications", "insert", "true"],
    ["the last transaction that shows the race", "result_imports", "insert", "true"],
  ] as const)("leaves the data as it was, and nothing staged, when it fails while %s", async (_stage, table, timing, condition) => {
    const before = await snapshot();
    const drop = await failWhen(table, timing, condition);
    try {
      await expect(importResultsFile(db, bigFile(3000, "Failing 100K"), target("Failing Ultra"))).rejects.toThrow();
    } finally {
      await drop();
    }
    expect(await snapshot()).toEqual(before);
  });

  it("is undone by the next start when its process died half-way, hidden from readers meanwhile", async () => {
    const before = await snapshot();
    // A process killed after the batches: the import fails at its end and its own clean-up dies with it.
    const dropImport = await failWhen("result_imports", "insert", "true");
    const dropCleanUp = await failWhen("qualifications", "delete", "true");
    try {
      await expect(importResultsFile(db, bigFile(2000, "Killed 100K"), target("Killed Ultra"))).rejects.toThrow();
    } finally {
      await dropImport();
      await dropCleanUp();
    }
    const [stage] = await db.select().from(importStages);
    expect(stage).toBeDefined();
    const [left] = await db.select({ n: count() }).from(results).where(eq(results.raceId, stage?.raceId ?? 0));
    expect(left?.n).toBe(2000);
    const [event] = await listEvents(db, { search: "Killed Ultra" });
    expect(event?.races).toBe(0);

    // What the start does (db/index.ts), and what every import does first.
    expect(await discardStagedImports(db)).toBe(1);
    expect(await snapshot()).toEqual(before);
  });
});
