/** Builders of a runner's facts for the request and next-step rules' unit tests. */
import { defaultEditionConfig } from "@/lib/domain/edition";
import { finalsStatus, type Grant, type RaceQualificationWithRace } from "@/lib/domain/qualification";
import type { RequestFacts } from "@/lib/domain/request-options";
import type { DashboardResult } from "@/lib/domain/runner-dashboard";
import type { Sex } from "@/lib/domain/types";
import { computeUtmbIndex } from "@/lib/domain/utmb-index";

export const TODAY = "2026-11-26";
export const edition = defaultEditionConfig(2027);

export function result(patch: Partial<DashboardResult>): DashboardResult {
  return {
    resultId: 1,
    raceId: 1,
    date: "2026-06-13",
    eventName: "Mozart 100 by UTMB",
    eventLevel: "event",
    raceName: "Mozart 100",
    category: "100K",
    distanceKm: 110,
    elevationGainM: 5000,
    kmEffort: 160,
    timeSeconds: 40_000,
    status: "finisher",
    placeOverall: 10,
    placeBySex: 2,
    finisherPlaceBySex: 2,
    ageGroup: null,
    placeInAgeGroup: null,
    utmbScore: 690,
    provisionalScore: null,
    resultsFinal: true,
    inQualificationPeriod: true,
    qualifiesForFinals: true,
    ...patch,
  };
}

/** Facts of a runner: qualified by `qualifications`, with `results`. */
export function facts(
  { sex = "F", results = [], qualifications = [], grants = [], ...rest }: Partial<Omit<RequestFacts, "dashboard">> & {
    sex?: Sex;
    results?: DashboardResult[];
    qualifications?: RaceQualificationWithRace[];
    grants?: Grant[];
  } = {},
): RequestFacts {
  const status = finalsStatus(
    { sex, qualifications, grants, results: results.map((r) => ({ ...r, placeBySexAmongFinishers: r.finisherPlaceBySex })) },
    edition,
  );
  const index = computeUtmbIndex(
    results.flatMap((r) => (r.utmbScore !== null && r.category ? [{ resultId: r.resultId, category: r.category, score: r.utmbScore, date: r.date }] : [])),
    TODAY,
  );
  return {
    dashboard: { runner: { id: 1, name: "Léa", sex, nationality: "FR", birthYear: 1993, externalId: "1" }, edition, status, results, index },
    registration: null,
    open: {},
    finalsPlaces: [],
    topEliteGranted: false,
    ...rest,
  };
}

