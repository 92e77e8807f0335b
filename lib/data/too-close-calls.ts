import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { events, qualifications, races, results, runners, tooCloseCalls } from "@/db/schema";
import { candidateEditionsForRaceDate } from "@/lib/domain/edition";
import { finalsQualifierRaces } from "@/lib/domain/finals-qualifier";
import type { ConstantBasis, EditionConstant } from "@/lib/domain/provisional-score";
import { finishLineStatusOf, tooCloseStep } from "@/lib/domain/too-close";
import { editionConfigLoader } from "./editions";
import { queueNotifications, type NotificationDraft } from "./notifications";

/** The race as the finish line needs it, with its edition constant as the last import kept it. */
async function finishLineRace(db: Db | Tx, raceId: number) {
  const [race] = await db
    .select({
      id: races.id,
      eventId: races.eventId,
      name: races.name,
      eventName: events.name,
      eventLevel: events.level,
      category: races.category,
      date: races.date,
      resultsFinal: races.resultsFinal,
      constant: races.scoreConstant,
      low: races.scoreConstantLow,
      high: races.scoreConstantHigh,
      basis: races.scoreConstantBasis,
    })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(eq(races.id, raceId))
    .limit(1);
  if (!race) return null;
  const siblings = await db
    .select({ raceId: races.id, category: races.category, isFinalsQualifier: races.isFinalsQualifier })
    .from(races)
    .where(eq(races.eventId, race.eventId));
  const constant: EditionConstant | null =
    race.constant !== null && race.low !== null && race.high !== null
      ? { constant: race.constant, low: race.low, high: race.high, basis: race.basis as ConstantBasis }
      : null;
  return { ...race, qualifiesForFinals: finalsQualifierRaces(siblings).has(race.id), edition: constant }; // R11
}

/**
 * R20: after an import (or the results declared final), works out the Finals status of each finisher of the
 * race who has an account, keeps who is too close to call, and tells those who were and are no longer the
 * outcome, once (subject per edition, Finals race and race: a re-import never tells again). In the caller's
 * transaction, after the edition constant and the places are refreshed; emailed after the commit.
 */
export async function settleTooCloseCalls(db: Db | Tx, raceId: number): Promise<number> {
  const [entries, calls] = await Promise.all([
    db
      .select({
        resultId: results.id,
        runnerId: results.runnerId,
        userId: runners.userId,
        sex: runners.sex,
        status: results.status,
        placeBySex: results.finisherPlaceBySex,
        utmbScore: results.utmbScore,
        timeSeconds: results.timeSeconds,
      })
      .from(results)
      .innerJoin(runners, eq(runners.id, results.runnerId))
      .where(and(eq(results.raceId, raceId), isNotNull(runners.userId))),
    db.select({ runnerId: tooCloseCalls.runnerId, editionYear: tooCloseCalls.editionYear }).from(tooCloseCalls).where(eq(tooCloseCalls.raceId, raceId)),
  ]);
  // Nobody to tell (a live feed's runners without accounts): nothing more to read.
  if (entries.length === 0 && calls.length === 0) return 0;
  const race = await finishLineRace(db, raceId);
  if (!race) return 0;
  const wasTooClose = new Set(calls.map((c) => `${c.runnerId}:${c.editionYear}`));
  const loadEdition = editionConfigLoader(db);
  const editions = await Promise.all(candidateEditionsForRaceDate(race.date).map(loadEdition));

  const statuses = entries.flatMap((entry) =>
    editions.flatMap((edition) => {
      const status = finishLineStatusOf(entry, race.edition, race, edition);
      const was = wasTooClose.has(`${entry.runnerId}:${edition.year}`);
      return status || was ? [{ entry, edition: edition.year, status, was }] : [];
    }),
  );
  // Qualified for that Finals race otherwise (another result, or an age-group place here): told already.
  const concerned = [...new Set(statuses.filter((s) => s.was || s.status?.status === "too_close_to_call").map((s) => s.entry.runnerId))];
  const otherwise = new Set<string>();
  if (concerned.length > 0) {
    const rows = await db
      .select({ runnerId: qualifications.runnerId, editionYear: qualifications.editionYear, finalsRace: qualifications.finalsRace, resultId: qualifications.resultId, kind: qualifications.kind })
      .from(qualifications)
      .where(inArray(qualifications.runnerId, concerned));
    const resultOf = new Map(entries.map((e) => [e.runnerId, e.resultId]));
    for (const q of rows) if (q.resultId !== resultOf.get(q.runnerId) || q.kind === "age_group") otherwise.add(`${q.runnerId}:${q.editionYear}:${q.finalsRace}`);
  }

  const keep: (typeof tooCloseCalls.$inferInsert)[] = [];
  const drop: { runnerId: number; editionYear: number }[] = [];
  const drafts: NotificationDraft[] = [];
  for (const { entry, edition, status, was } of statuses) {
    const step = tooCloseStep(was, status, status !== null && otherwise.has(`${entry.runnerId}:${edition}:${status.finalsRace}`));
    if (step.tooClose && !was && status) keep.push({ raceId, runnerId: entry.runnerId, editionYear: edition, finalsRace: status.finalsRace });
    if (!step.tooClose && was) drop.push({ runnerId: entry.runnerId, editionYear: edition });
    if (step.resolved && status && entry.userId) {
      drafts.push({
        userId: entry.userId,
        kind: "too_close_resolved",
        subject: `too_close_resolved:${edition}:${status.finalsRace}:${raceId}`,
        params: {
          finalsRace: status.finalsRace,
          editionYear: edition,
          event: race.eventName,
          race: race.name,
          outcome: step.resolved,
          basis: entry.utmbScore !== null ? "official" : "provisional",
          score: status.score,
          low: status.low,
          high: status.high,
          threshold: status.threshold,
        },
      });
    }
  }
  // The runners of the calls that went (their result removed, their account unlinked) are let go too.
  const present = new Set(entries.map((e) => e.runnerId));
  for (const c of calls) if (!present.has(c.runnerId)) drop.push(c);

  if (keep.length > 0) await db.insert(tooCloseCalls).values(keep).onConflictDoNothing();
  for (const d of drop) {
    await db.delete(tooCloseCalls).where(and(eq(tooCloseCalls.raceId, raceId), eq(tooCloseCalls.runnerId, d.runnerId), eq(tooCloseCalls.editionYear, d.editionYear)));
  }
  return queueNotifications(db, drafts);
}
