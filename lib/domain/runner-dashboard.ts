/**
 * The shape of a runner's dashboard: what the data layer loads and the rules engine computed (R6, R8,
 * R11, R13). Plain data, shared by the data layer, the request rules and the components.
 */
import type { FinalsRaceStatus } from "./qualification";
import type { EventLevel, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, ResultStatus, Sex } from "./types";
import type { UtmbIndex } from "./utmb-index";

/** One result as the dashboard lists it. */
export interface DashboardResult {
  resultId: number;
  raceId: number;
  date: IsoDate;
  eventName: string;
  eventLevel: EventLevel;
  raceName: string;
  category: RaceCategory | null;
  /** R2: distance and elevation gain of the race, and the km-effort they make. */
  distanceKm: number;
  elevationGainM: number;
  kmEffort: number;
  timeSeconds: number | null;
  status: ResultStatus;
  placeOverall: number | null;
  placeBySex: number | null;
  finisherPlaceBySex: number | null;
  ageGroup: string | null;
  placeInAgeGroup: number | null;
  utmbScore: number | null;
  /**
   * R20: a finisher's provisional score while none is published: the edition's constant / time, with the
   * range the constant's interval gives. Labelled everywhere it appears; never in the index (R6).
   */
  provisionalScore: { score: number; low: number; high: number; basis: string } | null;
  /** R20: the race's results are declared final (else its places are provisional). */
  resultsFinal: boolean;
  /** R8: inside the qualification period of the edition shown (widened by R18 when granted). */
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
  results: DashboardResult[];
}
