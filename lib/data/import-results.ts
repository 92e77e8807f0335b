import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, races, resultImports } from "@/db/schema";
import { yearOf } from "@/lib/domain/iso-date";
import type { EventLevel, RaceCategory } from "@/lib/domain/types";
import type { ImportWarning } from "@/lib/ingest/problems";
import type { ImportedQualifier, ImportSummary, ParsedRaceFile } from "@/lib/ingest/types";

export type { ImportedQualifier, ImportSummary };
import { matchEvent, matchRace, refuse, setFinalsQualifier } from "./import-race";
import { writeResults } from "./import-result-rows";
import { refreshEditionConstant } from "./race-scores";
import { queueFinalResultsNotifications, queueQualifiedNotifications } from "./notifications";
import { createImportQueue } from "./import-queue";
import { recomputeQualifications } from "./recompute";
import { settleTooCloseCalls } from "./too-close-calls";

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
  /** R20: the race's results are final (places no longer move). Default: a full file is, a partial one is not. */
  final?: boolean;
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



/** Serialises imports on PostgreSQL across processes (two uploads of one race at once would race on the same bibs). */
const IMPORT_LOCK_KEY = 5_202_605;

/** Thrown inside the transaction of a dry run, with its answer, so that nothing is kept. */
class DryRunRollback extends Error {
  constructor(readonly summaries: ImportSummary[]) {
    super("dry run");
  }
}

interface ImportJob {
  parsed: ParsedRaceFile;
  options: ImportOptions;
}

/** One queue per database handle: jobs wait there without a connection (lib/data/import-queue.ts). */
const queues = new WeakMap<Db, (key: string | null, job: ImportJob) => Promise<ImportSummary>>();

/**
 * The pushes that may share a transaction: parts of one race (same event, level, race and flags) that keep
 * the results they do not list. A full file, a dry run or an R11 choice runs alone.
 */
function batchKey({ parsed, options }: ImportJob): string | null {
  if (!options.partial || options.dryRun || options.qualifier !== undefined) return null;
  const { name, date, distanceKm, elevationGainM, elevationLossM } = parsed.race;
  return JSON.stringify([options.eventName.trim(), options.year ?? null, options.level, options.raceName ?? name, date, distanceKm, elevationGainM, elevationLossM, options.officialCategory ?? null, options.final ?? null, options.country ?? null]);
}

/**
 * Imports a parsed results file in one transaction: matches or creates the event (name + year) and the
 * race (R11: by name, or unnamed by distance and date; one Finals qualifier per category), upserts
 * runners by external id (never by name alone) and results by (race, bib), removes the race's results
 * that a full file no longer lists, records every change in the audit trail, recomputes the qualifications
 * of the races touched (R7-R12) and answers with who is newly qualified. Re-importing the same file
 * changes nothing. A dry run does all of it and rolls it back. Parts of one race pushed while another
 * import runs are written together (each with its own record and answer), then ranked and recomputed once.
 * @throws ImportRefusedError when the file cannot go where it is sent; the database is then unchanged.
 */
export async function importResults(db: Db, parsed: ParsedRaceFile, options: ImportOptions): Promise<ImportSummary> {
  const eventName = options.eventName.trim();
  if (!eventName) refuse("event", "The event name is required.");
  const raceYear = yearOf(parsed.race.date);
  const year = options.year ?? raceYear;
  if (year !== raceYear) refuse("year", `The race date ${parsed.race.date} is not in ${year}, the event's year.`);
  let enqueue = queues.get(db);
  if (!enqueue) {
    enqueue = createImportQueue((jobs: ImportJob[]) => importBatch(db, jobs));
    queues.set(db, enqueue);
  }
  const job = { parsed, options: { ...options, eventName, year } };
  return enqueue(batchKey(job), job);
}

/** Writes one file of a batch: its event, race, record, R11 choice and results, and R20's final flag. */
async function writeFile(tx: Tx, { parsed, options }: ImportJob) {
  const partial = options.partial ?? false;
  const resultsFinal = options.final ?? !partial;
  const actor = options.actorUserId ?? null;
  const reason = `results import (${options.source}${options.fileName ? `: ${options.fileName}` : ""})`;
  const event = await matchEvent(tx, { ...options, year: options.year ?? yearOf(parsed.race.date) });
  const race = await matchRace(tx, event.id, parsed.race, options, actor);
  // The import's record first, so that every audit row it writes names it; its counts come last.
  const [record] = await tx
    .insert(resultImports)
    .values({
      source: options.source,
      actorUserId: actor,
      apiTokenId: options.apiTokenId ?? null,
      fileName: options.fileName ?? null,
      sha256: options.sha256,
      raceId: race.id,
      rows: parsed.rows.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      partial,
      newlyQualified: [],
    })
    .returning({ id: resultImports.id });
  const importId = record?.id ?? null;
  if (race.auditId) await tx.update(auditEvents).set({ importId }).where(eq(auditEvents.id, race.auditId));
  const r11 = await setFinalsQualifier(tx, event.id, race, options.qualifier, actor, importId);
  const written = await writeResults(tx, race.id, parsed, { partial, actor, reason, importId });
  // R20: declared final (or not) by this import; audited when it changes (a new race only takes it).
  const [flipped] = await tx.update(races).set({ resultsFinal }).where(and(eq(races.id, race.id), ne(races.resultsFinal, resultsFinal))).returning({ id: races.id });
  if (flipped && !race.created) {
    await tx.insert(auditEvents).values({
      actorUserId: actor,
      entityType: "race",
      entityId: String(race.id),
      action: "updated",
      reason,
      importId,
      details: { before: { resultsFinal: !resultsFinal }, after: { resultsFinal } },
    });
  }
  return { parsed, options, partial, resultsFinal, event, race, importId, r11, written, flipped: flipped !== undefined };
}

/** The files of one batch (one file, or parts of one race) in one transaction; one answer per file. */
async function importBatch(db: Db, jobs: ImportJob[]): Promise<ImportSummary[]> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
      const files = [];
      for (const job of jobs) files.push(await writeFile(tx, job));
      const [{ race, resultsFinal }] = files as [(typeof files)[number], ...typeof files];
      if (files.some((f) => f.race.id !== race.id)) throw new Error("a batch of imports must be one race"); // retried file by file

      // R20: the edition's constant, for the provisional scores of finishers without a published one.
      await refreshEditionConstant(tx, race.id);
      // R7-R12 at once, once for the batch: the runners know at the finish line.
      const cleared = files.flatMap((f) => f.r11.cleared.map((c) => c.id));
      const recompute = await recomputeQualifications(tx, { raceIds: [race.id, ...cleared] });
      // R13: told once, in this transaction (a dry run or a failed import tells nothing); emailed after the commit.
      await queueQualifiedNotifications(tx, recompute.newlyQualified);
      // R20: declared final now: the provisionally qualified learn that they are qualified.
      if (files.some((f) => f.flipped) && resultsFinal) await queueFinalResultsNotifications(tx, race.id);
      // R20: who was too close to call and is settled now (a published score, a narrower range) learns how.
      await settleTooCloseCalls(tx, race.id);

      // Each newly qualified runner is answered to the last file of the batch that lists them (else the last file).
      const answeredBy = new Map<number, number>();
      files.forEach((f, i) => f.written.runnerOf.forEach((runnerId) => answeredBy.set(runnerId, i)));
      const summaries = files.map((f, i) => {
        const rowByRunner = new Map(f.parsed.rows.map((r) => [f.written.runnerOf.get(r.bib) as number, r]));
        const newlyQualified: ImportedQualifier[] = recompute.newlyQualified
          .filter((q) => (answeredBy.get(q.runnerId) ?? files.length - 1) === i)
          .map((q) => ({
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
        const warnings: ImportWarning[] = [...f.parsed.warnings, ...(f.r11.note ? [{ line: null, column: "race", message: f.r11.note }] : [])];
        const counts = { rows: f.parsed.rows.length, inserted: f.written.inserted, updated: f.written.updated, unchanged: f.written.unchanged, removed: f.written.removed };
        const summary: ImportSummary = {
          importId: f.options.dryRun ? 0 : (f.importId ?? 0),
          dryRun: f.options.dryRun ?? false,
          eventId: f.event.id,
          eventName: f.event.name,
          raceId: f.race.id,
          raceName: f.race.name,
          category: f.race.category,
          finalsQualifier: f.r11.finalsQualifier,
          partial: f.partial,
          resultsFinal: f.resultsFinal,
          ...counts,
          runnersCreated: f.written.runnerOf.created,
          runnersUpdated: f.written.runnerOf.updated,
          newlyQualified,
          warnings,
        };
        return { summary, counts, importId: f.importId };
      });
      if (jobs.some((j) => j.options.dryRun)) throw new DryRunRollback(summaries.map((s) => s.summary));
      for (const { summary, counts, importId } of summaries) {
        if (importId !== null) await tx.update(resultImports).set({ ...counts, newlyQualified: summary.newlyQualified, warnings: summary.warnings }).where(eq(resultImports.id, importId));
      }
      return summaries.map((s) => s.summary);
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summaries;
    throw error;
  }
}
