import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, qualifications, resultImports, results, runners } from "@/db/schema";
import { yearOf } from "@/lib/domain/iso-date";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { EventLevel, FinalsRace, RaceCategory, Sex } from "@/lib/domain/types";
import type { ImportWarning } from "@/lib/ingest/problems";
import type { ParsedRaceFile } from "@/lib/ingest/types";
import { matchEvent, matchRace, refuse, setFinalsQualifier } from "./import-race";
import { upsertRunners } from "./import-runners";
import { recomputeQualifications } from "./recompute";

export { ImportRefusedError } from "./import-race";

export type ImportSource = "page" | "api" | "cli";

/** Where the results go and who brings them. */
export interface ImportTarget {
  eventName: string;
  level: EventLevel;
  /** The event's year; default: the race date's year (it must be that year when given). */
  year?: number;
  country?: string | null;
  /** Default: the file's race name, else (unnamed) its distance, "47 km". */
  raceName?: string;
  /** R3: the organiser's category, when published (overrides km-effort). */
  officialCategory?: RaceCategory | null;
  /** R11: true names this race its event's Finals qualifier for its category, false takes it out. */
  qualifier?: boolean;
  /** The file is part of the race (a live feed): results missing from it are kept. Default: the full list. */
  partial?: boolean;
  /** Work out the whole answer, then write nothing. */
  dryRun?: boolean;
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
  /** 0 on a dry run. */
  importId: number;
  dryRun: boolean;
  eventId: number;
  eventName: string;
  raceId: number;
  raceName: string;
  category: RaceCategory | null;
  /** R11: whether the race qualifies for the Finals after the import. */
  finalsQualifier: boolean;
  partial: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  runnersCreated: number;
  runnersUpdated: number;
  newlyQualified: ImportedQualifier[];
  warnings: ImportWarning[];
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

/** Thrown inside the transaction of a dry run, with its answer, so that nothing is kept. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

/**
 * Imports a parsed results file in one transaction: matches or creates the event (name + year) and the
 * race (R11: by name, or unnamed by distance and date; one Finals qualifier per category), upserts
 * runners by external id (never by name alone) and results by (race, bib), removes the race's results
 * that a full file no longer lists, records every change in the audit trail, recomputes the qualifications
 * of the races touched (R7-R12) and answers with who is newly qualified. Re-importing the same file
 * changes nothing. A dry run does all of it and rolls it back.
 * @throws ImportRefusedError when the file cannot go where it is sent; the database is then unchanged.
 */
export async function importResults(db: Db, parsed: ParsedRaceFile, options: ImportOptions): Promise<ImportSummary> {
  const eventName = options.eventName.trim();
  if (!eventName) refuse("event", "The event name is required.");
  const raceYear = yearOf(parsed.race.date);
  const year = options.year ?? raceYear;
  if (year !== raceYear) refuse("year", `The race date ${parsed.race.date} is not in ${year}, the event's year.`);
  const partial = options.partial ?? false;
  const actor = options.actorUserId ?? null;
  const reason = `results import (${options.source}${options.fileName ? `: ${options.fileName}` : ""})`;

  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
      const event = await matchEvent(tx, { ...options, eventName, year });
      const race = await matchRace(tx, event.id, parsed.race, options, actor);
      const r11 = await setFinalsQualifier(tx, event.id, race, options.qualifier, actor);
      const written = await writeResults(tx, race.id, parsed, { partial, actor, reason });

      // R7-R12 at once: the runners know at the finish line.
      const recompute = await recomputeQualifications(tx, { raceIds: [race.id, ...r11.cleared.map((c) => c.id)] });
      const rowByRunner = new Map(parsed.rows.map((r) => [written.runnerOf.get(r.bib) as number, r]));
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
      const warnings: ImportWarning[] = [...parsed.warnings, ...(r11.note ? [{ line: null, column: "race", message: r11.note }] : [])];
      const counts = { rows: parsed.rows.length, inserted: written.inserted, updated: written.updated, unchanged: written.unchanged, removed: written.removed };
      const summary: ImportSummary = {
        importId: 0,
        dryRun: options.dryRun ?? false,
        eventId: event.id,
        eventName: event.name,
        raceId: race.id,
        raceName: race.name,
        category: race.category,
        finalsQualifier: r11.finalsQualifier,
        partial,
        ...counts,
        runnersCreated: written.runnerOf.created,
        runnersUpdated: written.runnerOf.updated,
        newlyQualified,
        warnings,
      };
      if (options.dryRun) throw new DryRunRollback(summary);
      const [record] = await tx
        .insert(resultImports)
        .values({
          source: options.source,
          actorUserId: actor,
          apiTokenId: options.apiTokenId ?? null,
          fileName: options.fileName ?? null,
          sha256: options.sha256,
          raceId: race.id,
          ...counts,
          partial,
          newlyQualified,
          warnings,
        })
        .returning({ id: resultImports.id });
      return { ...summary, importId: record?.id ?? 0 };
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

/** Upserts the file's results by bib and, for a full file, removes the race's results it no longer lists. */
async function writeResults(tx: Tx, raceId: number, parsed: ParsedRaceFile, how: { partial: boolean; actor: string | null; reason: string }) {
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
    .where(eq(results.raceId, raceId));
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
      inserts.push({ raceId, bib: row.bib, ...values });
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
      actorUserId: how.actor,
      entityType: "result",
      entityId: String(old.id),
      action: "updated",
      reason: how.reason,
      details: { raceId, bib: row.bib, line: row.line, before, after },
    });
  }

  // A full file is the race's result list: a row it no longer has is gone (a runner taken off the podium
  // loses the place). Its qualifications go first; the recompute then rebuilds the race's.
  const inFile = new Set(parsed.rows.map((r) => r.bib));
  const removed = how.partial ? [] : existing.filter((r) => !inFile.has(r.bib));
  for (const r of removed) {
    const { id, runnerExternalId, ...before } = r;
    audits.push({
      actorUserId: how.actor,
      entityType: "result",
      entityId: String(id),
      action: "removed",
      reason: `${how.reason}: not in the corrected file`,
      details: { raceId, before: { ...before, runnerExternalId }, after: null },
    });
  }
  const removedIds = removed.map((r) => r.id);
  for (let i = 0; i < removedIds.length; i += CHUNK) {
    const chunk = removedIds.slice(i, i + CHUNK);
    await tx.delete(qualifications).where(inArray(qualifications.resultId, chunk));
    await tx.delete(results).where(inArray(results.id, chunk));
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
  return { runnerOf, inserted: inserts.length, updated: updates.length, unchanged, removed: removed.length };
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
