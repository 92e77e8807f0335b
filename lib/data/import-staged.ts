import "server-only";
import { and, eq, gt, inArray, isNull, max, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, finalsRegistrations, importStages, qualifications, races, requests, resultImports, results, runners } from "@/db/schema";
import type { ImportSummary, ParsedRaceFile } from "@/lib/ingest/types";
import { matchEvent, matchRace, setFinalsQualifier } from "./import-race";
import { resultValues } from "./import-result-rows";
import { createRunners, emptyRunnerIds, planRunners, updateRunners, type RunnerIds, type RunnerPlan } from "./import-runners";
import { importRecord, importSummary, type ImportContext } from "./import-summary";
import { queueQualifiedNotifications } from "./notifications";
import { settleTooCloseCalls } from "./too-close-calls";
import { refreshEditionConstant } from "./race-scores";
import { recomputeQualifications } from "./recompute";
import { refreshRunnerIndexes } from "./runner-indexes";

/** Rows per batch: each batch is a statement or two of a fraction of a second on PGlite (README, issue 14). */
const BATCH = 500;

/** Rolls back the first transaction when the import is not for a new race, or takes another race's R11 flag. */
class NotStageable extends Error {
  constructor() {
    super("not a new race");
  }
}

/**
 * Issue 14: the embedded database has one connection, which a transaction holds whole; an 80,000-row import
 * in one transaction kept every page waiting for it. A new race is therefore written in short committed
 * batches while hidden (`races.staged`: readers skip it, its results and its qualifications), and shown by
 * one short last transaction with the import's record, the runners' corrections, the notifications and the
 * flag cleared. A failure removes what the batches wrote (`discardStagedImports`), as does the next start
 * after a killed process. Answers null, having written nothing, when the race exists already or when the
 * import would take another race's R11 flag: those imports run in one transaction.
 */
export async function importStaged(db: Db, parsed: ParsedRaceFile, context: ImportContext): Promise<ImportSummary | null> {
  const { options } = context;
  let begun;
  try {
    begun = await db.transaction(async (tx) => {
      const [mark] = await tx.select({ id: max(runners.id) }).from(runners);
      const event = await matchEvent(tx, { ...options, eventName: context.eventName, year: context.year });
      const race = await matchRace(tx, event.id, parsed.race, options, context.actor, { staged: true });
      if (!race.created) throw new NotStageable();
      const r11 = await setFinalsQualifier(tx, event.id, race, options.qualifier, context.actor);
      if (r11.cleared.length > 0) throw new NotStageable();
      await tx.update(races).set({ resultsFinal: context.resultsFinal }).where(eq(races.id, race.id));
      await tx.insert(importStages).values({ raceId: race.id, createdEventId: event.created ? event.id : null, runnerMark: mark?.id ?? 0 });
      return { event, race, r11 };
    });
  } catch (error) {
    if (error instanceof NotStageable) return null;
    throw error;
  }
  const { event, race, r11 } = begun;
  try {
    // New runners in batches (a runner without results shows nothing); corrections to known ones wait for the end.
    const runnerOf: RunnerIds = emptyRunnerIds();
    const corrections: RunnerPlan["toUpdate"] = [];
    for (let i = 0; i < parsed.rows.length; i += BATCH) {
      const plan = await planRunners(db, parsed.rows.slice(i, i + BATCH), new Map());
      for (const [bib, id] of plan.known) runnerOf.set(bib, id);
      await createRunners(db, plan.toCreate, runnerOf);
      runnerOf.created += plan.toCreate.length;
      corrections.push(...plan.toUpdate);
    }
    runnerOf.updated = corrections.length;
    for (let i = 0; i < parsed.rows.length; i += BATCH) {
      await db.insert(results).values(
        parsed.rows.slice(i, i + BATCH).map((row) => ({ raceId: race.id, bib: row.bib, ...resultValues(row, runnerOf.get(row.bib) as number) })),
      );
    }
    await refreshEditionConstant(db, race.id);
    // R7-R12 on the hidden race; again at the end if a runner's sex is corrected (R9 ranks by sex).
    const firstRecompute = await recomputeQualifications(db, { raceIds: [race.id] });
    const counts = { rows: parsed.rows.length, inserted: parsed.rows.length, updated: 0, unchanged: 0, removed: 0 };

    return await db.transaction(async (tx) => {
      const [record] = await tx.insert(resultImports).values({ ...importRecord(parsed, context, race.id), ...counts }).returning({ id: resultImports.id });
      const importId = record?.id ?? null;
      await updateRunners(tx, corrections, () => importId);
      let newlyQualified = firstRecompute.newlyQualified;
      if (corrections.some((c) => c.values.sex !== undefined)) {
        await tx.delete(qualifications).where(eq(qualifications.raceId, race.id));
        newlyQualified = (await recomputeQualifications(tx, { raceIds: [race.id] })).newlyQualified;
      }
      await tx.update(races).set({ staged: false }).where(eq(races.id, race.id));
      await tx.delete(importStages).where(eq(importStages.raceId, race.id));
      // R13: told once, when the race is shown; emailed after the commit.
      await queueQualifiedNotifications(tx, newlyQualified);
      // R20: who is too close to call on the new race is recorded, to be told when it settles.
      await settleTooCloseCalls(tx, race.id);
      const summary = importSummary(parsed, context, importId, { event, race, r11, counts, runnerOf, newlyQualified });
      if (importId !== null) await tx.update(resultImports).set({ newlyQualified: summary.newlyQualified, warnings: summary.warnings }).where(eq(resultImports.id, importId));
      return summary;
    });
  } catch (error) {
    await discardStagedImports(db);
    throw error;
  }
}

/**
 * Removes what unfinished batched imports wrote (a failure, or a process killed meanwhile): the hidden
 * race's qualifications and results in batches, the runners created since it began that hold nothing, the
 * race, and its event when the import created it and it has no other race. Each step can be redone, so a
 * start after a kill in the middle of this finishes it. Run on start and before each import.
 */
export async function discardStagedImports(db: Db, today = new Date().toISOString().slice(0, 10)): Promise<number> {
  const stages = await db.select().from(importStages);
  for (const stage of stages) {
    const touched = await db.selectDistinct({ id: results.runnerId }).from(results).where(eq(results.raceId, stage.raceId));
    await db.delete(qualifications).where(eq(qualifications.raceId, stage.raceId));
    for (;;) {
      const batch = db.select({ id: results.id }).from(results).where(eq(results.raceId, stage.raceId)).limit(BATCH);
      const gone = await db.delete(results).where(inArray(results.id, batch)).returning({ id: results.id });
      if (gone.length === 0) break;
    }
    await db
      .delete(runners)
      .where(
        and(
          gt(runners.id, stage.runnerMark),
          isNull(runners.userId),
          notExists(db.select({ one: sql`1` }).from(results).where(eq(results.runnerId, runners.id))),
          notExists(db.select({ one: sql`1` }).from(requests).where(eq(requests.runnerId, runners.id))),
          notExists(db.select({ one: sql`1` }).from(finalsRegistrations).where(eq(finalsRegistrations.runnerId, runners.id))),
        ),
      );
    await db.transaction(async (tx) => {
      await tx.delete(races).where(and(eq(races.id, stage.raceId), eq(races.staged, true)));
      if (stage.createdEventId !== null) {
        await tx.delete(events).where(and(eq(events.id, stage.createdEventId), notExists(tx.select({ one: sql`1` }).from(races).where(eq(races.eventId, events.id)))));
      }
      await tx.delete(importStages).where(eq(importStages.raceId, stage.raceId));
    });
    // R6: the kept indexes of those runners counted the hidden results.
    await refreshRunnerIndexes(db, touched.map((r) => r.id), today);
  }
  return stages.length;
}
