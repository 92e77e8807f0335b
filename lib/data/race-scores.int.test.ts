import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, races } from "@/db/schema";
import { runCli } from "@/lib/cli/run-cli";
import { editionScores } from "@/lib/domain/provisional-score";
import { importResultsFile } from "@/lib/ingest/import";
import { parseResults } from "@/lib/ingest/parse";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { getRaceScores, listEventRaceNames } from "./race-scores";

const TORRENCIAL = path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv");
const CANYONS = path.join(process.cwd(), "test", "fixtures", "real", "canyons_2024_100k.csv");
const TORRENCIAL_TARGET = { eventName: "Torrencial by UTMB", level: "event", source: "cli" } as const;

/** One edition of a 100K course (80 km, 4,000 m) in the canonical layout; `score` null leaves it unpublished. */
function courseFile(date: string, rows: { bib: string; id: string | null; sex: "F" | "M"; time: number; score: number | null }[]): string {
  const lines = rows.map((r) => `${r.bib},${r.id ?? ""},Runner ${r.bib},${r.sex},finisher,${r.time},${r.score ?? ""}`);
  return [`# Race: Long`, "# Distance: 80 km", "# D+: 4000 m", `# Date: ${date}`, "bib,external_id,name,sex,status,time_seconds,utmb_score", ...lines, ""].join("\n");
}

const C_2024 = 3.0e7;
const TIMES = Array.from({ length: 20 }, (_, i) => 36000 + i * 900);

async function importText(db: Db, text: string, eventName: string, year: number) {
  const outcome = await importResultsFile(db, text, { eventName, level: "event", year, source: "cli", fileName: `${eventName}-${year}.csv` });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.summary;
}

describe("getRaceScores (R20)", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase({ prefix: "race_scores" });
    db = database.db;
  });
  afterAll(() => database?.dispose());

  it("keeps a real race's published scores and derives the unpublished ones from them (R5)", async () => {
    const outcome = await importResultsFile(db, readFileSync(TORRENCIAL), { ...TORRENCIAL_TARGET, fileName: "torrencial.csv" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const scores = (await getRaceScores(db, { eventName: "Torrencial by UTMB", year: 2025, raceName: "98 km" }))!;

    // The file read on its own: finishers, their published scores, the edition's constant by R5.
    const file = parseCsv(readFileSync(TORRENCIAL), { columns: true, comment: "#", skip_empty_lines: true }) as Record<string, string>[];
    const finishers = file.filter((r) => r.status === "f");
    const published = new Map(finishers.filter((r) => r.utmb_score).map((r) => [r.bib!, Number(r.utmb_score)]));
    const products = finishers.filter((r) => r.utmb_score).map((r) => Number(r.utmb_score) * Number(r.race_time_seconds)).sort((a, b) => a - b);
    const constant = products[products.length >> 1]!;

    expect(scores.rows).toHaveLength(finishers.length);
    expect(scores.basis).toBe("official-scores");
    const times = scores.rows.map((r) => r.timeSeconds!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const row of scores.rows) {
      expect(Object.keys(row)).toEqual(["bib", "timeSeconds", "score", "status", "low", "high"]);
      if (published.has(row.bib)) {
        expect(row).toMatchObject({ status: "official", score: published.get(row.bib), low: published.get(row.bib), high: published.get(row.bib) });
      } else {
        expect(row.status).toBe("provisional");
        expect(Math.abs(row.score! - constant / row.timeSeconds!)).toBeLessThanOrEqual(1);
        expect(row.low!).toBeLessThanOrEqual(row.score!);
        expect(row.high!).toBeGreaterThanOrEqual(row.score!);
      }
    }
    expect(scores.rows.filter((r) => r.status === "provisional")).toHaveLength(finishers.length - published.size);
    // The import kept the edition's constant on the race, for the dashboards (constant / time).
    const [kept] = await db.select({ c: races.scoreConstant, low: races.scoreConstantLow, high: races.scoreConstantHigh, basis: races.scoreConstantBasis }).from(races).where(eq(races.id, scores.raceId));
    expect(kept?.basis).toBe("official-scores");
    expect(Math.abs((kept?.c ?? 0) / constant - 1)).toBeLessThan(0.002);
    expect(kept!.low!).toBeLessThanOrEqual(kept!.c!);
    expect(kept!.high!).toBeGreaterThanOrEqual(kept!.c!);
  });

  it("before any official score of a real live file, estimates from the indexes the file gave, as the benchmark does", async () => {
    const outcome = await importResultsFile(db, readFileSync(CANYONS), { eventName: "Canyons", level: "major", source: "cli", fileName: "canyons.csv" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const scores = (await getRaceScores(db, { eventName: "Canyons", year: 2024, raceName: outcome.summary.raceName }))!;
    const parsed = await parseResults(readFileSync(CANYONS));
    if (!parsed.ok) throw new Error("fixture refused");
    const finishers = parsed.rows.filter((r) => r.status === "finisher");
    const expected = editionScores(finishers.map((r) => ({ bib: r.bib, timeSeconds: r.timeSeconds, officialScore: null, categoryIndex: r.utmbIndex ?? null })));
    expect(scores.basis).toBe("field");
    const [kept] = await db.select({ basis: races.scoreConstantBasis }).from(races).where(eq(races.id, scores.raceId));
    expect(kept?.basis).toBe("field");
    const byBib = new Map(scores.rows.map((r) => [r.bib, r]));
    for (const e of expected) expect(byBib.get(e.bib)).toEqual({ bib: e.bib, timeSeconds: e.timeSeconds, score: e.score, status: "provisional", low: e.low, high: e.high });
    expect(scores.rows[0]!.low!).toBeLessThan(scores.rows[0]!.score!);
  });

  it("before any official score, estimates from the field's category indexes and the course's last edition", async () => {
    const runners = TIMES.map((time, i) => ({ bib: String(i + 1), id: `77${i}`, sex: i % 3 === 0 ? ("F" as const) : ("M" as const), time }));
    await importText(db, courseFile("2024-06-01", runners.map((r) => ({ ...r, score: Math.round(C_2024 / r.time) }))), "Course Trail", 2024);
    // 2025: the same runners, 2% slower, plus a newcomer with no index; nothing published yet.
    const newcomer = { bib: "99", id: "7799", sex: "M" as const, time: 50000, score: null };
    await importText(db, courseFile("2025-06-01", [...runners.map((r) => ({ ...r, time: Math.round(r.time * 1.02), score: null })), newcomer]), "Course Trail", 2025);

    const scores = (await getRaceScores(db, { eventName: "Course Trail", year: 2025, raceName: "Long" }))!;
    expect(scores.basis).toBe("field-and-earlier-edition");
    expect(scores.lastEditionConstant! / C_2024).toBeCloseTo(1, 4);
    expect(scores.rows).toHaveLength(21);
    for (const row of scores.rows) {
      expect(row.status).toBe("provisional");
      // Indexes are the 2024 scores with the one-result penalty (R6, 0.96): the estimate lies between that field and 2024's constant.
      expect(row.score!).toBeGreaterThanOrEqual(Math.floor((0.95 * C_2024) / row.timeSeconds!));
      expect(row.score!).toBeLessThanOrEqual(Math.ceil(C_2024 / row.timeSeconds!));
      expect(row.low!).toBeLessThan(row.score!);
      expect(row.high!).toBeGreaterThan(row.score!);
    }

    // The earlier edition alone (a field with no index): its constant, with the edition-to-edition range.
    await importText(db, courseFile("2024-06-01", [{ bib: "1", id: "8802", sex: "M", time: 40000, score: 750 }]), "Course Trail Two", 2024);
    await importText(db, courseFile("2025-06-01", [{ bib: "1", id: "8801", sex: "M", time: 50000, score: null }]), "Course Trail Two", 2025);
    const alone = (await getRaceScores(db, { eventName: "Course Trail Two", year: 2025, raceName: "Long" }))!;
    expect(alone.basis).toBe("earlier-edition");
    expect(alone.rows[0]!.score).toBe(600);
    expect(alone.rows[0]!.low).toBeLessThan(560);
    expect(alone.rows[0]!.high).toBeGreaterThan(640);
  });

  it("gives no score where nothing allows an estimate, and null for a race that does not exist", async () => {
    await importText(db, courseFile("2025-07-01", [{ bib: "5", id: "880", sex: "F", time: 45000, score: null }]), "Nowhere Trail", 2025);
    const scores = (await getRaceScores(db, { eventName: "Nowhere Trail", year: 2025, raceName: "Long" }))!;
    expect(scores.basis).toBeNull();
    expect(scores.rows).toEqual([{ bib: "5", timeSeconds: 45000, score: null, status: "provisional", low: null, high: null }]);
    expect(await getRaceScores(db, { eventName: "Nowhere Trail", year: 2025, raceName: "Short" })).toBeNull();
    expect(await getRaceScores(db, { eventName: "Nowhere Trail", year: 2024, raceName: "Long" })).toBeNull();
    expect(await listEventRaceNames(db, { eventName: "Nowhere Trail", year: 2025 })).toEqual(["Long"]);
  });
});

describe("results final (R20)", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase({ prefix: "race_final" });
    db = database.db;
  });
  afterAll(() => database?.dispose());

  const key = { eventName: "Live Trail", year: 2025, raceName: "Long" };
  const row = (bib: string, time: number) => ({ bib, id: `66${bib}`, sex: "M" as const, time, score: null });
  const send = async (text: string, options: { partial?: boolean; final?: boolean }) => {
    const outcome = await importResultsFile(db, text, { ...key, level: "event", source: "api", fileName: "live.csv", ...options });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.summary;
  };
  const auditedFlips = async () =>
    (await db.select({ details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityType, "race"))).filter((a) => JSON.stringify(a.details).includes("resultsFinal"));

  it("a live feed's parts are not final until one says so; a full file is final unless sent as not final", async () => {
    expect((await send(courseFile("2025-06-01", [row("1", 36000)]), { partial: true })).resultsFinal).toBe(false);
    expect((await getRaceScores(db, key))!.resultsFinal).toBe(false);
    expect((await send(courseFile("2025-06-01", [row("2", 37000)]), { partial: true })).resultsFinal).toBe(false);
    expect((await send(courseFile("2025-06-01", [row("3", 38000)]), { partial: true, final: true })).resultsFinal).toBe(true);
    expect((await getRaceScores(db, key))!).toMatchObject({ resultsFinal: true, rows: [{ bib: "1" }, { bib: "2" }, { bib: "3" }] });
    expect(await auditedFlips()).toEqual([{ details: { before: { resultsFinal: false }, after: { resultsFinal: true } } }]);

    const full = courseFile("2025-06-01", [row("1", 36000), row("2", 37000), row("3", 38000)]);
    expect((await send(full, { final: false })).resultsFinal).toBe(false);
    expect((await send(full, {})).resultsFinal).toBe(true);
    expect(await auditedFlips()).toHaveLength(3);
  });
});

describe("cli scores", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "scores-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), database: { dataDir } });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  }

  it("prints each finisher's score as JSON, official or provisional with its range", async () => {
    expect((await cli("import", TORRENCIAL, "--event", "Torrencial by UTMB", "--level", "event")).code).toBe(0);
    const { code, stdout, stderr } = await cli("scores", "--event", "Torrencial by UTMB", "--year", "2025", "--race", "98 km", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { bib: string; status: string; score: number | null }[];
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["official", "provisional"]));
    expect(stderr).toMatch(/^\d+ finishers \(results final\): \d+ official, \d+ provisional \(from the edition's official scores/);
    const table = await cli("scores", "--event", "Torrencial by UTMB", "--year", "2025", "--race", "98 km");
    expect(table.stdout.split("\n")[0]).toMatch(/^Bib\s+Time\s+Score\s+Status\s+Range$/);
  });

  it("says which races exist when the name is wrong, and refuses bad usage", async () => {
    const wrong = await cli("scores", "--event", "Torrencial by UTMB", "--year", "2025", "--race", "100 km");
    expect(wrong).toMatchObject({ code: 1, stdout: "" });
    expect(wrong.stderr).toBe('No race "100 km" at Torrencial by UTMB 2025. Its races: "98 km".');
    expect((await cli("scores", "--event", "Nope", "--year", "2025", "--race", "x")).stderr).toMatch(/^No event "Nope" in 2025/);
    expect((await cli("scores", "--event", "Torrencial by UTMB", "--race", "98 km")).code).toBe(2);
    expect((await cli("scores", "--event", "Torrencial by UTMB", "--year", "25", "--race", "98 km")).stderr).toMatch(/^--year YYYY is required/);
    expect((await cli("scores", "--year", "2025", "--race", "98 km")).stderr).toMatch(/^--event "<name>" is required/);
  });
});
