/**
 * The elite team's queue (R14-R17) as pure functions: its filters and sorts, how long a request has
 * waited, which score and threshold a request's rule looks at, and whether the request is eligible
 * under its rule (R14, R15, R16), from facts the data layer reads.
 */
import { addMonths, parseIsoDate } from "./iso-date";
import { CATEGORY_BY_FINALS_RACE } from "./km-effort";
import type { Grant, QualificationReason } from "./qualification";
import {
  categoryChangeEligibility,
  EXTENSION_SCORE_MONTHS,
  extensionEligibility,
  priorityDeferralEligibility,
  type CategoryScore,
  type RequestAsked,
  type Eligibility,
  type RequestStatus,
  type RequestType,
} from "./requests";
import type { FinalsCategory, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "./types";
import { FINALS_RACES } from "./types";

/** "open" = submitted or in review (the default view); "all" = every status. */
export const QUEUE_STATUSES = ["open", "all", "submitted", "in_review", "approved", "rejected", "withdrawn"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/**
 * The queue's orders: `waiting` open requests first, longest waiting first (first come, first decided);
 * `submitted` by submission time; `score` by the runner's best score in the request's category; `margin`
 * by that score minus the threshold of the request's rule.
 */
export const QUEUE_SORTS = ["waiting", "submitted", "index", "score", "margin"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_DIRECTIONS = ["asc", "desc"] as const;
export type QueueDirection = (typeof QUEUE_DIRECTIONS)[number];

export const QUEUE_PAGE_SIZES = [20, 50, 100] as const;
export const QUEUE_MAX_PAGE_SIZE = 100;
export const QUEUE_DEFAULT_PAGE_SIZE = 20;

/** The queue's filters, sort and page, as the URL and the JSON API carry them. */
export interface ReviewQueueFilters {
  type?: RequestType | undefined;
  status: QueueStatus;
  edition?: number | undefined;
  race?: FinalsRace | undefined;
  sex?: Sex | undefined;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  q?: string | undefined;
  sort: QueueSort;
  dir: QueueDirection;
  page: number;
  pageSize: number;
}

/** The direction a column sorts in when first chosen: the most urgent or strongest first. */
export function defaultDirection(sort: QueueSort): QueueDirection {
  return sort === "waiting" ? "desc" : sort === "submitted" ? "asc" : "desc";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days a request has waited: until its decision, else until `now` (never negative). */
export function daysWaiting(submittedAt: Date | string, decidedAt: Date | string | null, now: Date): number {
  const start = new Date(submittedAt).getTime();
  const end = decidedAt ? new Date(decidedAt).getTime() : now.getTime();
  return Math.max(0, Math.floor((end - start) / DAY_MS));
}

/** The Finals race a request is about: the target of a change or an extension, the registered race of a deferral. */
export function subjectRace(request: { fromFinalsRace: FinalsRace | null; toFinalsRace: FinalsRace | null }): FinalsRace | null {
  return request.toFinalsRace ?? request.fromFinalsRace;
}

/** Which score a request's rule compares, and with which threshold (R10, or R16 for an extension). */
export interface ScoreRule {
  category: FinalsCategory;
  /** Results dated in [start, end] count. */
  start: IsoDate;
  end: IsoDate;
  threshold: "score" | "extension";
}

/**
 * R10 / R16: a change of category or a deferral is judged against the R10 threshold of its race over the
 * qualification period; an extension against the R16 threshold over the 2 years before today.
 */
export function scoreRuleFor(
  request: { type: RequestType; fromFinalsRace: FinalsRace | null; toFinalsRace: FinalsRace | null },
  edition: Pick<FinalsEditionConfig, "qualificationStart" | "qualificationEnd">,
  today: IsoDate,
): ScoreRule | null {
  const race = subjectRace(request);
  if (!race) return null;
  const category = CATEGORY_BY_FINALS_RACE[race];
  if (request.type === "extension") {
    parseIsoDate(today);
    return { category, start: addMonths(today, -EXTENSION_SCORE_MONTHS), end: today, threshold: "extension" };
  }
  return { category, start: edition.qualificationStart, end: edition.qualificationEnd, threshold: "score" };
}

/** The threshold a rule names, for the runner's sex, from the edition's config. */
export function thresholdFor(rule: ScoreRule, sex: Sex, edition: Pick<FinalsEditionConfig, "scoreThresholds" | "extensionThresholds">): number {
  const table = rule.threshold === "extension" ? edition.extensionThresholds : edition.scoreThresholds;
  return table[sex][rule.category];
}

/** What the queue knows of a request's runner to judge its eligibility. */
export interface RequestFacts extends RequestAsked {
  sex: Sex;
  /** R13: the kinds of the runner's reasons for `fromFinalsRace` in the request's edition. */
  reasons: readonly (QualificationReason["kind"] | Grant["kind"])[];
  /** R14: the category of the results behind `fromFinalsRace` ("20K" only when every one is a 20K). */
  sourceCategory: RaceCategory | null;
  /** R15: the runner's registration for the request's edition. */
  registration: { status: "registered" | "cancelled" } | null;
  /** R16: the runner's scores per category (any date; the rule keeps the last 2 years). */
  scores: readonly CategoryScore[];
  /** When the runner filed: eligibility is judged as of that day for R15 and R16 deadlines. */
  submittedOn: IsoDate;
}

/**
 * R14 / R15 / R16: would the request be eligible under its rule today, with the rule's reason when not.
 * Judged as the runner's form judged it when filing (same domain functions), on the facts as they are now.
 */
export function requestEligibility(facts: RequestFacts, edition: FinalsEditionConfig): Eligibility {
  if (facts.type === "category_change") {
    if (!facts.fromFinalsRace || !facts.toFinalsRace) return { eligible: false, refusal: { code: "no-race-named" } };
    return categoryChangeEligibility({
      qualifiedFrom: facts.fromFinalsRace,
      reasons: facts.reasons,
      sourceCategory: facts.sourceCategory ?? CATEGORY_BY_FINALS_RACE[facts.fromFinalsRace],
      target: facts.toFinalsRace,
    });
  }
  // R18: judged when filed (the filing refuses a runner below every threshold); the request page shows the facts.
  if (facts.type === "top_elite") return { eligible: true };
  if (facts.type === "priority_deferral") {
    return priorityDeferralEligibility({
      registration: facts.registration ? { ...facts.registration, editionYear: facts.editionYear } : null,
      editionYear: facts.editionYear,
      today: facts.submittedOn,
    });
  }
  const answer = extensionEligibility({ sex: facts.sex, bestScoresPast2Years: facts.scores, today: facts.submittedOn, edition });
  if (!answer.eligible) return answer;
  const race = facts.toFinalsRace;
  if (race && !answer.categories.includes(CATEGORY_BY_FINALS_RACE[race])) {
    const allowed = FINALS_RACES.filter((r) => answer.categories.includes(CATEGORY_BY_FINALS_RACE[r]));
    return { eligible: false, refusal: { code: "extension-race-not-allowed", finalsRace: race, allowed } };
  }
  return { eligible: true };
}

/** What the queue shows beside each request so the team can triage without opening it. */
export interface QueueRowFacts {
  daysWaiting: number;
  documentsCount: number;
  /** The runner's best score in the category and window of the request's rule (R10, R16); null without one. */
  bestScore: number | null;
  threshold: number | null;
  /** bestScore - threshold. */
  margin: number | null;
  /** R14 / R15 / R16, judged on today's facts. */
  eligibility: Eligibility;
  /** Who took it into review (while in review) or decided it. */
  reviewerName: string | null;
}

/** One row of the review queue; plain JSON (dates as ISO strings) so the API and the server prefetch agree. */
export interface ReviewQueueRow extends QueueRowFacts {
  id: number;
  /** R6: the runner's General Index as last computed (runner_indexes), null without a score in 36 months. */
  runnerIndex: number | null;
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  runner: { id: number; name: string; sex: Sex; nationality: string | null; externalId: string | null };
  submittedAt: string;
  decidedAt: string | null;
}

export interface ReviewQueuePage {
  ok: true;
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageSize: number;
}
