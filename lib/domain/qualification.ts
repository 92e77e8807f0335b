/**
 * Direct qualification for the Finals (R7-R12) and a runner's status for an edition (R13).
 */
import { closestFor } from "./closest";
import { isInQualificationPeriod } from "./edition";
import { categoryOfFinalsRace, finalsRaceForCategory, isFinalsCategory } from "./km-effort";
import { allocateMajorAgeGroupPlaces } from "./major-age-groups";
import { rankFinishersBySex } from "./ranking";
import type { RaceResult } from "./race-result";
import type { EventLevel, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, ResultStatus, Sex } from "./types";
import { FINALS_RACES } from "./types";

/** What `evaluateRace` needs to know about the race itself. */
export interface RaceContext {
  raceId: string | number;
  eventLevel: EventLevel;
  date: IsoDate;
  category: RaceCategory | null;
  /** R11: from `finalsQualifierRaces`. */
  qualifiesForFinals: boolean;
}

/** Why a result qualifies (R9 podium, R10 score, R12 age group at a Major). */
export type QualificationReason =
  | { kind: "podium"; place: number; podiumPlaces: number; level: "event" | "major" }
  | { kind: "score"; score: number; threshold: number }
  | { kind: "age_group"; ageGroup: string; placeInAgeGroup: number };

/** One runner qualified by one race, with every reason. */
export interface RaceQualification {
  runnerId: string | number;
  resultId: string | number;
  finalsRace: FinalsRace;
  reasons: QualificationReason[];
}

/** Which window a race is judged in: the R8 qualification period, or the R16 extended window. */
export interface EvaluateRaceOptions {
  /**
   * "extension": judge the race in the R16 window (day after the qualification end through
   * `extensionWindowEnd`). The caller must pass only the results of runners granted an extension.
   */
  window?: "qualification" | "extension";
}

/** R8 / R16: true when a date falls in the chosen window of the edition. */
export function isInWindow(date: IsoDate, edition: FinalsEditionConfig, window: "qualification" | "extension"): boolean {
  return window === "qualification"
    ? isInQualificationPeriod(date, edition)
    : date > edition.qualificationEnd && date <= edition.extensionWindowEnd;
}

/**
 * R7-R12: every runner a race qualifies for the Finals race of its category, with all their
 * reasons. Runners without a reason are left out. The result does not depend on row order.
 */
export function evaluateRace(
  race: RaceContext,
  results: readonly RaceResult[],
  edition: FinalsEditionConfig,
  options: EvaluateRaceOptions = {},
): RaceQualification[] {
  const level = race.eventLevel;
  // R7: only World Series Events and Majors qualify; Index races and the Finals themselves do not.
  if (level !== "event" && level !== "major") return [];
  // R7: only 50K / 100K / 100M, to the Finals race of the same category; a 20K qualifies for nothing.
  if (!isFinalsCategory(race.category)) return [];
  const category = race.category;
  const finalsRace = finalsRaceForCategory(category);
  if (finalsRace === null) return [];
  // R8 (or R16 when asked): the race date must fall in the window, both ends included.
  if (!isInWindow(race.date, edition, options.window ?? "qualification")) return [];
  // R11: one race per category per event.
  if (!race.qualifiesForFinals) return [];

  const podiumPlaces = edition.podiumPlaces[level];
  const places = rankFinishersBySex(results);
  // R12: age-group places only at Majors.
  const ageGroupPlaces =
    level === "major" ? allocateMajorAgeGroupPlaces(results, edition.majorPlacesPerSex, podiumPlaces) : new Map<RaceResult["resultId"], never>();

  const qualified: { q: RaceQualification; place: number; sex: Sex }[] = [];
  for (const r of results) {
    const place = places.get(r.resultId);
    if (r.status !== "finisher" || place === undefined) continue;
    const reasons: QualificationReason[] = [];
    // R9: place by sex among finishers; a tie at the last podium place lets every tied runner in.
    if (place <= podiumPlaces) reasons.push({ kind: "podium", place, podiumPlaces, level });
    // R10: at or above the threshold of the runner's sex and the race's category.
    const threshold = edition.scoreThresholds[r.sex][category];
    if (r.utmbScore !== null && Number.isFinite(r.utmbScore) && r.utmbScore >= threshold) {
      reasons.push({ kind: "score", score: r.utmbScore, threshold });
    }
    // R12: age-group places go to runners outside the top places (they qualify by podium already).
    const ageGroupPlace = ageGroupPlaces.get(r.resultId);
    if (ageGroupPlace) reasons.push({ kind: "age_group", ...ageGroupPlace });
    if (reasons.length > 0) {
      qualified.push({ q: { runnerId: r.runnerId, resultId: r.resultId, finalsRace, reasons }, place, sex: r.sex });
    }
  }
  // Deterministic output order: by place, women first on equal places, then by result id.
  qualified.sort((a, b) => a.place - b.place || (a.sex < b.sex ? -1 : a.sex > b.sex ? 1 : 0) || compareIds(a.q.resultId, b.q.resultId));
  return qualified.map(({ q }) => q);
}

function compareIds(a: string | number, b: string | number): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A qualification with the race it came from, for display. */
export interface RaceQualificationWithRace extends RaceQualification {
  raceName: string;
  eventName: string;
  date: IsoDate;
}

/** One of the runner's results, for the "what was closest" part of R13. */
export interface StatusResult {
  resultId: string | number;
  raceId: string | number;
  raceName: string;
  eventName: string;
  eventLevel: EventLevel;
  date: IsoDate;
  category: RaceCategory | null;
  status: ResultStatus;
  /** R9: from `rankFinishersBySex`. */
  placeBySexAmongFinishers: number | null;
  utmbScore: number | null;
  /** R11: `false` when the race is not its event's Finals qualifier; missing means it is. */
  qualifiesForFinals?: boolean;
}

/** An approved request that affects the runner's status (R14, R15, R16). */
export interface Grant {
  kind: "extension" | "deferral" | "category_change";
  /** The Finals race the grant is for (for a category change: the new race). */
  finalsRace: FinalsRace;
  requestId: string | number;
  note?: string;
  /** R14: the race the runner moves from, and the day the change was approved. */
  fromFinalsRace?: FinalsRace;
  decidedOn?: IsoDate;
}

/** A reason on the status screen: a qualifying result, or an approved request. */
export type StatusReason =
  | (QualificationReason & { raceName: string; eventName: string; date: IsoDate; resultId: string | number })
  | { kind: Grant["kind"]; requestId: string | number; note?: string; fromFinalsRace?: FinalsRace; decidedOn?: IsoDate };

/** R13: the runner's best place, when not qualified. */
export interface ClosestPlace {
  place: number;
  podiumPlaces: number;
  raceName: string;
  eventName: string;
  level: "event" | "major";
}

/** R13: the runner's best score against the threshold, when not qualified. */
export interface ClosestScore {
  score: number;
  threshold: number;
  /** threshold - score: how many points were missing. */
  gap: number;
  raceName: string;
  eventName: string;
}

/** R13: a runner's status for one Finals race of an edition. */
export interface FinalsRaceStatus {
  finalsRace: FinalsRace;
  category: RaceCategory;
  status: "qualified" | "not_qualified";
  reasons: StatusReason[];
  /** Only when not qualified. */
  closest: { bestPlace: ClosestPlace | null; bestScore: ClosestScore | null } | null;
  /** R10: the runner's score threshold for this race. */
  threshold: number;
  /** R14: an approved change of category moved the runner from this race to another. */
  movedTo?: { finalsRace: FinalsRace; requestId: string | number; decidedOn?: IsoDate };
}

/** Everything `finalsStatus` needs about one runner. */
export interface FinalsStatusInput {
  sex: Sex;
  qualifications: readonly RaceQualificationWithRace[];
  results: readonly StatusResult[];
  grants: readonly Grant[];
}

const GRANT_ORDER: Record<Grant["kind"], number> = { extension: 0, deferral: 1, category_change: 2 };

/**
 * R13: the runner's status for each Finals race of an edition, with every reason or, when not
 * qualified, what came closest (best place vs the podium, best score vs the threshold).
 *
 * - Qualifications count when dated in the R8 period; one dated in the R16 extended window counts
 *   only with an "extension" grant for that Finals race, and the grant is then listed too. An
 *   extension grant alone does not qualify: it only opens the window.
 * - "deferral" (R15) and "category_change" (R14) grants qualify on their own. A category change
 *   moves the runner: the new race is qualified, the race moved from is not (it says where to).
 */
export function finalsStatus(input: FinalsStatusInput, edition: FinalsEditionConfig): Record<FinalsRace, FinalsRaceStatus> {
  const out = {} as Record<FinalsRace, FinalsRaceStatus>;
  for (const finalsRace of FINALS_RACES) {
    const category = categoryOfFinalsRace(finalsRace);
    const threshold = edition.scoreThresholds[input.sex][category];
    const grants = input.grants
      .filter((g) => g.finalsRace === finalsRace)
      .sort((a, b) => GRANT_ORDER[a.kind] - GRANT_ORDER[b.kind] || compareIds(a.requestId, b.requestId));
    const extensions = grants.filter((g) => g.kind === "extension");
    // R16: the extended window is open only to runners granted an extension for this race.
    const counts = (date: IsoDate) => isInWindow(date, edition, "qualification") || (extensions.length > 0 && isInWindow(date, edition, "extension"));

    const qualifications = input.qualifications
      .filter((q) => q.finalsRace === finalsRace && counts(q.date))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || compareIds(a.resultId, b.resultId));
    const reasons: StatusReason[] = qualifications.flatMap((q) =>
      q.reasons.map((r) => ({ ...r, raceName: q.raceName, eventName: q.eventName, date: q.date, resultId: q.resultId })),
    );
    const usedExtension = qualifications.some((q) => isInWindow(q.date, edition, "extension"));
    for (const g of grants) {
      if (g.kind === "extension" && !usedExtension) continue;
      const { kind, requestId, note, fromFinalsRace, decidedOn } = g;
      reasons.push({ kind, requestId, ...(note === undefined ? {} : { note }), ...(fromFinalsRace ? { fromFinalsRace } : {}), ...(decidedOn ? { decidedOn } : {}) });
    }
    // R14: the place moved with the approved change; it is not a second qualification.
    const move = input.grants.find((g) => g.kind === "category_change" && g.fromFinalsRace === finalsRace);
    if (move) {
      out[finalsRace] = {
        finalsRace,
        category,
        status: "not_qualified",
        reasons: [],
        closest: null,
        threshold,
        movedTo: { finalsRace: move.finalsRace, requestId: move.requestId, ...(move.decidedOn ? { decidedOn: move.decidedOn } : {}) },
      };
      continue;
    }
    const qualified = reasons.length > 0;
    out[finalsRace] = {
      finalsRace,
      category,
      status: qualified ? "qualified" : "not_qualified",
      reasons,
      closest: qualified ? null : closestFor(input.results, category, threshold, edition, counts),
      threshold,
    };
  }
  return out;
}
