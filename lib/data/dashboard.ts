import "server-only";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { preparedPerDatabase } from "@/db/prepared";
import { events, finalsEditions, qualifications, races, requests, results, runners } from "@/db/schema";
import { editionConfigFromRow } from "./editions";
import { reasonFromRow } from "./qualification-rows";
import { defaultEditionConfig, isInQualificationPeriod, nextFinalsEdition } from "@/lib/domain/edition";
import { kmEffort } from "@/lib/domain/km-effort";
import {
  finalsQualifierRaces,
  finalsStatus,
  type FinalsRaceStatus,
  type RaceQualificationWithRace,
  type StatusResult,
} from "@/lib/domain/qualification";
import { grantsForEdition, requestEditionsFor } from "@/lib/domain/grants";
import { computeUtmbIndex, describeIndexWeights, type UtmbIndex } from "@/lib/domain/utmb-index";
import type { EventLevel, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, ResultStatus, Sex } from "@/lib/domain/types";

/** One result as the dashboard lists it. */
export interface DashboardResult {
  resultId: number;
  raceId: number;
  date: IsoDate;
  eventName: string;
  eventLevel: EventLevel;
  raceName: string;
  category: RaceCategory | null;
  kmEffort: number;
  timeSeconds: number | null;
  status: ResultStatus;
  placeOverall: number | null;
  placeBySex: number | null;
  finisherPlaceBySex: number | null;
  ageGroup: string | null;
  placeInAgeGroup: number | null;
  utmbScore: number | null;
  /** R8: inside the qualification period of the edition shown. */
  inQualificationPeriod: boolean;
  /** R11: false when the race is not its event's Finals qualifier. */
  qualifiesForFinals: boolean;
}

export interface PublicRunner {
  id: number;
  name: string;
  sex: Sex;
  nationality: string | null;
}

export interface RunnerDashboard {
  runner: PublicRunner & { birthYear: number | null; externalId: string | null };
  edition: FinalsEditionConfig;
  status: Record<FinalsRace, FinalsRaceStatus>;
  index: UtmbIndex;
  indexExplanation: string[];
  results: DashboardResult[];
}

/**
 * The dashboard's queries, prepared (db/prepared.ts). They depend on the runner id and edition only, so
 * they go out together as one round of parallel queries.
 */
function prepareDashboardQueries(db: Db) {
  const runnerId = sql.placeholder("runnerId");
  const editionYear = sql.placeholder("editionYear");

  const runner = db
    .select({
      id: runners.id,
      name: runners.name,
      sex: runners.sex,
      nationality: runners.nationality,
      birthYear: runners.birthYear,
      externalId: runners.externalId,
    })
    .from(runners)
    .where(eq(runners.id, runnerId))
    .limit(1)
    .prepare("dashboard_runner");

  const edition = db.select().from(finalsEditions).where(eq(finalsEditions.year, editionYear)).limit(1).prepare("dashboard_edition");

  const resultRows = db
    .select({
      resultId: results.id,
      raceId: races.id,
      eventId: events.id,
      date: races.date,
      eventName: events.name,
      eventLevel: events.level,
      raceName: races.name,
      category: races.category,
      distanceKm: races.distanceKm,
      elevationGainM: races.elevationGainM,
      timeSeconds: results.timeSeconds,
      status: results.status,
      placeOverall: results.placeOverall,
      placeBySex: results.placeBySex,
      finisherPlaceBySex: results.finisherPlaceBySex,
      ageGroup: results.ageGroup,
      placeInAgeGroup: results.placeInAgeGroup,
      utmbScore: results.utmbScore,
    })
    .from(results)
    .innerJoin(races, eq(races.id, results.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .where(eq(results.runnerId, runnerId))
    .orderBy(desc(races.date), asc(races.name))
    .prepare("dashboard_results");

  // R11 needs the other races of the runner's events: a subquery on the runner's results, so it runs at
  // the same time as the results query instead of after it.
  const runnerEvents = db
    .select({ eventId: races.eventId })
    .from(results)
    .innerJoin(races, eq(races.id, results.raceId))
    .where(eq(results.runnerId, runnerId));
  const siblingRaces = db
    .select({ raceId: races.id, eventId: races.eventId, category: races.category, isFinalsQualifier: races.isFinalsQualifier })
    .from(races)
    .where(inArray(races.eventId, runnerEvents))
    .prepare("dashboard_sibling_races");

  const qualificationRows = db
    .select({
      resultId: qualifications.resultId,
      finalsRace: qualifications.finalsRace,
      kind: qualifications.kind,
      place: qualifications.place,
      score: qualifications.score,
      threshold: qualifications.threshold,
      ageGroup: qualifications.ageGroup,
      level: events.level,
      raceName: races.name,
      eventName: events.name,
      date: races.date,
    })
    .from(qualifications)
    .innerJoin(races, eq(races.id, qualifications.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(eq(qualifications.runnerId, runnerId), eq(qualifications.editionYear, editionYear)))
    .orderBy(asc(qualifications.resultId), asc(qualifications.kind))
    .prepare("dashboard_qualifications");

  // Approved requests that change the runner's status for the edition (R14, R15, R16).
  const grantRows = db
    .select({
      requestId: requests.id,
      type: requests.type,
      editionYear: requests.editionYear,
      fromFinalsRace: requests.fromFinalsRace,
      toFinalsRace: requests.toFinalsRace,
    })
    .from(requests)
    .where(
      and(
        eq(requests.runnerId, runnerId),
        eq(requests.status, "approved"),
        or(
          and(inArray(requests.type, ["category_change", "extension"]), eq(requests.editionYear, sql.placeholder("changeAndExtensionYear"))),
          and(eq(requests.type, "priority_deferral"), eq(requests.editionYear, sql.placeholder("deferralYear"))),
        ),
      ),
    )
    .prepare("dashboard_grants");

  return { runner, edition, resultRows, siblingRaces, qualificationRows, grantRows };
}

type DashboardQueries = ReturnType<typeof prepareDashboardQueries>;
type ResultRow = Awaited<ReturnType<DashboardQueries["resultRows"]["execute"]>>[number];
type SiblingRow = Awaited<ReturnType<DashboardQueries["siblingRaces"]["execute"]>>[number];
type QualificationRow = Awaited<ReturnType<DashboardQueries["qualificationRows"]["execute"]>>[number];

const dashboardQueries = preparedPerDatabase(prepareDashboardQueries);

function toDashboardResults(rows: ResultRow[], siblings: SiblingRow[], edition: FinalsEditionConfig): DashboardResult[] {
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const qualifierRaceIds = new Set<number>();
  for (const eventId of eventIds) {
    for (const id of finalsQualifierRaces(siblings.filter((s) => s.eventId === eventId))) qualifierRaceIds.add(id);
  }

  return rows.map(({ eventId: _eventId, distanceKm, elevationGainM, ...r }) => ({
    ...r,
    kmEffort: Math.round(kmEffort(distanceKm, elevationGainM) * 10) / 10,
    inQualificationPeriod: isInQualificationPeriod(r.date, edition),
    qualifiesForFinals: qualifierRaceIds.has(r.raceId),
  }));
}

/** One entry per qualifying result, with every reason it qualifies (R13). */
function groupQualifications(rows: QualificationRow[], runnerId: number): RaceQualificationWithRace[] {
  const byResult = new Map<number, RaceQualificationWithRace>();
  for (const row of rows) {
    const reason = reasonFromRow(row, row.level);
    const existing = byResult.get(row.resultId);
    if (existing) existing.reasons.push(reason);
    else
      byResult.set(row.resultId, {
        runnerId,
        resultId: row.resultId,
        finalsRace: row.finalsRace,
        reasons: [reason],
        raceName: row.raceName,
        eventName: row.eventName,
        date: row.date,
      });
  }
  return [...byResult.values()];
}

/** The runner's public identity, or null. Never returns account data. */
export async function getPublicRunner(db: Db, runnerId: number): Promise<PublicRunner | null> {
  const [row] = await db
    .select({ id: runners.id, name: runners.name, sex: runners.sex, nationality: runners.nationality })
    .from(runners)
    .where(eq(runners.id, runnerId))
    .limit(1);
  return row ?? null;
}

/**
 * Everything on a runner's dashboard: status for the next Finals edition per Finals race (R13), the
 * UTMB Index (R6) and every result. The caller has checked that the viewer may see this runner.
 */
export async function getRunnerDashboard(db: Db, { runnerId, today }: { runnerId: number; today: IsoDate }): Promise<RunnerDashboard | null> {
  const editionYear = nextFinalsEdition(today);
  const requestEditions = requestEditionsFor(editionYear);
  const q = dashboardQueries(db);
  const [[runner], [editionRow], resultRows, siblings, qualificationRows, grantRows] = await Promise.all([
    q.runner.execute({ runnerId }),
    q.edition.execute({ editionYear }),
    q.resultRows.execute({ runnerId }),
    q.siblingRaces.execute({ runnerId }),
    q.qualificationRows.execute({ runnerId, editionYear }),
    q.grantRows.execute({
      runnerId,
      changeAndExtensionYear: requestEditions.categoryChangeAndExtension,
      deferralYear: requestEditions.deferral,
    }),
  ]);
  const edition = editionRow ? editionConfigFromRow(editionRow) : defaultEditionConfig(editionYear);
  const qualificationList = groupQualifications(qualificationRows, runnerId);
  const grants = grantsForEdition(grantRows, editionYear);
  if (!runner) return null;
  const resultList = toDashboardResults(resultRows, siblings, edition);

  const statusResults: StatusResult[] = resultList.map((r) => ({
    resultId: r.resultId,
    raceId: r.raceId,
    raceName: r.raceName,
    eventName: r.eventName,
    eventLevel: r.eventLevel,
    date: r.date,
    category: r.category,
    status: r.status,
    placeBySexAmongFinishers: r.finisherPlaceBySex,
    utmbScore: r.utmbScore,
    qualifiesForFinals: r.qualifiesForFinals,
  }));
  const status = finalsStatus({ sex: runner.sex, qualifications: qualificationList, results: statusResults, grants }, edition);
  const index = computeUtmbIndex(
    resultList.flatMap((r) =>
      r.status === "finisher" && r.utmbScore !== null && r.category !== null
        ? [{ resultId: r.resultId, category: r.category, score: r.utmbScore, date: r.date }]
        : [],
    ),
    today,
  );
  return { runner, edition, status, index, indexExplanation: describeIndexWeights(), results: resultList };
}

/** Who is asking, as the data layer needs to know it. */
export interface Viewer {
  role: "runner" | "elite" | "admin";
  runnerId: number | null;
}

/**
 * The private dashboard of a runner, for a viewer: a runner sees only their own; the elite team and
 * admins see any runner's (to review requests). Anyone else gets null, as if the runner did not exist.
 */
export async function getDashboardForViewer(
  db: Db,
  viewer: Viewer,
  { runnerId, today }: { runnerId: number; today: IsoDate },
): Promise<RunnerDashboard | null> {
  const allowed = viewer.role === "elite" || viewer.role === "admin" || viewer.runnerId === runnerId;
  if (!allowed) return null;
  return getRunnerDashboard(db, { runnerId, today });
}
