import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, events, races, resultImports, results, runners } from "@/db/schema";
import { defaultEditionForRaceDate } from "@/lib/domain/edition";
import { yearOf } from "@/lib/domain/iso-date";
import { raceCategory } from "@/lib/domain/km-effort";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { EventLevel, FinalsRace, RaceCategory, Sex } from "@/lib/domain/types";
import {
  parseResults,
  withSha256,
  type ImportError,
  type ParsedRace,
  type ParsedRaceFile,
  type ParsedRow,
  type ResultsInput,
} from "@/lib/import/parse-results";
import { getEditionConfig } from "./editions";
import { recomputeQualifications } from "./recompute";

export type ImportSource = "page" | "api" | "cli";

/** Where the results go and who brings them. */
export interface ImportTarget {
  eventName: string;
  level: EventLevel;
  /** The event's year; default: the race date's year (it must be that year when given). */
  year?: number;
  country?: string | null;
  /** Default: the file's race name, else the race's category ("100K"). */
  raceName?: string;
  /** R3: the organiser's category, when published (overrides km-effort). */
  officialCategory?: RaceCategory | null;
}

export interface ImportProvenance {
  source: ImportSource;
  actorUserId?: string | null;
  apiTokenId?: number | null;
  fileName?: string | null;
  sha256: string;
}

export type ImportOptions = ImportTarget & ImportProvenance;

/** A runner the import made newly qualified for a Finals race (R13), with every reason. */
export interface ImportedQualifier {
  runnerId: number;
  runnerName: string;
  externalId: string | null;
  sex: Sex;
  bib: string;
  editionYear: number;
  finalsRace: FinalsRace;
  raceId: number;
  reasons: QualificationReason[];
}

export interface ImportSummary {
  importId: number;
  eventId: number;
  eventName: string;
  raceId: number;
  raceName: string;
  category: RaceCategory | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  runnersCreated: number;
  runnersUpdated: number;
  newlyQualified: ImportedQualifier[];
}

/** The import refused a file that parsed fine (e.g. the event exists at another level); nothing was written. */
export class ImportRefusedError extends Error {
  constructor(readonly errors: ImportError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "ImportRefusedError";
  }
}

const CHUNK = 1000;
/** Serialises imports on PostgreSQL (two uploads of one race at once would race on the same bibs). */
const IMPORT_LOCK_KEY = 5_202_605;

type ResultValues = Pick<
  typeof results.$inferInsert,
  "runnerId" | "timeSeconds" | "status" | "placeOverall" | "placeBySex" | "ageGroup" | "placeInAgeGroup" | "age" | "utmbScore"
>;
const COMPARED: (keyof ResultValues)[] = [
  "runnerId", "timeSeconds", "status", "placeOverall", "placeBySex", "ageGroup", "placeInAgeGroup", "age", "utmbScore",
];

/** Equal as stored: the score column is a 4-byte float, so compare at that precision. */
function sameValue(key: keyof ResultValues, a: unknown, b: unknown): boolean {
  if (key === "utmbScore" && typeof a === "number" && typeof b === "number") return Math.fround(a) === Math.fround(b);
  return (a ?? null) === (b ?? null);
}

function refuse(column: string | null, message: string): never {
  throw new ImportRefusedError([{ line: null, column, message }]);
}

/**
 * Imports a parsed results file in one transaction: matches or creates the event (name + year) and the
 * race (name within the event), upserts runners by external id (never by name alone) and results by
 * (race, bib), records every changed result in the audit trail, recomputes the race's qualifications
 * (R7-R12) and answers with who is newly qualified. Re-importing the same file changes nothing.
 * @throws ImportRefusedError when the file cannot go where it is sent; the database is then unchanged.
 */
export async function importResults(db: Db, parsed: ParsedRaceFile, options: ImportOptions): Promise<ImportSummary> {
  const eventName = options.eventName.trim();
  if (!eventName) refuse("event", "The event name is required.");
  const raceYear = yearOf(parsed.race.date);
  const year = options.year ?? raceYear;
  if (year !== raceYear) refuse("year", `The race date ${parsed.race.date} is not in ${year}, the event's year.`);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
    const event = await matchEvent(tx, { ...options, eventName, year });
    const race = await matchRace(tx, event.id, parsed.race, options, options.actorUserId ?? null);

    const existing = await tx
      .select({
        id: results.id,
        bib: results.bib,
        runnerId: results.runnerId,
        runnerExternalId: runners.externalId,
        timeSeconds: results.timeSeconds,
        status: results.status,
        placeOverall: results.placeOverall,
        placeBySex: results.placeBySex,
        ageGroup: results.ageGroup,
        placeInAgeGroup: results.placeInAgeGroup,
        age: results.age,
        utmbScore: results.utmbScore,
      })
      .from(results)
      .innerJoin(runners, eq(runners.id, results.runnerId))
      .where(eq(results.raceId, race.id));
    const existingByBib = new Map(existing.map((r) => [r.bib, r]));

    const runnerOf = await upsertRunners(tx, parsed.rows, existingByBib);

    const inserts: (typeof results.$inferInsert)[] = [];
    const updates: { id: number; values: ResultValues }[] = [];
    const audits: (typeof auditEvents.$inferInsert)[] = [];
    let unchanged = 0;
    for (const row of parsed.rows) {
      const values: ResultValues = {
        runnerId: runnerOf.get(row.bib) as number,
        timeSeconds: row.timeSeconds,
        status: row.status,
        placeOverall: row.placeOverall,
        placeBySex: row.placeBySex,
        ageGroup: row.ageGroup,
        placeInAgeGroup: row.placeInAgeGroup,
        age: row.age,
        utmbScore: row.utmbScore,
      };
      const old = existingByBib.get(row.bib);
      if (!old) {
        inserts.push({ raceId: race.id, bib: row.bib, ...values });
        continue;
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of COMPARED) {
        if (!sameValue(key, old[key], values[key])) {
          before[key] = old[key] ?? null;
          after[key] = values[key] ?? null;
        }
      }
      if (Object.keys(after).length === 0) {
        unchanged++;
        continue;
      }
      updates.push({ id: old.id, values });
      audits.push({
        actorUserId: options.actorUserId ?? null,
        entityType: "result",
        entityId: String(old.id),
        action: "updated",
        reason: `results import (${options.source}${options.fileName ? `: ${options.fileName}` : ""})`,
        details: { raceId: race.id, bib: row.bib, line: row.line, before, after },
      });
    }

    for (let i = 0; i < inserts.length; i += CHUNK) {
      await tx.insert(results).values(inserts.slice(i, i + CHUNK));
    }
    for (let i = 0; i < updates.length; i += CHUNK) {
      await updateResults(tx, updates.slice(i, i + CHUNK));
    }
    for (let i = 0; i < audits.length; i += CHUNK) {
      await tx.insert(auditEvents).values(audits.slice(i, i + CHUNK));
    }

    // R7-R12 at once: the runners know at the finish line.
    const recompute = await recomputeQualifications(tx, { raceIds: [race.id] });
    const rowByRunner = new Map(parsed.rows.map((r) => [runnerOf.get(r.bib) as number, r]));
    const newlyQualified: ImportedQualifier[] = recompute.newlyQualified.map((q) => ({
      runnerId: q.runnerId,
      runnerName: q.runnerName,
      externalId: rowByRunner.get(q.runnerId)?.externalId ?? null,
      sex: q.sex,
      bib: rowByRunner.get(q.runnerId)?.bib ?? "",
      editionYear: q.editionYear,
      finalsRace: q.finalsRace,
      raceId: q.raceId,
      reasons: q.reasons,
    }));

    const counts = { rows: parsed.rows.length, inserted: inserts.length, updated: updates.length, unchanged };
    const [record] = await tx
      .insert(resultImports)
      .values({
        source: options.source,
        actorUserId: options.actorUserId ?? null,
        apiTokenId: options.apiTokenId ?? null,
        fileName: options.fileName ?? null,
        sha256: options.sha256,
        raceId: race.id,
        ...counts,
        newlyQualified,
      })
      .returning({ id: resultImports.id });
    return {
      importId: record?.id ?? 0,
      eventId: event.id,
      eventName: event.name,
      raceId: race.id,
      raceName: race.name,
      category: race.category,
      ...counts,
      runnersCreated: runnerOf.created,
      runnersUpdated: runnerOf.updated,
      newlyQualified,
    };
  });
}

async function matchEvent(tx: Tx, target: ImportTarget & { eventName: string; year: number }) {
  const [found] = await tx
    .select({ id: events.id, name: events.name, level: events.level })
    .from(events)
    .where(and(eq(events.name, target.eventName), eq(events.year, target.year)))
    .limit(1);
  if (found) {
    // R4: the level decides who qualifies for every race of the event; a file must not change it.
    if (found.level !== target.level) {
      refuse("level", `The event "${found.name}" ${target.year} exists as level "${found.level}", not "${target.level}".`);
    }
    return found;
  }
  const [created] = await tx
    .insert(events)
    .values({ name: target.eventName, year: target.year, level: target.level, country: target.country ?? null })
    .returning({ id: events.id, name: events.name, level: events.level });
  if (!created) throw new Error("Event insert returned no row");
  return created;
}

async function matchRace(tx: Tx, eventId: number, race: ParsedRace, target: ImportTarget, actorUserId: string | null) {
  // R3 with the band edges of the edition the race qualifies for (R8).
  const bands = (await getEditionConfig(tx, defaultEditionForRaceDate(race.date))).categoryBands;
  const officialCategory = target.officialCategory ?? null;
  const category = raceCategory({ distanceKm: race.distanceKm, elevationGainM: race.elevationGainM, officialCategory }, bands);
  const name = target.raceName?.trim() || race.name || category || `${race.distanceKm} km`;
  const values = {
    date: race.date,
    distanceKm: race.distanceKm,
    elevationGainM: race.elevationGainM,
    elevationLossM: race.elevationLossM,
    officialCategory,
    category,
    sourceUrl: race.url,
  };
  const [found] = await tx
    .select({ id: races.id, name: races.name, ...pick(races) })
    .from(races)
    .where(and(eq(races.eventId, eventId), eq(races.name, name)))
    .limit(1);
  if (!found) {
    const [created] = await tx.insert(races).values({ eventId, name, ...values }).returning({ id: races.id, name: races.name, category: races.category });
    if (!created) throw new Error("Race insert returned no row");
    return created;
  }
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) =>
    k === "distanceKm" ? Math.fround(found[k]) !== Math.fround(values[k]) : found[k] !== values[k],
  );
  if (changed.length > 0) {
    await tx.update(races).set(values).where(eq(races.id, found.id));
    await tx.insert(auditEvents).values({
      actorUserId,
      entityType: "race",
      entityId: String(found.id),
      action: "updated",
      reason: "results import",
      details: {
        before: Object.fromEntries(changed.map((k) => [k, found[k]])),
        after: Object.fromEntries(changed.map((k) => [k, values[k]])),
      },
    });
  }
  return { id: found.id, name: found.name, category };
}

function pick(t: typeof races) {
  return {
    date: t.date,
    distanceKm: t.distanceKm,
    elevationGainM: t.elevationGainM,
    elevationLossM: t.elevationLossM,
    officialCategory: t.officialCategory,
    category: t.category,
    sourceUrl: t.sourceUrl,
  };
}

type RunnerIds = Map<string, number> & { created: number; updated: number };

/**
 * The runner of every row, by bib. Rows with an external id match that runner (name, sex, nationality
 * updated when the file differs); rows without one keep the runner already holding the bib in this race
 * when that runner has no external id either (a re-import), else get a new runner: never merged by name.
 */
async function upsertRunners(
  tx: Tx,
  rows: readonly ParsedRow[],
  existingByBib: Map<string, { runnerId: number; runnerExternalId: string | null }>,
): Promise<RunnerIds> {
  const out = Object.assign(new Map<string, number>(), { created: 0, updated: 0 });
  const externalIds = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
  const known = new Map<string, typeof runners.$inferSelect>();
  for (let i = 0; i < externalIds.length; i += CHUNK) {
    const found = await tx.select().from(runners).where(inArray(runners.externalId, externalIds.slice(i, i + CHUNK)));
    for (const r of found) if (r.externalId) known.set(r.externalId, r);
  }

  const sameBibRunnerIds = rows.flatMap((r) => {
    const old = existingByBib.get(r.bib);
    return !r.externalId && old && old.runnerExternalId === null ? [old.runnerId] : [];
  });
  const sameBib = new Map<number, typeof runners.$inferSelect>();
  for (let i = 0; i < sameBibRunnerIds.length; i += CHUNK) {
    const found = await tx.select().from(runners).where(inArray(runners.id, sameBibRunnerIds.slice(i, i + CHUNK)));
    for (const r of found) sameBib.set(r.id, r);
  }

  const toCreate: { bib: string; values: typeof runners.$inferInsert }[] = [];
  const toUpdate: { id: number; values: Partial<typeof runners.$inferInsert>; before: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const current = row.externalId ? known.get(row.externalId) : sameBib.get(existingByBib.get(row.bib)?.runnerId ?? -1);
    if (!current) {
      toCreate.push({
        bib: row.bib,
        values: { externalId: row.externalId, name: row.name, sex: row.sex, nationality: row.nationality, birthYear: row.birthYear },
      });
      continue;
    }
    out.set(row.bib, current.id);
    const values: Partial<typeof runners.$inferInsert> = {};
    if (current.name !== row.name) values.name = row.name;
    if (current.sex !== row.sex) values.sex = row.sex;
    if (row.nationality !== null && current.nationality !== row.nationality) values.nationality = row.nationality;
    if (current.birthYear === null && row.birthYear !== null) values.birthYear = row.birthYear;
    if (Object.keys(values).length > 0) {
      const before = Object.fromEntries(Object.keys(values).map((k) => [k, current[k as keyof typeof current]]));
      toUpdate.push({ id: current.id, values, before });
    }
  }

  for (let i = 0; i < toCreate.length; i += CHUNK) {
    const chunk = toCreate.slice(i, i + CHUNK);
    const ids = await tx.insert(runners).values(chunk.map((c) => c.values)).returning({ id: runners.id });
    // PostgreSQL returns the rows of a multi-row insert in the order of its VALUES list.
    ids.forEach((r, j) => out.set(chunk[j]?.bib ?? "", r.id));
  }
  for (const u of toUpdate) {
    await tx.update(runners).set(u.values).where(eq(runners.id, u.id));
  }
  if (toUpdate.length > 0) {
    const audits = toUpdate.map((u) => ({
      entityType: "runner",
      entityId: String(u.id),
      action: "updated",
      reason: "results import",
      details: { before: u.before, after: u.values },
    }));
    for (let i = 0; i < audits.length; i += CHUNK) await tx.insert(auditEvents).values(audits.slice(i, i + CHUNK));
  }
  out.created = toCreate.length;
  out.updated = toUpdate.length;
  return out;
}

/** One statement per chunk: the new values of every changed result. */
async function updateResults(tx: Tx, chunk: { id: number; values: ResultValues }[]) {
  const rows = sql.join(
    chunk.map(
      ({ id, values: v }) =>
        sql`(${id}::integer, ${v.runnerId}::integer, ${v.timeSeconds ?? null}::integer, ${v.status}::result_status, ${v.placeOverall ?? null}::integer, ${v.placeBySex ?? null}::integer, ${v.ageGroup ?? null}::text, ${v.placeInAgeGroup ?? null}::integer, ${v.age ?? null}::smallint, ${v.utmbScore ?? null}::real)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    update ${results} set
      runner_id = v.runner_id, time_seconds = v.time_seconds, status = v.status, place_overall = v.place_overall,
      place_by_sex = v.place_by_sex, age_group = v.age_group, place_in_age_group = v.place_in_age_group, age = v.age,
      utmb_score = v.utmb_score, updated_at = now()
    from (values ${rows}) as v(id, runner_id, time_seconds, status, place_overall, place_by_sex, age_group, place_in_age_group, age, utmb_score)
    where ${results.id} = v.id`);
}

export type ImportFileOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; reason: "too-large" | "invalid"; errors: ImportError[] };

export interface ImportFileOptions extends ImportTarget, Omit<ImportProvenance, "sha256"> {
  /** Size limit in bytes (default: the parser's, 20 MB). */
  maxBytes?: number;
  /** Known size (file size, Content-Length) to refuse a large file before reading it. */
  sizeBytes?: number;
  /** Race metadata that wins over the file's `#` lines. */
  race?: Partial<ParsedRace>;
}

/**
 * The one code path of the three doors (admin page, API, command line): parse the stream (hashing it on
 * the way), refuse it whole with every problem, or import it.
 */
export async function importResultsFile(db: Db, input: ResultsInput, options: ImportFileOptions): Promise<ImportFileOutcome> {
  const { maxBytes, sizeBytes, race, ...rest } = options;
  const hashed = withSha256(input);
  const parsed = await parseResults(hashed.input, { maxBytes, sizeBytes, race });
  if (!parsed.ok) {
    return { ok: false, reason: parsed.tooLarge ? "too-large" : "invalid", errors: parsed.errors };
  }
  try {
    const summary = await importResults(db, parsed, { ...rest, sha256: hashed.digest() });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { ok: false, reason: "invalid", errors: error.errors };
    throw error;
  }
}
