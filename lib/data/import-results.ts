import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
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



/** Serialises imports on PostgreSQL (two uploads of one race at once would race on the same bibs). */
const IMPORT_LOCK_KEY = 5_202_605;

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
  const resultsFinal = options.final ?? !partial;
  const actor = options.actorUserId ?? null;
  const reason = `results import (${options.source}${options.fileName ? `: ${options.fileName}` : ""})`;

  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
      const event = await matchEvent(tx, { ...options, eventName, year });
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

      // R20: the edition's constant, for the provisional scores of finishers without a published one.
      await refreshEditionConstant(tx, race.id);

      // R7-R12 at once: the runners know at the finish line.
      const recompute = await recomputeQualifications(tx, { raceIds: [race.id, ...r11.cleared.map((c) => c.id)] });
      // R13: told once, in this transaction (a dry run or a failed import tells nothing); emailed after the commit.
      await queueQualifiedNotifications(tx, recompute.newlyQualified);
      // R20: declared final now: the provisionally qualified learn that they are qualified.
      if (flipped && resultsFinal) await queueFinalResultsNotifications(tx, race.id);
      // R20: who was too close to call and is settled now (a published score, a narrower range) learns how.
      await settleTooCloseCalls(tx, race.id);
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
        importId: options.dryRun ? 0 : (importId ?? 0),
        dryRun: options.dryRun ?? false,
        eventId: event.id,
        eventName: event.name,
        raceId: race.id,
        raceName: race.name,
        category: race.category,
        finalsQualifier: r11.finalsQualifier,
        partial,
        resultsFinal,
        ...counts,
        runnersCreated: written.runnerOf.created,
        runnersUpdated: written.runnerOf.updated,
        newlyQualified,
        warnings,
      };
      if (options.dryRun) throw new DryRunRollback(summary);
      if (importId !== null) await tx.update(resultImports).set({ ...counts, newlyQualified, warnings }).where(eq(resultImports.id, importId));
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}
