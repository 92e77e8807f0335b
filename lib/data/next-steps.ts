import "server-only";
import { and, asc, eq, gt, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, races } from "@/db/schema";
import { requestFactsFor } from "./requests";
import type { RunnerDashboard } from "./dashboard";
import { finalsQualifierRaces } from "@/lib/domain/finals-qualifier";
import { isFinalsCategory } from "@/lib/domain/km-effort";
import { nextSteps, type NextStep, type RaceLeft } from "@/lib/domain/next-steps";
import { requestOptions, type FinalsRegistration } from "@/lib/domain/request-options";
import type { IsoDate } from "@/lib/domain/types";

/**
 * R7, R8, R11: the Event and Major races after `today` up to `until` that qualify for the Finals (the
 * event's one race per category), in date order.
 */
export async function listRacesLeft(db: Db, { today, until }: { today: IsoDate; until: IsoDate }): Promise<RaceLeft[]> {
  if (until <= today) return [];
  const rows = await db
    .select({
      raceId: races.id,
      eventId: races.eventId,
      date: races.date,
      raceName: races.name,
      eventName: events.name,
      eventLevel: events.level,
      category: races.category,
      isFinalsQualifier: races.isFinalsQualifier,
    })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(inArray(events.level, ["event", "major"]), gt(races.date, today), lte(races.date, until)))
    .orderBy(asc(races.date), asc(races.name));
  const qualifiers = new Set<number>();
  for (const eventId of new Set(rows.map((r) => r.eventId))) {
    for (const id of finalsQualifierRaces(rows.filter((r) => r.eventId === eventId))) qualifiers.add(id);
  }
  return rows.flatMap(({ eventId: _eventId, isFinalsQualifier: _flag, category, ...r }) =>
    qualifiers.has(r.raceId) && isFinalsCategory(category) ? [{ ...r, category }] : [],
  );
}

export interface DashboardNextSteps {
  steps: NextStep[];
  registration: FinalsRegistration | null;
  /** R18: the runner's Top Elite status and whether the period was granted. */
  topElite: { reached: boolean; granted: boolean };
}

/** The runner's next steps for the dashboard shown (registration, requests, races left: not cached). */
export async function getDashboardNextSteps(db: Db, dashboard: RunnerDashboard, today: IsoDate): Promise<DashboardNextSteps> {
  const [facts, racesLeft] = await Promise.all([
    requestFactsFor(db, dashboard),
    listRacesLeft(db, { today, until: dashboard.edition.qualificationEnd }),
  ]);
  const options = requestOptions(facts, today);
  return {
    steps: nextSteps({ today, edition: dashboard.edition, status: dashboard.status, registration: facts.registration, options, racesLeft }),
    registration: facts.registration,
    topElite: { reached: options.topElite.status.reached, granted: facts.topEliteGranted },
  };
}
