/**
 * The import on real exports of the corpus (../shared/fixtures/real/utmb-project-results.tar.xz, byte for
 * byte as published): R11 with two races of one category, unnamed races of one event, a corrected file
 * that drops a podium runner, and the dry run. On PGlite, and on PostgreSQL under scripts/with-postgres.sh.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, events, qualifications, races, resultImports, results, runners, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { importResultsFile, type ImportFileOptions } from "@/lib/ingest/import";
import { getEventWithRaces, makeFinalsQualifier } from "./events";
import { getResultImport, listResultImports } from "./result-imports";

const ARCHIVE = path.join(process.cwd(), "..", "shared", "fixtures", "real", "utmb-project-results.tar.xz");
const FILES = ["quitobyutmb_2024_31ktuc.csv", "quitobyutmb_2024_47knut.csv", "wildstrubel_2024_70k.csv"];
let dir: string;
let database: TestDatabase;
let db: Db;
const admin = "admin-r11";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "real-files-"));
  execFileSync("tar", ["-xJf", ARCHIVE, "-C", dir, ...FILES.map((f) => `./${f}`)]);
  database = await createTestDatabase({ prefix: "real_files" });
  db = database.db;
  await db.insert(users).values({ id: admin, email: "admin@example.com", role: "admin" });
});
afterAll(async () => {
  await database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(path.join(dir, name), "utf8");

async function importText(text: string, options: Omit<ImportFileOptions, "source">) {
  const outcome = await importResultsFile(db, text, { source: "cli", ...options });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.summary;
}

async function tableCounts() {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries({ events, races, runners, results, qualifications, resultImports, auditEvents })) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

async function qualifiedRaces(eventName: string) {
  const rows = await db
    .selectDistinct({ race: races.name })
    .from(qualifications)
    .innerJoin(races, eq(races.id, qualifications.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .where(eq(events.name, eventName));
  return rows.map((r) => r.race).sort();
}

describe("unnamed races of one event and R11 (Quito 2024: a 31K and a 47K, both 50K by km-effort)", () => {
  it("keeps the two unnamed races apart, and only the first qualifies until the second is named the qualifier", async () => {
    const target = { eventName: "Quito Trail by UTMB", level: "event" } as const;
    const first = await importText(read("quitobyutmb_2024_31ktuc.csv"), target);
    expect(first).toMatchObject({ raceName: "36 km", category: "50K", finalsQualifier: true });
    const second = await importText(read("quitobyutmb_2024_47knut.csv"), target);
    expect(second).toMatchObject({ raceName: "50 km", category: "50K", finalsQualifier: false, newlyQualified: [] });
    expect(second.raceId).not.toBe(first.raceId);
    expect(second.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('R11: "50 km" is not the event\'s 50K Finals qualifier ("36 km" is)'));
    // Each race keeps its own results and rankings: no collision of places.
    const [a] = await db.select({ n: count() }).from(results).where(eq(results.raceId, first.raceId));
    const [b] = await db.select({ n: count() }).from(results).where(eq(results.raceId, second.raceId));
    expect([a?.n, b?.n]).toEqual([first.rows, second.rows]);
    expect(await qualifiedRaces("Quito Trail by UTMB")).toEqual(["36 km"]);

    // Re-imported as the qualifier: the 47K qualifies, the 31K stops; both races recomputed.
    const switched = await importText(read("quitobyutmb_2024_47knut.csv"), { ...target, qualifier: true });
    expect(switched).toMatchObject({ raceId: second.raceId, finalsQualifier: true, inserted: 0 });
    expect(switched.newlyQualified.length).toBeGreaterThan(0);
    expect(await qualifiedRaces("Quito Trail by UTMB")).toEqual(["50 km"]);
    const [flag] = await db.select({ q: races.isFinalsQualifier }).from(races).where(eq(races.id, first.raceId));
    expect(flag?.q).toBe(false);

    // Switched back by an admin on the event page: the 31K qualifies again, the 47K's qualifiers are gone.
    const page = await getEventWithRaces(db, { eventId: first.eventId });
    expect(page?.raceList.map((r) => [r.name, r.qualifies, r.hasSiblings])).toEqual([
      ["36 km", false, true],
      ["50 km", true, true],
    ]);
    const back = await makeFinalsQualifier(db, { raceId: first.raceId, actorUserId: admin });
    expect(back).toMatchObject({ raceName: "36 km", cleared: [{ id: second.raceId, name: "50 km" }] });
    expect(back?.newlyQualified).toBeGreaterThan(0);
    expect(await qualifiedRaces("Quito Trail by UTMB")).toEqual(["36 km"]);
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.entityType, "race"), eq(auditEvents.actorUserId, admin)));
    expect(audits.map((a) => a.details)).toContainEqual({ before: { isFinalsQualifier: true }, after: { isFinalsQualifier: false } });
  });
});

describe("R11 on Wildstrubel 2024 (a 70K and a 110K, both 100K by km-effort)", () => {
  it("qualifies the runners of one 100K race only", async () => {
    const target = { eventName: "Wildstrubel by UTMB", level: "event" } as const;
    const wild70 = await importText(read("wildstrubel_2024_70k.csv"), target);
    expect(wild70).toMatchObject({ category: "100K", finalsQualifier: true });
    // The 110K's file is kept apart from the corpus: the same field on a 110 km course with 5,000 m D+ (160 km-effort, 100K like the 70K).
    const wild110 = await importText(read("wildstrubel_2024_70k.csv").replace("# Race: wildstrubel by utmb 2024 - Wild 70", "# Race: wildstrubel by utmb 2024 - Wild 110"), {
      ...target,
      race: { distanceKm: 110, elevationGainM: 5000 },
    });
    expect(wild110).toMatchObject({ category: "100K", finalsQualifier: false, newlyQualified: [] });
    expect(await qualifiedRaces("Wildstrubel by UTMB")).toEqual(["wildstrubel by utmb 2024 - Wild 70"]);
  });
});

describe("a file is the race's full list", () => {
  it("takes a podium runner off when the corrected file no longer lists her, and audits the removal", async () => {
    const target = { eventName: "Quito Trail by UTMB (corrections)", level: "event" } as const;
    const text = read("quitobyutmb_2024_31ktuc.csv");
    const first = await importText(text, target);
    const winner = text.split("\n").find((l) => /,F,[^,]*,[^,]*,[^,]*,[^,]*,1\.0,1\.0,/.test(l) || /,F,.*,\d+(\.0)?,1\.0,\d+(\.0)?,.*,True,f,/.test(l));
    expect(winner).toBeDefined();
    const bib = winner!.split(",")[0]!;
    const [before] = await db
      .select({ n: count() })
      .from(qualifications)
      .innerJoin(results, eq(results.id, qualifications.resultId))
      .where(and(eq(results.raceId, first.raceId), eq(results.bib, bib)));
    expect(before?.n).toBeGreaterThan(0);

    const corrected = await importText(text.replace(`${winner}\n`, ""), target);
    expect(corrected).toMatchObject({ removed: 1, inserted: 0, rows: first.rows - 1 });
    const [gone] = await db.select({ n: count() }).from(results).where(and(eq(results.raceId, first.raceId), eq(results.bib, bib)));
    expect(gone?.n).toBe(0);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, "removed"));
    expect(audit.map((a) => (a.details as { before: { bib: string } }).before.bib)).toContain(bib);
    // The next woman is now first: the podium moved up.
    expect(corrected.newlyQualified.some((q) => q.sex === "F" && q.reasons.some((r) => r.kind === "podium"))).toBe(true);

    // A partial file (a live feed) keeps what it does not list.
    const partial = await importText(text.split("\n").slice(0, 12).join("\n"), { ...target, partial: true });
    expect(partial).toMatchObject({ removed: 0, partial: true });
  });
});

describe("the dry run", () => {
  it("answers what would be inserted and who would qualify, and writes nothing", async () => {
    const before = await tableCounts();
    const outcome = await importResultsFile(db, read("wildstrubel_2024_70k.csv"), { source: "api", eventName: "Wildstrubel Dry Run", level: "major", dryRun: true });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.summary).toMatchObject({ dryRun: true, importId: 0, removed: 0 });
    expect(outcome.summary.inserted).toBe(outcome.summary.rows);
    expect(outcome.summary.newlyQualified.length).toBeGreaterThanOrEqual(20); // top 10 per sex at a Major (R9)
    expect(await tableCounts()).toEqual(before);
  });
});

describe("the imports history", () => {
  it("lists each import with its counts and warnings, and each change it made", async () => {
    const target = { eventName: "Quito Trail by UTMB (history)", level: "event" } as const;
    const text = read("quitobyutmb_2024_31ktuc.csv");
    const first = await importText(text, { ...target, fileName: "31k.csv" });
    const lines = text.split("\n");
    const lastRow = lines.filter((l) => /^\d/.test(l)).at(-1)!;
    const second = await importText(text.replace(`${lastRow}\n`, "").replace(lastRow, ""), { ...target, fileName: "31k-corrected.csv" });
    const { items, total } = await listResultImports(db, { limit: 2 });
    expect(total).toBeGreaterThanOrEqual(2);
    expect(items.map((i) => [i.id, i.fileName, i.removed])).toEqual([
      [second.importId, "31k-corrected.csv", 1],
      [first.importId, "31k.csv", 0],
    ]);
    const detail = await getResultImport(db, { id: second.importId });
    expect(detail).toMatchObject({ raceName: "36 km", removed: 1, partial: false });
    expect(detail?.audit).toEqual([expect.objectContaining({ entityType: "result", action: "removed" })]);
    expect(detail?.warningList.length).toBe(second.warnings.length);
    expect(await getResultImport(db, { id: 2_000_000_000 })).toBeNull();
  });
});
