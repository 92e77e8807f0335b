import "server-only";
import { and, asc, count, desc, eq, ilike } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, races, results } from "@/db/schema";
import { finalsQualifierRaces } from "@/lib/domain/finals-qualifier";
import type { EventLevel, RaceCategory } from "@/lib/domain/types";
import { setFinalsQualifier } from "./import-race";
import { recordAudit } from "./audit";
import { queueFinalResultsNotifications, queueQualifiedNotifications } from "./notifications";
import { recomputeQualifications } from "./recompute";
import { settleTooCloseCalls } from "./too-close-calls";

export interface EventListItem {
  id: number;
  name: string;
  year: number;
  level: EventLevel;
  races: number;
}

/** Events, newest year first, optionally by a part of their name. */
export async function listEvents(db: Db, { search, limit = 200 }: { search?: string; limit?: number } = {}): Promise<EventListItem[]> {
  const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select({ id: events.id, name: events.name, year: events.year, level: events.level, races: count(races.id) })
    .from(events)
    .leftJoin(races, and(eq(races.eventId, events.id), eq(races.staged, false)))
    .where(pattern ? ilike(events.name, pattern) : undefined)
    .groupBy(events.id)
    .orderBy(desc(events.year), asc(events.name))
    .limit(limit);
}

export interface EventRaceItem {
  id: number;
  name: string;
  date: string;
  distanceKm: number;
  elevationGainM: number;
  category: RaceCategory | null;
  /** The stored R11 flag. */
  isFinalsQualifier: boolean;
  /** R11 as the rules engine applies it: this race's results qualify for the Finals. */
  qualifies: boolean;
  /** Another race of the event has the same Finals category (the R11 choice matters). */
  hasSiblings: boolean;
  /** R20: the results are final (a live feed's are not until declared). */
  resultsFinal: boolean;
  results: number;
}

export interface EventWithRaces extends EventListItem {
  raceList: EventRaceItem[];
}

/** One event with its races and, per race, whether it qualifies (R11). */
export async function getEventWithRaces(db: Db, { eventId }: { eventId: number }): Promise<EventWithRaces | null> {
  const [event] = await db.select({ id: events.id, name: events.name, year: events.year, level: events.level }).from(events).where(eq(events.id, eventId));
  if (!event) return null;
  const rows = await db
    .select({
      id: races.id,
      name: races.name,
      date: races.date,
      distanceKm: races.distanceKm,
      elevationGainM: races.elevationGainM,
      category: races.category,
      isFinalsQualifier: races.isFinalsQualifier,
      resultsFinal: races.resultsFinal,
      results: count(results.id),
    })
    .from(races)
    .leftJoin(results, eq(results.raceId, races.id))
    .where(and(eq(races.eventId, eventId), eq(races.staged, false)))
    .groupBy(races.id)
    .orderBy(asc(races.date), asc(races.name));
  const qualifying = finalsQualifierRaces(rows.map((r) => ({ raceId: r.id, category: r.category, isFinalsQualifier: r.isFinalsQualifier })));
  return {
    ...event,
    races: rows.length,
    raceList: rows.map((r) => ({
      ...r,
      qualifies: qualifying.has(r.id),
      hasSiblings: r.category !== null && rows.some((o) => o.id !== r.id && o.category === r.category),
    })),
  };
}

/**
 * R11: makes a race its event's Finals qualifier for its category (the others of the category stop
 * qualifying), audited, and recomputes every race whose flag moved, in one transaction.
 */
export async function makeFinalsQualifier(db: Db, { raceId, actorUserId }: { raceId: number; actorUserId: string }) {
  return db.transaction(async (tx) => {
    const [race] = await tx
      .select({ id: races.id, name: races.name, category: races.category, eventId: races.eventId })
      .from(races)
      .where(and(eq(races.id, raceId)))
      .for("update");
    if (!race) return null;
    const decision = await setFinalsQualifier(tx, race.eventId, { id: race.id, name: race.name, category: race.category, created: false }, true, actorUserId);
    const recompute = await recomputeQualifications(tx, { raceIds: [race.id, ...decision.cleared.map((c) => c.id)] });
    await queueQualifiedNotifications(tx, recompute.newlyQualified);
    return { eventId: race.eventId, raceName: race.name, cleared: decision.cleared, newlyQualified: recompute.newlyQualified.length };
  });
}

/**
 * R20: an admin declares a race's results final (a live feed that will not send `final=true`): its places
 * stop being provisional, and its provisionally qualified runners are told they are qualified. Audited, one
 * transaction. Null for an unknown race; `already` when it was final.
 */
export async function declareResultsFinal(db: Db, { raceId, actorUserId }: { raceId: number; actorUserId: string }) {
  return db.transaction(async (tx) => {
    const [race] = await tx.select({ id: races.id, name: races.name, eventId: races.eventId, resultsFinal: races.resultsFinal }).from(races).where(eq(races.id, raceId)).for("update");
    if (!race) return null;
    if (race.resultsFinal) return { eventId: race.eventId, raceName: race.name, already: true as const };
    await tx.update(races).set({ resultsFinal: true }).where(eq(races.id, race.id));
    await recordAudit(tx, {
      actorUserId,
      entityType: "race",
      entityId: race.id,
      action: "updated",
      reason: "results declared final",
      details: { before: { resultsFinal: false }, after: { resultsFinal: true } },
    });
    const told = (await queueFinalResultsNotifications(tx, race.id)) + (await settleTooCloseCalls(tx, race.id));
    return { eventId: race.eventId, raceName: race.name, already: false as const, told };
  });
}
