import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { isEmbeddedDatabase, type Db, type Tx } from "@/db/client";
import { auditEvents, races, resultImports } from "@/db/schema";
import { yearOf } from "@/lib/domain/iso-date";
import type { EventLevel, RaceCategory } from "@/lib/domain/types";
import type { ImportedQualifier, ImportSummary, ParsedRaceFile } from "@/lib/ingest/types";

export type { ImportedQualifier, ImportSummary };
import { matchEvent, matchRace, refuse, setFinalsQualifier } from "./import-race";
import { writeResults } from "./import-result-rows";
import { refreshEditionConstant } from "./race-scores";
import { queueFinalResultsNotifications, queueQualifiedNotifications } from "./notifications";
import { createImportQueue } from "./import-queue";
import { recomputeQualifications } from "./recompute";
import { settleTooCloseCalls } from "./too-close-calls";
import { discardStagedImports, importStaged } from "./import-staged";
import { importContext, importRecord, importSummary, reasonOf } from "./import-summary";

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
 * On the embedded database a new race is written in short batches under a hidden race.
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

/** Consecutive files whose bibs are distinct, to write as one set of rows (a bib sent twice waits for the next set). */
function distinctBibRuns(jobs: readonly ImportJob[]): ImportJob[][] {
  const runs: ImportJob[][] = [];
  let bibs = new Set<string>();
  for (const job of jobs) {
    const last = runs.at(-1);
    if (!last || job.parsed.rows.some((r) => bibs.has(r.bib))) {
      runs.push([job]);
      bibs = new Set();
    } else last.push(job);
    for (const r of job.parsed.rows) bibs.add(r.bib);
  }
  return runs;
}


/**
 * Writes the files of a batch (one file, or parts of one race with the same target): the event, the race
 * and its R11 choice once, a record per file, the rows of files with distinct bibs together, and R20's
 * final flag. Answers each file's counts from what became of its bibs.
 */
async function writeFiles(tx: Tx, jobs: ImportJob[]) {
  const [{ parsed, options }] = jobs as [ImportJob, ...ImportJob[]];
  const partial = options.partial ?? false;
  const resultsFinal = options.final ?? !partial;
  const actor = options.actorUserId ?? null;
  const event = await matchEvent(tx, { ...options, year: options.year ?? yearOf(parsed.race.date) });
  const race = await matchRace(tx, event.id, parsed.race, options, actor);
  // The imports' records first, so that every audit row they write names one; their counts come last.
  const records = await tx
    .insert(resultImports)
    .values(jobs.map((j) => importRecord(j.parsed, importContext(j.options, j.parsed), race.id)))
    .returning({ id: resultImports.id });
  const importIds = jobs.map((_, i) => records[i]?.id ?? null);
  if (race.auditId) await tx.update(auditEvents).set({ importId: importIds[0] }).where(eq(auditEvents.id, race.auditId));
  const r11 = await setFinalsQualifier(tx, event.id, race, options.qualifier, actor, importIds[0]);

  const files = jobs.map((job, i) => ({ ...job, importId: importIds[i] ?? null, counts: { inserted: 0, updated: 0, unchanged: 0, removed: 0 }, created: 0, updatedRunners: 0, runnerOf: new Map<string, number>() }));
  let offset = 0;
  for (const run of distinctBibRuns(jobs)) {
    const mine = files.slice(offset, offset + run.length);
    offset += run.length;
    const fileOfBib = new Map(mine.flatMap((f) => f.parsed.rows.map((r) => [r.bib, f] as const)));
    const importOf = (bib: string | null) => {
      const f = (bib === null ? mine[0] : fileOfBib.get(bib)) ?? mine[0]!;
      return { importId: f.importId, reason: reasonOf(f.options) };
    };
    const written = await writeResults(tx, race.id, { rows: run.flatMap((j) => j.parsed.rows) }, { partial, actor, importOf });
    if (mine[0]) mine[0].counts.removed = written.removed;
    for (const f of mine) {
      for (const r of f.parsed.rows) {
        f.counts[written.outcome.get(r.bib) ?? "unchanged"]++;
        f.runnerOf.set(r.bib, written.runnerOf.get(r.bib) as number);
        if (written.runnerOf.createdBibs.has(r.bib)) f.created++;
        if (written.runnerOf.updatedBibs.has(r.bib)) f.updatedRunners++;
      }
    }
  }

  // R20: declared final (or not) by this import; audited when it changes (a new race only takes it).
  const [flipped] = await tx.update(races).set({ resultsFinal }).where(and(eq(races.id, race.id), ne(races.resultsFinal, resultsFinal))).returning({ id: races.id });
  if (flipped && !race.created) {
    await tx.insert(auditEvents).values({
      actorUserId: actor,
      entityType: "race",
      entityId: String(race.id),
      action: "updated",
      reason: reasonOf(options),
      importId: importIds[0],
      details: { before: { resultsFinal: !resultsFinal }, after: { resultsFinal } },
    });
  }
  return { files, event, race, r11, resultsFinal, flipped: flipped !== undefined };
}

/**
 * The files of one batch (one file, or parts of one race); one answer per file. On the embedded database a
 * lone file for a new race is written in short batches under a hidden race (lib/data/import-staged.ts), so
 * pages keep being served; everything else is one transaction.
 */
async function importBatch(db: Db, jobs: ImportJob[]): Promise<ImportSummary[]> {
  if (isEmbeddedDatabase(db)) {
    // What a killed process left (start cleans it too): no import may match its hidden race.
    await discardStagedImports(db);
    const [only] = jobs;
    if (jobs.length === 1 && only && !only.options.dryRun) {
      const staged = await importStaged(db, only.parsed, importContext(only.options, only.parsed));
      if (staged) return [staged];
    }
  }
  return importInOneTransaction(db, jobs);
}

/** The files of one batch in one transaction, ranked and recomputed once. */
async function importInOneTransaction(db: Db, jobs: ImportJob[]): Promise<ImportSummary[]> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
      const { files, event, race, r11, resultsFinal, flipped } = await writeFiles(tx, jobs);

      // R20: the edition's constant, for the provisional scores of finishers without a published one.
      await refreshEditionConstant(tx, race.id);
      // R7-R12 at once, once for the batch: the runners know at the finish line.
      const recompute = await recomputeQualifications(tx, { raceIds: [race.id, ...r11.cleared.map((c) => c.id)] });
      // R13: told once, in this transaction (a dry run or a failed import tells nothing); emailed after the commit.
      await queueQualifiedNotifications(tx, recompute.newlyQualified);
      // R20: declared final now: the provisionally qualified learn that they are qualified.
      if (flipped && resultsFinal) await queueFinalResultsNotifications(tx, race.id);
      // R20: who was too close to call and is settled now (a published score, a narrower range) learns how.
      await settleTooCloseCalls(tx, race.id);

      // Each newly qualified runner is answered to the last file of the batch that lists them (else the last file).
      const answeredBy = new Map<number, number>();
      files.forEach((f, i) => f.runnerOf.forEach((runnerId) => answeredBy.set(runnerId, i)));
      const summaries = files.map((f, i) => ({
        importId: f.importId,
        summary: importSummary(f.parsed, importContext(f.options, f.parsed), f.importId, {
          event,
          race,
          r11,
          r11Note: i === 0,
          counts: { rows: f.parsed.rows.length, ...f.counts },
          runnerOf: Object.assign(f.runnerOf, { created: f.created, updated: f.updatedRunners }),
          newlyQualified: recompute.newlyQualified.filter((q) => (answeredBy.get(q.runnerId) ?? files.length - 1) === i),
        }),
      }));
      if (jobs.some((j) => j.options.dryRun)) throw new DryRunRollback(summaries.map((s) => s.summary));
      // Every record's counts in one statement (a batch has up to a hundred).
      const values = summaries.flatMap(({ summary: s, importId }) =>
        importId === null
          ? []
          : [sql`(${importId}::integer, ${s.rows}::integer, ${s.inserted}::integer, ${s.updated}::integer, ${s.unchanged}::integer, ${s.removed}::integer, ${JSON.stringify(s.newlyQualified)}::jsonb, ${JSON.stringify(s.warnings)}::jsonb)`],
      );
      if (values.length > 0) {
        await tx.execute(sql`
          update ${resultImports} set rows = v.rows, inserted = v.inserted, updated = v.updated, unchanged = v.unchanged, removed = v.removed,
            newly_qualified = v.newly_qualified, warnings = v.warnings
          from (values ${sql.join(values, sql`, `)}) as v(id, rows, inserted, updated, unchanged, removed, newly_qualified, warnings)
          where ${resultImports.id} = v.id`);
      }
      return summaries.map((s) => s.summary);
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summaries;
    throw error;
  }
}
