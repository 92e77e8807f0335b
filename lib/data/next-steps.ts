import "server-only";
import { and, asc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { perDatabase } from "@/db/prepared";
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
      // R21: the course's last edition with published scores (same event and race name, an earlier year).
      lastEditionConstant: sql<number | null>`(
        select er.score_constant from races er join events ee on ee.id = er.event_id
        where ee.name = ${events.name} and ee.year < ${events.year} and er.name = ${races.name}
          and er.score_constant_basis = 'official-scores'
        order by ee.year desc limit 1)`,
    })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(inArray(events.level, ["event", "major"]), gt(races.date, today), lte(races.date, until), eq(races.staged, false)))
    .orderBy(asc(races.date), asc(races.name));
  const qualifiers = new Set<number>();
  for (const eventId of new Set(rows.map((r) => r.eventId))) {
    for (const id of finalsQualifierRaces(rows.filter((r) => r.eventId === eventId))) qualifiers.add(id);
  }
  return rows.flatMap(({ eventId: _eventId, isFinalsQualifier: _flag, category, lastEditionConstant, ...r }) =>
    qualifiers.has(r.raceId) && isFinalsCategory(category)
      ? [{ ...r, category, lastEditionConstant: lastEditionConstant === null ? null : Number(lastEditionConstant) }]
      : [],
  );
}

/**
 * The races left are the same for every runner of a day and period: kept per process under the catalog
 * version (the part after the dot of the session's dashboard version, moved by every write to events and
 * races), so a new race shows at once and results day does not run the query once per runner.
 */
const racesLeftCache = perDatabase(() => new LRUCache<string, RaceLeft[]>({ max: 64 }));

function catalogVersionOf(dashboardVersion: string | null): string | null {
  const dot = dashboardVersion?.indexOf(".") ?? -1;
  return dot >= 0 && dashboardVersion ? dashboardVersion.slice(dot + 1) : null;
}

async function racesLeftFor(db: Db, query: { today: IsoDate; until: IsoDate }, dashboardVersion: string | null): Promise<RaceLeft[]> {
  const catalog = catalogVersionOf(dashboardVersion);
  if (catalog === null) return listRacesLeft(db, query);
  const key = `${query.today}|${query.until}|${catalog}`;
  const cache = racesLeftCache(db);
  const cached = cache.get(key);
  if (cached) return cached;
  const races = await listRacesLeft(db, query);
  cache.set(key, Object.freeze(races) as RaceLeft[]);
  return races;
}

export interface DashboardNextSteps {
  steps: NextStep[];
  registration: FinalsRegistration | null;
  /** R18: the runner's Top Elite status and whether the period was granted. */
  topElite: { reached: boolean; granted: boolean };
}

/**
 * The runner's next steps for the dashboard shown. The registration and the requests are read afresh (a
 * registration moves no dashboard version); the races left come from a per-process cache.
 */
export async function getDashboardNextSteps(
  db: Db,
  dashboard: RunnerDashboard,
  today: IsoDate,
  dashboardVersion: string | null = null,
): Promise<DashboardNextSteps> {
  const [facts, racesLeft] = await Promise.all([
    requestFactsFor(db, dashboard),
    racesLeftFor(db, { today, until: dashboard.edition.qualificationEnd }, dashboardVersion),
  ]);
  const options = requestOptions(facts, today);
  return {
    steps: nextSteps({ today, edition: dashboard.edition, status: dashboard.status, registration: facts.registration, options, racesLeft }),
    registration: facts.registration,
    topElite: { reached: options.topElite.status.reached, granted: facts.topEliteGranted },
  };
}
