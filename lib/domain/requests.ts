/**
 * Runner requests: change of category (R14), priority deferral (R15), extension (R16), and the
 * request life cycle (R17). Eligibility answers carry a refusal code with its facts, never a sentence.
 */
import { addMonths, parseIsoDate } from "./iso-date";
import { FINALS_SEASON_END } from "./edition";
import type { Grant, QualificationReason } from "./qualification";
import type { FinalsCategory, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "./types";
import { FINALS_CATEGORIES, FINALS_RACES } from "./types";

/**
 * Why a request cannot be made: a code and the facts the sentence needs. The words live with the forms
 * (components/requests/refusal-text.ts), one place per language.
 */
export type Refusal =
  // R14
  | { code: "same-race"; finalsRace: FinalsRace }
  | { code: "not-qualified"; finalsRace: FinalsRace }
  | { code: "no-qualification"; editionYear: number }
  | { code: "age-group-place"; finalsRace: FinalsRace }
  | { code: "already-changed"; finalsRace: FinalsRace }
  | { code: "20k-to-occ" }
  | { code: "not-adjacent"; from: FinalsRace; to: FinalsRace; allowed: FinalsRace[] }
  // R15
  | { code: "no-registration"; editionYear: number }
  | { code: "registration-cancelled"; editionYear: number }
  | { code: "finals-over"; editionYear: number }
  // R16
  | { code: "extension-closed"; editionYear: number; deadline: IsoDate }
  | { code: "extension-score-missing"; sex: Sex; thresholds: Record<FinalsCategory, number> }
  | { code: "extension-already-qualified"; finalsRaces: FinalsRace[] }
  | { code: "extension-race-not-allowed"; finalsRace: FinalsRace; allowed: FinalsRace[] }
  // R18
  | { code: "top-elite-not-reached" }
  | { code: "top-elite-already-granted"; editionYear: number }
  // R17: one open request per runner, edition and type
  | { code: "already-open"; type: RequestType; editionYear: number; requestId: number }
  // A request row that names no Finals race where its rule needs one (the elite queue's check).
  | { code: "no-race-named" };

/**
 * Why a filing or a change of a request did not happen, as the data layer answers it: a rule's refusal,
 * a documents problem or a request that is gone or closed.
 */
export type RequestProblem =
  | { error: "runner-not-found" | "request-not-found" | "documents-required" }
  | { error: "refused"; refusal: Refusal }
  | { error: "documents-invalid"; problem: DocumentProblem }
  | { error: "request-closed"; status: RequestStatus };

/**
 * Why an upload or its documents were refused, as a code and its facts: the documents check (count, size,
 * content) and the upload's limits. The form words it (components/requests/refusal-text.ts).
 */
export type DocumentProblem =
  | { code: "too-many"; max: number; left: number }
  | { code: "empty" | "not-a-document"; file: string }
  | { code: "too-large"; file: string; limitBytes: number }
  | { code: "too-many-files"; max: number }
  | { code: "form-too-large"; limitBytes: number }
  | { code: "field-too-long"; field: string }
  | { code: "not-multipart" | "empty-form" | "unreadable" | "interrupted" | "too-many-fields" | "too-many-parts" };

/** The answer of every eligibility check. */
export type Eligibility = { eligible: true } | { eligible: false; refusal: Refusal };

function refused(refusal: Refusal): Eligibility & { eligible: false } {
  return { eligible: false, refusal };
}

/** R14: the Finals races one category above or below (OCC <-> CCC <-> UTMB). */
export function categoryChangeTargets(from: FinalsRace): FinalsRace[] {
  const i = FINALS_RACES.indexOf(from);
  return FINALS_RACES.filter((_, j) => Math.abs(i - j) === 1);
}

/** What R14 needs to judge a change of category. */
export interface CategoryChangeInput {
  /** The Finals race the runner qualified for. */
  qualifiedFrom: FinalsRace;
  /** The kinds of the runner's reasons for `qualifiedFrom` (none when not qualified). */
  reasons: readonly (QualificationReason["kind"] | Grant["kind"])[];
  /** The category of the qualifying result. */
  sourceCategory: RaceCategory;
  /** The Finals race asked for. */
  target: FinalsRace;
}

/**
 * R14: may a qualified runner ask to run the Finals race one category above or below? The Sport
 * Committee still decides (reason, bibs left); this only says whether the request can be made.
 */
export function categoryChangeEligibility(input: CategoryChangeInput): Eligibility {
  const { qualifiedFrom, reasons, sourceCategory, target } = input;
  if (target === qualifiedFrom) return refused({ code: "same-race", finalsRace: target });
  if (reasons.length === 0) return refused({ code: "not-qualified", finalsRace: qualifiedFrom });
  // R14 / R12: an age-group place belongs to its race and cannot change category.
  if (reasons.every((k) => k === "age_group")) return refused({ code: "age-group-place", finalsRace: qualifiedFrom });
  // A change already granted must not chain into a second step.
  if (reasons.every((k) => k === "category_change")) return refused({ code: "already-changed", finalsRace: qualifiedFrom });
  // R14: a 20K result can never lead to OCC.
  if (sourceCategory === "20K" && target === "OCC") return refused({ code: "20k-to-occ" });
  // R14: one category up or down only.
  if (!categoryChangeTargets(qualifiedFrom).includes(target)) {
    return refused({ code: "not-adjacent", from: qualifiedFrom, to: target, allowed: categoryChangeTargets(qualifiedFrom) });
  }
  return { eligible: true };
}

/** What R15 needs to judge a priority deferral. */
export interface PriorityDeferralInput {
  /** The runner's Finals registration, if any. */
  registration: { status: "registered" | "cancelled"; editionYear: number } | null;
  editionYear: number;
  today: IsoDate;
}

/** R15: the last day a deferral can be asked: the end of the Finals season of the edition. */
export function priorityDeferralDeadline(editionYear: number): IsoDate {
  return `${editionYear}-${FINALS_SEASON_END}`;
}

/**
 * R15: may an injured runner ask to defer their priority to next year's Finals? Only a completed
 * (not cancelled) registration for this edition, and only before the Finals (by August 31).
 */
export function priorityDeferralEligibility({ registration, editionYear, today }: PriorityDeferralInput): Eligibility {
  if (registration === null || registration.editionYear !== editionYear) return refused({ code: "no-registration", editionYear });
  if (registration.status !== "registered") return refused({ code: "registration-cancelled", editionYear });
  parseIsoDate(today); // a malformed date must not pass the string comparison below by accident
  if (today > priorityDeferralDeadline(editionYear)) return refused({ code: "finals-over", editionYear });
  return { eligible: true };
}

/** A score of the runner in one category, for R16. */
export interface CategoryScore {
  category: FinalsCategory;
  score: number;
  date: IsoDate;
  /** Where it was run, to show the runner which score makes them eligible. */
  raceName?: string;
  eventName?: string;
}

/** What R16 needs to judge an extension application. */
export interface ExtensionInput {
  sex: Sex;
  /** The runner's scores; only those of the 2 years before `today` are used. */
  bestScoresPast2Years: readonly CategoryScore[];
  today: IsoDate;
  edition: FinalsEditionConfig;
}

/** R16's answer: when eligible, the categories whose threshold the runner reached, each with its best score. */
export type ExtensionEligibility =
  | { eligible: true; categories: FinalsCategory[]; evidence: Partial<Record<FinalsCategory, CategoryScore>> }
  | { eligible: false; refusal: Refusal };

/** R16: how far back a score can be to let a runner apply for an extension. */
export const EXTENSION_SCORE_MONTHS = 24;

/**
 * R16: may an injured runner apply to qualify in the extended window? Only by the deadline, and only
 * with a UTMB Score at or above the extension threshold of their sex in a category within the
 * 2 years before `today` (a score exactly 2 years old still counts).
 */
export function extensionEligibility({ sex, bestScoresPast2Years, today, edition }: ExtensionInput): ExtensionEligibility {
  parseIsoDate(today);
  if (today > edition.extensionDeadline) {
    return refused({ code: "extension-closed", editionYear: edition.year, deadline: edition.extensionDeadline });
  }
  const since = addMonths(today, -EXTENSION_SCORE_MONTHS);
  const recent = bestScoresPast2Years.filter((s) => s.date >= since && s.date <= today && Number.isFinite(s.score));
  const thresholds = edition.extensionThresholds[sex];
  const evidence: Partial<Record<FinalsCategory, CategoryScore>> = {};
  for (const s of recent) {
    const best = evidence[s.category];
    if (s.score >= thresholds[s.category] && (!best || s.score > best.score)) evidence[s.category] = s;
  }
  const categories = FINALS_CATEGORIES.filter((c) => evidence[c] !== undefined);
  if (categories.length > 0) return { eligible: true, categories, evidence };
  return refused({ code: "extension-score-missing", sex, thresholds: { ...thresholds } });
}

/** R14-R16 and R18: the four kinds of request. */
export type RequestType = "category_change" | "priority_deferral" | "extension" | "top_elite";
export const REQUEST_TYPES = ["category_change", "priority_deferral", "extension", "top_elite"] as const satisfies readonly RequestType[];

/** R17: request statuses. */
export type RequestStatus = "submitted" | "in_review" | "approved" | "rejected" | "withdrawn";

/** What a request asks, for which edition, and where it stands (R17). */
export interface RequestAsked {
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
}

/** A request's identity and where it stands (R17): what every list and page of requests starts from. */
export interface RequestHeader extends RequestAsked {
  id: number;
  submittedAt: Date;
  decidedAt: Date | null;
}
export const REQUEST_STATUSES = ["submitted", "in_review", "approved", "rejected", "withdrawn"] as const satisfies readonly RequestStatus[];

/**
 * R17: allowed moves. submitted -> in_review -> approved / rejected; the runner can withdraw until
 * a decision (from submitted or in_review). Decisions and withdrawals are final.
 */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = Object.freeze({
  submitted: Object.freeze(["in_review", "withdrawn"] as const),
  in_review: Object.freeze(["approved", "rejected", "withdrawn"] as const),
  approved: Object.freeze([] as const),
  rejected: Object.freeze([] as const),
  withdrawn: Object.freeze([] as const),
});

/** R17: true when a request may move from `from` to `to`. */
export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return REQUEST_TRANSITIONS[from].includes(to);
}

/** R17: true when no further change is possible (a decision, or a withdrawal). */
export function isFinalRequestStatus(status: RequestStatus): boolean {
  return REQUEST_TRANSITIONS[status].length === 0;
}

/** R17: the statuses of a request still open (no decision, not withdrawn): it can be withdrawn or decided. */
export const OPEN_REQUEST_STATUSES = ["submitted", "in_review"] as const satisfies readonly RequestStatus[];

/** R17: true while a request awaits a decision. */
export function isOpenRequestStatus(status: RequestStatus): boolean {
  return !isFinalRequestStatus(status);
}
