import "server-only";
import { eq, getTableName, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { perDatabase } from "@/db/prepared";
import { events, finalsEditions, qualifications, races, requests, results, runners } from "@/db/schema";
import { dashboardVersionColumn } from "./dashboard-version";
import type { StoredReason } from "./qualification-rows";
import type { ApprovedRequest } from "@/lib/domain/grants";
import type { DashboardResult } from "@/lib/domain/runner-dashboard";
import type { EventLevel, FinalsRace, IsoDate, RaceCategory } from "@/lib/domain/types";

/** A result row as the dashboard query returns it: what km-effort (R2) and the R8/R11 flags are computed from. */
export type ResultRow = Omit<DashboardResult, "kmEffort" | "inQualificationPeriod" | "qualifiesForFinals" | "provisionalScore"> & {
  eventId: number;
  /** R5/R20: the race's edition constant and its interval (races.score_constant*), null when none. */
  constant: { constant: number; low: number; high: number; basis: string } | null;
};

/** A race of one of the runner's events (R11 needs the others of each event). */
export interface SiblingRow {
  raceId: number;
  eventId: number;
  category: RaceCategory | null;
  isFinalsQualifier: boolean;
}

export interface QualificationRow extends StoredReason {
  resultId: number;
  finalsRace: FinalsRace;
  level: EventLevel;
  raceName: string;
  eventName: string;
  date: IsoDate;
}

/** `coalesce(json_agg(<object> order by ...), '[]')` over a subquery: a list in one column. */
function jsonList<T>(object: SQL, from: SQL, orderBy?: SQL) {
  return sql<T[]>`coalesce((select json_agg(${object}${orderBy ? sql` order by ${orderBy}` : sql``}) ${from}), '[]'::json)`;
}

/**
 * Everything on a runner's dashboard in one statement: the runner's row with the edition, the results,
 * the sibling races, the qualifications and the approved requests as JSON columns. One round trip
 * instead of six: under load each extra query cost a pool connection, a socket write and a PostgreSQL
 * statement (the six separate queries were a quarter of the dashboard's time at 10 connections). Prepared
 * (db/prepared.ts): Drizzle builds the SQL once, PostgreSQL plans it once per connection.
 */
function prepareDashboardQuery(db: Db) {
  const editionYear = sql.placeholder("editionYear");
  // Drizzle leaves columns unqualified in a single-table select, so the subqueries name the outer row fully.
  const runnerId = sql`${sql.identifier(getTableName(runners))}.${sql.identifier(runners.id.name)}`;
  // An alias renders as its bare name in sql``: the FROM clauses below name the table before it.
  const siblingRaces = alias(races, "sibling_races");
  const runnerRaces = alias(races, "runner_races");

  const edition = sql<Omit<typeof finalsEditions.$inferSelect, "updatedAt"> | null>`(select json_build_object(
      'year', ${finalsEditions.year},
      'qualificationStart', ${finalsEditions.qualificationStart},
      'qualificationEnd', ${finalsEditions.qualificationEnd},
      'scoreThresholds', ${finalsEditions.scoreThresholds},
      'extensionThresholds', ${finalsEditions.extensionThresholds},
      'extensionDeadline', ${finalsEditions.extensionDeadline},
      'extensionWindowEnd', ${finalsEditions.extensionWindowEnd},
      'podiumPlacesEvent', ${finalsEditions.podiumPlacesEvent},
      'podiumPlacesMajor', ${finalsEditions.podiumPlacesMajor},
      'majorPlacesPerSex', ${finalsEditions.majorPlacesPerSex},
      'categoryBands', ${finalsEditions.categoryBands},
      'topElite', ${finalsEditions.topElite})
    from ${finalsEditions} where ${finalsEditions.year} = ${editionYear})`;

  const resultList = jsonList<ResultRow>(
    sql`json_build_object(
      'resultId', ${results.id}, 'raceId', ${races.id}, 'eventId', ${events.id}, 'date', ${races.date},
      'eventName', ${events.name}, 'eventLevel', ${events.level}, 'raceName', ${races.name},
      'category', ${races.category}, 'distanceKm', ${races.distanceKm}, 'elevationGainM', ${races.elevationGainM},
      'timeSeconds', ${results.timeSeconds}, 'status', ${results.status}, 'placeOverall', ${results.placeOverall},
      'placeBySex', ${results.placeBySex}, 'finisherPlaceBySex', ${results.finisherPlaceBySex},
      'ageGroup', ${results.ageGroup}, 'placeInAgeGroup', ${results.placeInAgeGroup}, 'utmbScore', ${results.utmbScore},
      'resultsFinal', ${races.resultsFinal},
      'constant', case when ${races.scoreConstant} is null then null else json_build_object('constant', ${races.scoreConstant},
        'low', ${races.scoreConstantLow}, 'high', ${races.scoreConstantHigh}, 'basis', ${races.scoreConstantBasis}) end)`,
    sql`from ${results}
      inner join ${races} on ${races.id} = ${results.raceId}
      inner join ${events} on ${events.id} = ${races.eventId}
      where ${results.runnerId} = ${runnerId} and not ${races.staged}`,
    sql`${races.date} desc, ${races.name} asc`,
  );

  const siblingList = jsonList<SiblingRow>(
    sql`json_build_object('raceId', ${siblingRaces.id}, 'eventId', ${siblingRaces.eventId},
      'category', ${siblingRaces.category}, 'isFinalsQualifier', ${siblingRaces.isFinalsQualifier})`,
    sql`from ${races} ${siblingRaces} where ${siblingRaces.eventId} in (
      select ${runnerRaces.eventId} from ${results}
      inner join ${races} ${runnerRaces} on ${runnerRaces.id} = ${results.raceId}
      where ${results.runnerId} = ${runnerId}) and not ${siblingRaces.staged}`,
  );

  const qualificationList = jsonList<QualificationRow>(
    sql`json_build_object(
      'resultId', ${qualifications.resultId}, 'finalsRace', ${qualifications.finalsRace}, 'kind', ${qualifications.kind},
      'place', ${qualifications.place}, 'score', ${qualifications.score}, 'threshold', ${qualifications.threshold},
      'ageGroup', ${qualifications.ageGroup}, 'level', ${events.level}, 'raceName', ${races.name},
      'eventName', ${events.name}, 'date', ${races.date})`,
    sql`from ${qualifications}
      inner join ${races} on ${races.id} = ${qualifications.raceId}
      inner join ${events} on ${events.id} = ${races.eventId}
      where ${qualifications.runnerId} = ${runnerId} and ${qualifications.editionYear} = ${editionYear} and not ${races.staged}`,
    sql`${qualifications.resultId} asc, ${qualifications.kind} asc`,
  );

  // Approved requests that change the runner's status for the edition (R14, R15, R16).
  const grantList = jsonList<ApprovedRequest>(
    sql`json_build_object('requestId', ${requests.id}, 'type', ${requests.type}, 'editionYear', ${requests.editionYear},
      'fromFinalsRace', ${requests.fromFinalsRace}, 'toFinalsRace', ${requests.toFinalsRace},
      'decidedOn', to_char(${requests.decidedAt} at time zone 'Europe/Paris', 'YYYY-MM-DD'))`,
    sql`from ${requests}
      where ${requests.runnerId} = ${runnerId} and ${requests.status} = 'approved' and (
        (${requests.type} in ('category_change', 'extension', 'top_elite') and ${requests.editionYear} = ${sql.placeholder("changeAndExtensionYear")})
        or (${requests.type} = 'priority_deferral' and ${requests.editionYear} = ${sql.placeholder("deferralYear")}))`,
  );

  return db
    .select({
      id: runners.id,
      name: runners.name,
      sex: runners.sex,
      nationality: runners.nationality,
      birthYear: runners.birthYear,
      externalId: runners.externalId,
      version: dashboardVersionColumn,
      edition,
      results: resultList,
      siblings: siblingList,
      qualifications: qualificationList,
      grants: grantList,
    })
    .from(runners)
    .where(eq(runners.id, sql.placeholder("runnerId")))
    .limit(1)
    .prepare("runner_dashboard");
}

export const dashboardQuery = perDatabase(prepareDashboardQuery);
