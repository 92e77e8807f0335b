import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { auditEvents, events, qualifications, races, resultImports, results, runners, users } from "@/db/schema";
import { buildResultsFile } from "@/test/make-results-file";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { importResultsFile, type ImportFileOptions } from "@/lib/ingest/import";
import type { ImportedQualifier } from "./import-results";
import { listEditionQualifiers } from "./qualifiers";

const fixture = (name: string) => path.join(process.cwd(), "test", "fixtures", name);
const CANYONS = fixture("real/canyons_2024_100k.csv");
const TORRENCIAL = fixture("real/torrencialbyutmb_2025_100k.csv");

/** The file read independently of the import's parser: csv-parse/sync, `#` lines as comments. */
function fileRows(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file), { columns: true, comment: "#", skip_empty_lines: true }) as Record<string, string>[];
}

const TORRENCIAL_TARGET = { eventName: "Torrencial by UTMB", level: "event", source: "cli" } as const;
const CANYONS_TARGET = { eventName: "Canyons Endurance Runs by UTMB", level: "major", source: "cli" } as const;

async function importFile(db: Db, file: string, options: ImportFileOptions) {
  return importResultsFile(db, readFileSync(file), { fileName: path.basename(file), ...options });
}

async function tableCounts(db: Db) {
  const tables = { events, races, runners, results, qualifications, auditEvents, resultImports };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

/** Qualification reasons by bib, for one race: "podium", "score", "age_group". */
async function reasonsByBib(db: Db, raceId: number) {
  const rows = await db
    .select({ bib: results.bib, sex: runners.sex, kind: qualifications.kind, edition: qualifications.editionYear, finalsRace: qualifications.finalsRace })
    .from(qualifications)
    .innerJoin(results, eq(results.id, qualifications.resultId))
    .innerJoin(runners, eq(runners.id, results.runnerId))
    .where(eq(qualifications.raceId, raceId));
  return rows;
}

function bibsWhere(rows: Record<string, string>[], keep: (r: Record<string, string>) => boolean): string[] {
  return rows.filter(keep).map((r) => r.bib ?? "").sort();
}

describe("importResults on the real exports", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase({ prefix: "import" });
    db = database.db;
  });
  afterAll(() => database?.dispose());

  it("imports Canyons 2024 as a Major: every runner and result, DNF and DNS, top 10 per sex on the podium", async () => {
    const outcome = await importFile(db, CANYONS, CANYONS_TARGET);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const s = outcome.summary;
    expect(s).toMatchObject({ rows: 730, inserted: 730, updated: 0, unchanged: 0, category: "100K", raceName: "HOKA Canyons Endurance Run by UTMB 2024 - 100K" });

    const file = fileRows(CANYONS);
    const stored = await db.select({ status: results.status, bib: results.bib, time: results.timeSeconds, ext: runners.externalId }).from(results).innerJoin(runners, eq(runners.id, results.runnerId)).where(eq(results.raceId, s.raceId));
    expect(stored).toHaveLength(file.length);
    const statuses = { finisher: 0, dnf: 0, dns: 0, dsq: 0 };
    for (const r of stored) statuses[r.status]++;
    expect(statuses).toEqual({
      finisher: file.filter((r) => r.status === "f").length,
      dnf: file.filter((r) => r.status === "a").length,
      dns: file.filter((r) => r.status === "np").length,
      dsq: 0,
    });
    expect(stored.filter((r) => r.status === "dns").every((r) => r.time === null)).toBe(true);
    expect(stored.find((r) => r.bib === "1405")?.ext).toBeNull();
    expect((await tableCounts(db)).runners).toBe(730);
    const [chinese] = await db.select({ name: runners.name, nationality: runners.nationality }).from(runners).where(eq(runners.externalId, "6058191"));
    expect(chinese).toEqual({ name: "威廷 陳", nationality: "TW" });

    // R9 at a Major: top 10 women and men by place among finishers (ties share); no scores in this file.
    const reasons = await reasonsByBib(db, s.raceId);
    expect(new Set(reasons.map((r) => `${r.finalsRace} ${r.edition}`))).toEqual(new Set(["CCC 2025"])); // R8: 2024 race -> 2025 Finals
    for (const [sex, letter] of [["F", "F"], ["M", "H"]] as const) {
      const podium = bibsWhere(file, (r) => r.sex === letter && r.status === "f" && Number(r.rank_sex) <= 10);
      expect(podium.length).toBeGreaterThanOrEqual(10);
      expect(reasons.filter((r) => r.sex === sex && r.kind === "podium").map((r) => r.bib).sort()).toEqual(podium);
      expect(reasons.filter((r) => r.kind === "score")).toEqual([]);
      // R12: a Major gives 35 places per sex (top 10 + age groups).
      expect(new Set(reasons.filter((r) => r.sex === sex).map((r) => r.bib)).size).toBe(35);
    }
    expect(s.newlyQualified).toHaveLength(70);
    expect(s.newlyQualified.filter((q) => q.reasons.some((r) => r.kind === "podium"))).toHaveLength(20);
  });

  it("imports Torrencial 2025 as an Event: top 3 per sex and scores at or above W 710 / M 850 for the 2026 Finals", async () => {
    const outcome = await importFile(db, TORRENCIAL, TORRENCIAL_TARGET);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const s = outcome.summary;
    expect(s).toMatchObject({ rows: 224, inserted: 224, raceName: "98 km", category: "100K" });

    const file = fileRows(TORRENCIAL);
    const reasons = await reasonsByBib(db, s.raceId);
    expect(new Set(reasons.map((r) => `${r.finalsRace} ${r.edition}`))).toEqual(new Set(["CCC 2026"]));
    const threshold = { F: 710, H: 850 } as const;
    const expected = new Set<string>();
    for (const letter of ["F", "H"] as const) {
      const sex = letter === "F" ? "F" : "M";
      const podium = bibsWhere(file, (r) => r.sex === letter && r.status === "f" && Number(r.rank_sex) <= 3);
      const score = bibsWhere(file, (r) => r.sex === letter && r.status === "f" && r.utmb_score !== "" && Number(r.utmb_score) >= threshold[letter]);
      expect(podium).toHaveLength(3);
      expect(reasons.filter((r) => r.sex === sex && r.kind === "podium").map((r) => r.bib).sort()).toEqual(podium);
      expect(reasons.filter((r) => r.sex === sex && r.kind === "score").map((r) => r.bib).sort()).toEqual(score);
      for (const bib of [...podium, ...score]) expected.add(bib);
    }
    expect(reasons.filter((r) => r.kind === "age_group")).toEqual([]); // R12: only at Majors
    expect(new Set(s.newlyQualified.map((q) => q.bib))).toEqual(expected);
    expect(s.newlyQualified.find((q) => q.bib === "22")).toMatchObject({ runnerName: "Luis Alberto LOBOS MASSIFF", sex: "M", finalsRace: "CCC", editionYear: 2026, externalId: "4935706" });

    const qualifiers = await listEditionQualifiers(db, { editionYear: 2026 });
    expect(qualifiers.map((q) => q.runnerName).sort()).toEqual(s.newlyQualified.map((q) => q.runnerName).sort());
  });

  it("changes nothing when the same file comes again", async () => {
    const before = await tableCounts(db);
    const outcome = await importFile(db, TORRENCIAL, TORRENCIAL_TARGET);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 224, runnersCreated: 0, runnersUpdated: 0, newlyQualified: [] });
    const after = await tableCounts(db);
    expect(after).toEqual({ ...before, resultImports: before.resultImports! + 1 });
  });

  it("updates only the corrected row and records the change", async () => {
    const original = readFileSync(TORRENCIAL, "utf8");
    const corrected = original.replace(",09:59:35,35975.51,", ",09:58:35,35915.51,");
    expect(corrected).not.toBe(original);
    const outcome = await importResultsFile(db, corrected, { ...TORRENCIAL_TARGET, fileName: "corrected.csv" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 223, newlyQualified: [] });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityType, "result"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "updated", details: expect.objectContaining({ bib: "22", before: { timeSeconds: 35975 }, after: { timeSeconds: 35915 } }) });
  });

  it("refuses a malformed file whole and leaves the database unchanged", async () => {
    const before = await tableCounts(db);
    const broken = readFileSync(TORRENCIAL, "utf8").replace("22,Luis Alberto LOBOS MASSIFF,CL,34,H,", "22,Luis Alberto LOBOS MASSIFF,CL,34,X,");
    const outcome = await importResultsFile(db, broken, TORRENCIAL_TARGET);
    // The winner's sex unreadable: the men's podium depends on it (R9), so the file is refused.
    expect(outcome).toMatchObject({ ok: false, reason: "invalid", errors: [{ line: 8, column: "sex", message: expect.stringContaining("stands ahead of the finisher on line 9 (podium place 1) but its sex is not given") }] });
    for (const name of ["wrong-header", "many-problems", "duplicate-bib"]) {
      const refused = await importFile(db, fixture(`import/${name}.csv`), TORRENCIAL_TARGET);
      expect(refused.ok, name).toBe(false);
    }
    const huge = await importResultsFile(db, (async function* () {})(), { ...TORRENCIAL_TARGET, sizeBytes: 50 * 1024 * 1024 });
    expect(huge).toMatchObject({ ok: false, reason: "too-large" });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("refuses an event already stored at another level, and a year the race is not in", async () => {
    const before = await tableCounts(db);
    const level = await importFile(db, TORRENCIAL, { ...TORRENCIAL_TARGET, level: "major" });
    expect(level).toMatchObject({ ok: false, errors: [{ column: "level" }] });
    const year = await importFile(db, TORRENCIAL, { ...TORRENCIAL_TARGET, year: 2024 });
    expect(year).toMatchObject({ ok: false, errors: [{ column: "year" }] });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("matches runners by external id across races, never by name alone", async () => {
    const before = (await tableCounts(db)).runners!;
    const first = await importFile(db, fixture("import/valid-live.csv"), { eventName: "Fixture Trail", level: "event", source: "cli" });
    expect(first.ok).toBe(true);
    expect((await tableCounts(db)).runners).toBe(before + 4);
    // Same people in the canonical format, another event: ids 101-103 match; Eva (no id) is a new runner.
    const canonical = readFileSync(fixture("import/valid-canonical.csv"), "utf8").replace("Anna BERG", "Anna BERG-LUND");
    const second = await importResultsFile(db, canonical, { eventName: "Fixture Trail Two", level: "index", source: "cli" });
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.summary).toMatchObject({ runnersCreated: 1, runnersUpdated: 1 });
    expect((await tableCounts(db)).runners).toBe(before + 5);
    const [anna] = await db.select({ name: runners.name }).from(runners).where(eq(runners.externalId, "101"));
    expect(anna?.name).toBe("Anna BERG-LUND");
    // Re-importing the first file keeps Eva's runner (same bib, no id) instead of creating another.
    const again = await importFile(db, fixture("import/valid-live.csv"), { eventName: "Fixture Trail", level: "event", source: "cli" });
    expect(again).toMatchObject({ ok: true, summary: { runnersCreated: 0, inserted: 0, updated: 0 } });
  });

  it("imports a 10,000-row file in a few seconds", async () => {
    const text = buildResultsFile({ rows: 10_000, seed: 3, firstRunnerId: 50_000_000 });
    const started = performance.now();
    const outcome = await importResultsFile(db, text, { eventName: "Synthetic Major", level: "major", source: "cli" });
    const ms = performance.now() - started;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors.slice(0, 5)));
    expect(outcome.summary.inserted).toBe(10_000);
    console.error(`10,000-row import on ${database.kind}: ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(20_000); // generous for a loaded CI machine; ~3 s on 2 cores with PGlite
  });
});

/** Everything an import writes, without ids and timestamps, in a stable order. */
async function databaseState(db: Db) {
  const eventRows = await db.select({ name: events.name, level: events.level, year: events.year, country: events.country }).from(events).orderBy(asc(events.name));
  const raceRows = await db
    .select({ name: races.name, date: races.date, distanceKm: races.distanceKm, gain: races.elevationGainM, loss: races.elevationLossM, category: races.category, url: races.sourceUrl })
    .from(races)
    .orderBy(asc(races.name));
  const runnerRows = await db
    .select({ externalId: runners.externalId, name: runners.name, sex: runners.sex, birthYear: runners.birthYear, nationality: runners.nationality })
    .from(runners)
    .orderBy(asc(runners.externalId), asc(runners.name));
  const resultRows = await db
    .select({
      bib: results.bib,
      runner: runners.externalId,
      runnerName: runners.name,
      time: results.timeSeconds,
      status: results.status,
      placeOverall: results.placeOverall,
      placeBySex: results.placeBySex,
      ageGroup: results.ageGroup,
      placeInAgeGroup: results.placeInAgeGroup,
      age: results.age,
      score: results.utmbScore,
      finisherPlaceBySex: results.finisherPlaceBySex,
    })
    .from(results)
    .innerJoin(runners, eq(runners.id, results.runnerId))
    .orderBy(asc(results.bib));
  const qualificationRows = await db
    .select({ bib: results.bib, edition: qualifications.editionYear, finalsRace: qualifications.finalsRace, kind: qualifications.kind, place: qualifications.place, score: qualifications.score, threshold: qualifications.threshold, ageGroup: qualifications.ageGroup })
    .from(qualifications)
    .innerJoin(results, eq(results.id, qualifications.resultId))
    .orderBy(asc(results.bib), asc(qualifications.kind));
  return { eventRows, raceRows, runnerRows, resultRows, qualificationRows };
}

function qualifierList(list: readonly Pick<ImportedQualifier, "bib" | "runnerName" | "sex" | "editionYear" | "finalsRace" | "reasons" | "externalId">[]) {
  return list
    .map((q) => ({ bib: q.bib, runnerName: q.runnerName, externalId: q.externalId, sex: q.sex, editionYear: q.editionYear, finalsRace: q.finalsRace, reasons: q.reasons }))
    .sort((a, b) => a.bib.localeCompare(b.bib));
}

describe("the three doors (admin page, API, command line) give the same result", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "finals-import-"));
    dirs.push(dir);
    return dir;
  };
  let pageDatabase: TestDatabase;
  let closeApiDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    pageDatabase = await createTestDatabase({ prefix: "doors" });
  });
  afterAll(async () => {
    await closeApiDatabase?.();
    await pageDatabase?.dispose();
    vi.unstubAllEnvs();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("imports Torrencial through each door to the same database state and qualifier list", async () => {
    const body = readFileSync(TORRENCIAL);
    const query = "event=Torrencial+by+UTMB&level=event&year=2025&filename=torrencialbyutmb_2025_100k.csv";

    // API: the route handler on its own embedded database (DATA_DIR), with a token an admin created.
    const apiDir = tempDir();
    vi.stubEnv("DATA_DIR", apiDir);
    vi.stubEnv("DATABASE_URL", "");
    const { getDb, closeDatabase } = await import("@/db");
    closeApiDatabase = closeDatabase;
    const { POST } = await import("@/app/api/v1/results/route");
    const { createApiToken } = await import("./api-tokens");
    const apiDb = await getDb();
    const [admin] = await apiDb.insert(users).values({ email: "admin@example.com", role: "admin" }).returning({ id: users.id });
    const { token } = await createApiToken(apiDb, { name: "Timing provider", createdBy: admin!.id });

    const unauthorised = await POST(new Request(`http://localhost/api/v1/results?${query}`, { method: "POST", body, headers: { authorization: "Bearer fp_wrong" } }));
    expect(unauthorised.status).toBe(401);
    const apiResponse = await POST(
      new Request(`http://localhost/api/v1/results?${query}`, {
        method: "POST",
        body,
        headers: { authorization: `Bearer ${token}`, "content-type": "text/csv", "content-length": String(body.byteLength) },
      }),
    );
    expect(apiResponse.status).toBe(200);
    const apiSummary = (await apiResponse.json()) as { newlyQualified: ImportedQualifier[]; inserted: number };
    expect(apiSummary.inserted).toBe(224);

    // The admin page's import (what app/api/admin/imports runs once the session is checked).
    const { handleResultsUpload } = await import("@/lib/ingest/upload");
    const [pageAdmin] = await pageDatabase.db.insert(users).values({ email: "admin@example.com", role: "admin" }).returning({ id: users.id });
    const pageResponse = await handleResultsUpload(
      new Request(`http://localhost/api/admin/imports?${query}`, { method: "POST", body, headers: { "content-type": "text/csv" } }),
      pageDatabase.db,
      { source: "page", actorUserId: pageAdmin!.id },
    );
    expect(pageResponse.status).toBe(200);
    const pageSummary = (await pageResponse.json()) as { newlyQualified: ImportedQualifier[] };

    // Command line: a separate process on a fresh embedded database.
    const cliDir = tempDir();
    const { stdout } = await promisify(execFile)(
      "npx",
      ["tsx", "scripts/cli.ts", "import", TORRENCIAL, "--event", "Torrencial by UTMB", "--level", "event", "--year", "2025", "--json"],
      { env: { ...process.env, DATA_DIR: cliDir, DATABASE_URL: "" }, cwd: process.cwd() },
    );
    const cliSummary = JSON.parse(stdout) as { newlyQualified: ImportedQualifier[] };

    expect(qualifierList(apiSummary.newlyQualified)).toHaveLength(6);
    expect(qualifierList(pageSummary.newlyQualified)).toEqual(qualifierList(apiSummary.newlyQualified));
    expect(qualifierList(cliSummary.newlyQualified)).toEqual(qualifierList(apiSummary.newlyQualified));

    const cliDatabase = await openDatabase({ dataDir: cliDir });
    try {
      const cliState = await databaseState(cliDatabase.db);
      const apiState = await databaseState(apiDb);
      const pageState = await databaseState(pageDatabase.db);
      expect(apiState.resultRows).toHaveLength(224);
      expect(pageState).toEqual(apiState);
      expect(cliState).toEqual(apiState);
      const sources = async (db: Db) => (await db.select({ source: resultImports.source, sha: resultImports.sha256 }).from(resultImports));
      const [api] = await sources(apiDb);
      expect(api?.source).toBe("api");
      expect(await sources(pageDatabase.db)).toEqual([{ source: "page", sha: api?.sha }]);
      expect(await sources(cliDatabase.db)).toEqual([{ source: "cli", sha: api?.sha }]);
    } finally {
      await cliDatabase.close();
    }
  });

  it("previews through the API's dry run and checks files with the CLI, writing nothing", async () => {
    const body = readFileSync(TORRENCIAL);
    const database = await createTestDatabase({ prefix: "dryrun" });
    try {
      const before = await tableCounts(database.db);
      const { handleResultsUpload } = await import("@/lib/ingest/upload");
      const response = await handleResultsUpload(
        new Request("http://localhost/api/v1/results?event=Torrencial+by+UTMB&level=event&dry_run=true", { method: "POST", body, headers: { "content-type": "text/csv" } }),
        database.db,
        { source: "api" },
      );
      expect(response.status).toBe(200);
      const summary = (await response.json()) as { dryRun: boolean; inserted: number; newlyQualified: ImportedQualifier[]; warnings: unknown[] };
      expect(summary).toMatchObject({ dryRun: true, inserted: 224 });
      expect(qualifierList(summary.newlyQualified)).toHaveLength(6);
      expect(await tableCounts(database.db)).toEqual(before);
      const bad = await handleResultsUpload(
        new Request("http://localhost/api/v1/results?event=X&level=event&dry_run=maybe", { method: "POST", body, headers: { "content-type": "text/csv" } }),
        database.db,
        { source: "api" },
      );
      expect(bad.status).toBe(400);
    } finally {
      await database.dispose();
    }

    // cli check: a folder and a file, no database at all; a refused file makes the exit code 1.
    const dir = tempDir();
    writeFileSync(path.join(dir, "torrencial.csv"), body);
    writeFileSync(path.join(dir, "broken.csv"), readFileSync(fixture("import/many-problems.csv")));
    const run = promisify(execFile)("npx", ["tsx", "scripts/cli.ts", "check", dir, fixture("real/canyons_2024_100k.csv"), "--json"], {
      env: { ...process.env, DATA_DIR: path.join(dir, "no-database"), DATABASE_URL: "" },
      cwd: process.cwd(),
    });
    const failed = (await run.then(() => null, (error: unknown) => error)) as { code: number; stdout: string } | null;
    expect(failed?.code).toBe(1);
    const report = JSON.parse(failed!.stdout) as { files: { file: string; ok: boolean; rows: number; errors: unknown[] }[]; accepted: number; refused: number };
    expect(report).toMatchObject({ accepted: 2, refused: 1 });
    expect(report.files.map((f) => [path.basename(f.file), f.ok, f.rows])).toEqual([
      ["broken.csv", false, 0],
      ["torrencial.csv", true, 224],
      ["canyons_2024_100k.csv", true, 730],
    ]);
    expect(existsSync(path.join(dir, "no-database"))).toBe(false);
  });
});
