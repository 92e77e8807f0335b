import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, races } from "@/db/schema";
import type { IsoDate, RaceCategory } from "@/lib/domain/types";

/** A World Series race still to come, with what its last edition tells about its scores (R21). */
export interface RaceAhead {
  raceId: number;
  eventName: string;
  raceName: string;
  date: IsoDate;
  level: "event" | "major";
  category: RaceCategory;
  /** R11: only the qualifier race of its category at its event qualifies. */
  isFinalsQualifier: boolean;
  /** R5: the constant of the course's last edition with published scores (same event and race name), or null. */
  lastEditionConstant: number | null;
  lastEditionYear: number | null;
}

/**
 * R21: the Events' and Majors' races of these categories dated after `after` and up to `until` (the end of
 * the runner's period), soonest first, each with its last scored edition's constant. One query.
 */
export async function listRacesAhead(
  db: Db,
  { after, until, categories }: { after: IsoDate; until: IsoDate; categories: readonly RaceCategory[] },
): Promise<RaceAhead[]> {
  if (categories.length === 0 || until <= after) return [];
  // The course's last scored edition: same event name and race name, an earlier year.
  const last = sql<{ constant: number; year: number } | null>`(
    select json_build_object('constant', er.score_constant, 'year', ee.year)
    from races er join events ee on ee.id = er.event_id
    where ee.name = ${events.name} and ee.year < ${events.year} and er.name = ${races.name}
      and er.score_constant_basis = 'official-scores'
    order by ee.year desc limit 1)`;
  const rows = await db
    .select({
      raceId: races.id,
      eventName: events.name,
      raceName: races.name,
      date: races.date,
      level: events.level,
      category: races.category,
      isFinalsQualifier: races.isFinalsQualifier,
      last,
    })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(
      and(
        gt(races.date, after),
        lte(races.date, until),
        inArray(events.level, ["event", "major"]),
        isNotNull(races.category),
        inArray(races.category, [...categories]),
      ),
    )
    .orderBy(asc(races.date), asc(events.name), asc(races.name))
    .limit(50);
  return rows.map(({ last: lastEdition, ...r }) => {
    const parsed = typeof lastEdition === "string" ? (JSON.parse(lastEdition) as { constant: number; year: number }) : lastEdition;
    return {
      ...r,
      level: r.level as "event" | "major",
      category: r.category as RaceCategory,
      lastEditionConstant: parsed?.constant ?? null,
      lastEditionYear: parsed?.year ?? null,
    };
  });
}
