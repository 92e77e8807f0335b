import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, events, races } from "@/db/schema";
import { defaultEditionForRaceDate } from "@/lib/domain/edition";
import { isFinalsCategory, raceCategory } from "@/lib/domain/km-effort";
import type { EventLevel, RaceCategory } from "@/lib/domain/types";
import type { ParsedRace } from "@/lib/ingest/types";
import { getEditionConfig } from "./editions";

/** The import cannot go where it is sent; nothing was written. */
export class ImportRefusedError extends Error {
  constructor(readonly errors: { line: number | null; column: string | null; message: string }[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "ImportRefusedError";
  }
}

export function refuse(column: string | null, message: string): never {
  throw new ImportRefusedError([{ line: null, column, message }]);
}

export async function matchEvent(tx: Tx, target: { eventName: string; year: number; level: EventLevel; country?: string | null }) {
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
    return { ...found, created: false };
  }
  const [created] = await tx
    .insert(events)
    .values({ name: target.eventName, year: target.year, level: target.level, country: target.country ?? null })
    .returning({ id: events.id, name: events.name, level: events.level });
  if (!created) throw new Error("Event insert returned no row");
  return { ...created, created: true };
}

/** "47 km", "101.5 km": the name of a race whose file gives none (R11: told apart by its distance). */
export function distanceName(distanceKm: number): string {
  return `${Math.round(distanceKm * 10) / 10} km`;
}

export interface MatchedRace {
  id: number;
  name: string;
  category: RaceCategory | null;
  created: boolean;
  /** The audit row of the race's corrected values, when the file changed them. */
  auditId?: number | null;
}

/**
 * The race of the event this file is for (R11: never two races merged). A named race is its name; an
 * unnamed one is its distance and date: the event's race with both, else a new race named by its
 * distance ("47 km", then "47 km 2024-05-12" when that name is another race's). A name that clashes
 * with a race of another distance or date, which the file cannot be told apart from, is refused.
 */
export async function matchRace(
  tx: Tx,
  eventId: number,
  race: ParsedRace,
  target: { raceName?: string; officialCategory?: RaceCategory | null },
  actorUserId: string | null,
  /** A new race is created hidden, for an import written in batches (lib/data/import-staged.ts). */
  { staged = false }: { staged?: boolean } = {},
): Promise<MatchedRace> {
  // R3 with the band edges of the edition the race qualifies for (R8).
  const bands = (await getEditionConfig(tx, defaultEditionForRaceDate(race.date))).categoryBands;
  const officialCategory = target.officialCategory ?? null;
  const category = raceCategory({ distanceKm: race.distanceKm, elevationGainM: race.elevationGainM, officialCategory }, bands);
  const values = {
    date: race.date,
    distanceKm: race.distanceKm,
    elevationGainM: race.elevationGainM,
    elevationLossM: race.elevationLossM,
    officialCategory,
    category,
    sourceUrl: race.url,
  };
  const eventRaces = await tx
    .select({ id: races.id, name: races.name, ...columns(races) })
    .from(races)
    .where(eq(races.eventId, eventId));
  const givenName = target.raceName?.trim() || race.name || null;
  const sameCourse = (r: (typeof eventRaces)[number]) => r.date === race.date && Math.fround(r.distanceKm) === Math.fround(race.distanceKm);

  let found = givenName ? eventRaces.find((r) => r.name === givenName) : eventRaces.find(sameCourse);
  let name = givenName;
  if (!found && !name) {
    const byDistance = distanceName(race.distanceKm);
    const candidates = [byDistance, `${byDistance} ${race.date}`];
    name = candidates.find((n) => !eventRaces.some((r) => r.name === n)) ?? null;
    if (!name) {
      refuse("race", `This file names no race and the event already has races named "${candidates.join('" and "')}" at other distances or dates: give the race's name (--race, or the race parameter).`);
    }
  }
  if (!found) {
    const [created] = await tx.insert(races).values({ eventId, name: name as string, ...values, staged }).returning({ id: races.id, name: races.name, category: races.category });
    if (!created) throw new Error("Race insert returned no row");
    return { ...created, created: true };
  }
  const current = found;
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) =>
    k === "distanceKm" ? Math.fround(current[k]) !== Math.fround(values[k]) : current[k] !== values[k],
  );
  let auditId: number | null = null;
  if (changed.length > 0) {
    await tx.update(races).set(values).where(eq(races.id, current.id));
    const [audit] = await tx.insert(auditEvents).values({
      actorUserId,
      entityType: "race",
      entityId: String(current.id),
      action: "updated",
      reason: "results import",
      details: {
        before: Object.fromEntries(changed.map((k) => [k, current[k]])),
        after: Object.fromEntries(changed.map((k) => [k, values[k]])),
      },
    }).returning({ id: auditEvents.id });
    auditId = audit?.id ?? null;
  }
  found = current;
  return { id: found.id, name: found.name, category, created: false, auditId };
}

function columns(t: typeof races) {
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

export interface QualifierDecision {
  /** Whether this race is its event's Finals qualifier for its category after the import (R11). */
  finalsQualifier: boolean;
  /** Races whose flag this import cleared (to recompute). */
  cleared: { id: number; name: string }[];
  /** What the answer says about R11, when there is something to say. */
  note: string | null;
}

/**
 * R11: one qualifying race per Finals category per event. `qualifier` true makes this race the one
 * (the others of its category stop qualifying), false takes it out; unset, a new race qualifies only
 * when it is the first of its category in the event, and an existing race keeps its flag.
 */
export async function setFinalsQualifier(
  tx: Tx,
  eventId: number,
  race: MatchedRace,
  qualifier: boolean | undefined,
  actorUserId: string | null,
  importId: number | null = null,
): Promise<QualifierDecision> {
  if (!isFinalsCategory(race.category)) return { finalsQualifier: false, cleared: [], note: null };
  const siblings = await tx
    .select({ id: races.id, name: races.name, isFinalsQualifier: races.isFinalsQualifier })
    .from(races)
    .where(and(eq(races.eventId, eventId), eq(races.category, race.category), ne(races.id, race.id)));
  const [self] = await tx.select({ flag: races.isFinalsQualifier }).from(races).where(eq(races.id, race.id));
  const current = self?.flag ?? true;
  const qualifyingSibling = siblings.find((s) => s.isFinalsQualifier) ?? null;
  const wanted = qualifier ?? (race.created ? qualifyingSibling === null : current);
  const cleared = wanted ? siblings.filter((s) => s.isFinalsQualifier) : [];
  const audit = (id: number, before: boolean, after: boolean) => ({
    actorUserId,
    importId,
    entityType: "race",
    entityId: String(id),
    action: "updated",
    reason: importId === null ? "R11 Finals qualifier (event page)" : `R11 Finals qualifier (results import of race ${race.id})`,
    details: { before: { isFinalsQualifier: before }, after: { isFinalsQualifier: after } },
  });
  if (wanted !== current) {
    await tx.update(races).set({ isFinalsQualifier: wanted }).where(eq(races.id, race.id));
    if (!race.created) await tx.insert(auditEvents).values(audit(race.id, current, wanted));
  }
  for (const s of cleared) {
    await tx.update(races).set({ isFinalsQualifier: false }).where(eq(races.id, s.id));
    await tx.insert(auditEvents).values(audit(s.id, true, false));
  }
  let note: string | null = null;
  if (siblings.length > 0) {
    note = wanted
      ? `R11: "${race.name}" is the ${race.category} Finals qualifier of this event${cleared.length ? `; ${cleared.map((c) => `"${c.name}"`).join(", ")} no longer qualif${cleared.length === 1 ? "ies" : "y"}` : ""}.`
      : `R11: "${race.name}" is not the event's ${race.category} Finals qualifier${qualifyingSibling ? ` ("${qualifyingSibling.name}" is)` : ""}: its results qualify no one. Import it as the qualifier (--qualifier, qualifier=true) or switch it on the event's page.`;
  }
  return { finalsQualifier: wanted || siblings.length === 0, cleared, note };
}
