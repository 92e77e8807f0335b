import "server-only";
import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Db } from "@/db/client";
import { perDatabase } from "@/db/prepared";
import { runners } from "@/db/schema";
import { dashboardQuery, type QualificationRow, type ResultRow, type SiblingRow } from "./dashboard-query";
import { editionConfigFromRow } from "./editions";
import { reasonFromRow } from "./qualification-rows";
import { defaultEditionConfig, isInQualificationPeriod, nextFinalsEdition } from "@/lib/domain/edition";
import { kmEffort } from "@/lib/domain/km-effort";
import { scoreForTime, type ConstantBasis } from "@/lib/domain/provisional-score";
import { finalsQualifierRaces } from "@/lib/domain/finals-qualifier";
import { finalsStatus, type RaceQualificationWithRace, type StatusResult } from "@/lib/domain/qualification";
import { grantsForEdition, requestEditionsFor } from "@/lib/domain/grants";
import { computeUtmbIndex } from "@/lib/domain/utmb-index";
import type { DashboardResult, PublicRunner, RunnerDashboard } from "@/lib/domain/runner-dashboard";
import { withTopElitePeriod } from "@/lib/domain/top-elite";
import { widenedQualifications } from "@/lib/domain/widened-period";
import type { FinalsEditionConfig, IsoDate } from "@/lib/domain/types";

export type { DashboardResult, PublicRunner, RunnerDashboard };

/** R20: constant / time for a finisher without a published score, when the race has a constant. */
function provisionalScoreOf(r: Pick<ResultRow, "status" | "utmbScore" | "timeSeconds">, constant: ResultRow["constant"]): DashboardResult["provisionalScore"] {
  if (r.status !== "finisher" || r.utmbScore !== null || !constant || !r.timeSeconds || r.timeSeconds <= 0) return null;
  const edition = { ...constant, basis: constant.basis as ConstantBasis };
  return { ...scoreForTime(edition, r.timeSeconds), basis: constant.basis };
}

function toDashboardResults(rows: ResultRow[], siblings: SiblingRow[], edition: FinalsEditionConfig): DashboardResult[] {
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const qualifierRaceIds = new Set<number>();
  for (const eventId of eventIds) {
    for (const id of finalsQualifierRaces(siblings.filter((s) => s.eventId === eventId))) qualifierRaceIds.add(id);
  }

  return rows.map(({ eventId: _eventId, constant, ...r }) => ({
    ...r,
    provisionalScore: provisionalScoreOf(r, constant),
    kmEffort: Math.round(kmEffort(r.distanceKm, r.elevationGainM) * 10) / 10,
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

/** The runner with this UTMB runner id (the number of their UTMB profile), or null. */
export async function getRunnerIdByUtmbId(db: Db, utmbId: string): Promise<number | null> {
  if (!/^\d{1,12}$/.test(utmbId)) return null;
  const [row] = await db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, utmbId)).limit(1);
  return row?.id ?? null;
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
export async function getRunnerDashboard(db: Db, query: { runnerId: number; today: IsoDate }): Promise<RunnerDashboard | null> {
  return (await loadRunnerDashboard(db, query))?.dashboard ?? null;
}

/** The dashboard with its version (lib/data/dashboard-version.ts), read in the same snapshot. */
async function loadRunnerDashboard(
  db: Db,
  { runnerId, today }: { runnerId: number; today: IsoDate },
): Promise<{ dashboard: RunnerDashboard; version: string | null } | null> {
  const editionYear = nextFinalsEdition(today);
  const requestEditions = requestEditionsFor(editionYear);
  const [row] = await dashboardQuery(db).execute({
    runnerId,
    editionYear,
    changeAndExtensionYear: requestEditions.categoryChangeAndExtension,
    deferralYear: requestEditions.deferral,
  });
  if (!row) return null;
  const { version, edition: editionRow, results: resultRows, siblings, qualifications: qualificationRows, grants: grantRows, ...runner } = row;
  const storedEdition = editionRow ? editionConfigFromRow(editionRow) : defaultEditionConfig(editionYear);
  // R18: an approved Top Elite request widens the runner's period; the engine judges every date against it.
  const topElite = grantRows.some((g) => g.type === "top_elite" && g.editionYear === editionYear);
  const edition = topElite ? withTopElitePeriod(storedEdition) : storedEdition;
  const grants = grantsForEdition(grantRows, editionYear);
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
  // Stored qualifications cover the R8 period; the widened part is judged here from the runner's own results.
  const qualificationList = [
    ...groupQualifications(qualificationRows, runnerId),
    ...(topElite ? widenedQualifications(statusResults, runner.sex, storedEdition, edition, runnerId) : []),
  ];
  const status = finalsStatus({ sex: runner.sex, qualifications: qualificationList, results: statusResults, grants }, edition);
  const index = computeUtmbIndex(
    resultList.flatMap((r) =>
      r.status === "finisher" && r.utmbScore !== null && r.category !== null
        ? [{ resultId: r.resultId, category: r.category, score: r.utmbScore, date: r.date }]
        : [],
    ),
    today,
  );
  const dashboard = { runner, edition, status, index, results: resultList };
  return { dashboard, version };
}

/** How many dashboards each process keeps: about 10 KB each for a runner with a few dozen results. */
const OWN_DASHBOARD_CACHE_ENTRIES = 5_000;

const ownDashboardCache = perDatabase(() => new LRUCache<string, RunnerDashboard>({ max: OWN_DASHBOARD_CACHE_ENTRIES }));

/** Cached dashboards are shared between requests: freezing them makes a stray mutation throw, not leak. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The signed-in runner's own dashboard, the busiest page, through a per-process cache. Safe because the
 * key holds everything the dashboard depends on: the runner, the day (R8 period, R6 validity) and the
 * dashboard version the session query read, which triggers move on every write to the runner's data or
 * the catalog, whichever process writes. A changed dashboard therefore has a new key and is read afresh;
 * it is stored under the version read with it, never under an older one. Saves the dashboard query and
 * the rules engine on every repeat view (npm run bench; README, performance).
 */
export async function getOwnDashboard(
  db: Db,
  user: { runnerId: number; dashboardVersion: string | null },
  today: IsoDate,
): Promise<RunnerDashboard | null> {
  const cache = ownDashboardCache(db);
  const key = (version: string) => `${user.runnerId}|${today}|${version}`;
  const cached = user.dashboardVersion === null ? undefined : cache.get(key(user.dashboardVersion));
  if (cached) return cached;
  const loaded = await loadRunnerDashboard(db, { runnerId: user.runnerId, today });
  if (!loaded) return null;
  if (loaded.version !== null) cache.set(key(loaded.version), deepFreeze(loaded.dashboard));
  return loaded.dashboard;
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
