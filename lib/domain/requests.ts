/**
 * Runner requests: change of category (R14), priority deferral (R15), extension (R16), and the
 * request life cycle (R17). Eligibility answers carry a reason written for the runner.
 */
import { addMonths, parseIsoDate } from "./iso-date";
import { FINALS_SEASON_END } from "./edition";
import type { Grant, QualificationReason } from "./qualification";
import type { FinalsCategory, FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "./types";
import { FINALS_CATEGORIES, FINALS_RACES } from "./types";

/** The answer of every eligibility check. */
export type Eligibility = { eligible: true } | { eligible: false; reason: string };

const SEX_WORD: Record<Sex, string> = { F: "women", M: "men" };

/** R14: the Finals races one category above or below (OCC <-> CCC <-> UTMB). */
export function categoryChangeTargets(from: FinalsRace): FinalsRace[] {
  const i = FINALS_RACES.indexOf(from);
  return FINALS_RACES.filter((_, j) => Math.abs(i - j) === 1);
}

/** What R14 needs to judge a change of category. */
export interface CategoryChangeInput {
  /** The Finals race the runner qualified for. */
  qualifiedFrom: FinalsRace;
  /** The kinds of the runner's reasons for `qualifiedFrom`. */
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
  if (target === qualifiedFrom) {
    return { eligible: false, reason: `You are already qualified for ${target}; choose a different race.` };
  }
  if (reasons.length === 0) {
    return { eligible: false, reason: `You are not qualified for ${qualifiedFrom}, so there is no place to change.` };
  }
  // R14 / R12: an age-group place belongs to its race and cannot change category.
  if (reasons.every((k) => k === "age_group")) {
    return { eligible: false, reason: "An age-group qualification (Majors) cannot change category." };
  }
  // A change already granted must not chain into a second step.
  if (reasons.every((k) => k === "category_change")) {
    return { eligible: false, reason: `Your ${qualifiedFrom} place already comes from a change of category; it cannot change again.` };
  }
  // R14: a 20K result can never lead to OCC.
  if (sourceCategory === "20K" && target === "OCC") {
    return { eligible: false, reason: "A 20K result can never lead to OCC." };
  }
  // R14: one category up or down only.
  if (!categoryChangeTargets(qualifiedFrom).includes(target)) {
    const allowed = categoryChangeTargets(qualifiedFrom).join(" or ");
    return {
      eligible: false,
      reason: `You can only move one category up or down: from ${qualifiedFrom} you may ask for ${allowed}, not ${target}.`,
    };
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

/**
 * R15: may an injured runner ask to defer their priority to next year's Finals? Only a completed
 * (not cancelled) registration for this edition, and only before the Finals (by August 31).
 */
export function priorityDeferralEligibility({ registration, editionYear, today }: PriorityDeferralInput): Eligibility {
  if (registration === null || registration.editionYear !== editionYear) {
    return {
      eligible: false,
      reason: `Only runners with a completed registration for the ${editionYear} Finals can defer their priority.`,
    };
  }
  if (registration.status !== "registered") {
    return {
      eligible: false,
      reason: `Your registration for the ${editionYear} Finals was cancelled; only a completed registration can defer its priority.`,
    };
  }
  parseIsoDate(today); // a malformed date must not pass the string comparison below by accident
  if (today > `${editionYear}-${FINALS_SEASON_END}`) {
    return { eligible: false, reason: `The ${editionYear} Finals are over; a deferral must be asked before them.` };
  }
  return { eligible: true };
}

/** A best score of the runner in one category, for R16. */
export interface CategoryScore {
  category: FinalsCategory;
  score: number;
  date: IsoDate;
}

/** What R16 needs to judge an extension application. */
export interface ExtensionInput {
  sex: Sex;
  /** The runner's scores; only those of the 2 years before `today` are used. */
  bestScoresPast2Years: readonly CategoryScore[];
  today: IsoDate;
  edition: FinalsEditionConfig;
}

/** R16's answer: when eligible, the categories whose threshold the runner reached. */
export type ExtensionEligibility = { eligible: true; categories: FinalsCategory[] } | { eligible: false; reason: string };

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
    return {
      eligible: false,
      reason: `Applications for an extension to the ${edition.year} Finals closed on ${edition.extensionDeadline}.`,
    };
  }
  const since = addMonths(today, -EXTENSION_SCORE_MONTHS);
  const recent = bestScoresPast2Years.filter((s) => s.date >= since && s.date <= today && Number.isFinite(s.score));
  const thresholds = edition.extensionThresholds[sex];
  const categories = FINALS_CATEGORIES.filter((c) => recent.some((s) => s.category === c && s.score >= thresholds[c]));
  if (categories.length > 0) return { eligible: true, categories };
  const needed = FINALS_CATEGORIES.map((c) => `${c} ${thresholds[c]}`).join(", ");
  return {
    eligible: false,
    reason: `An extension needs a UTMB Score in the last 2 years at or above the threshold for ${SEX_WORD[sex]} in the category (${needed}).`,
  };
}

/** R14-R16: the three kinds of request. */
export type RequestType = "category_change" | "priority_deferral" | "extension";
export const REQUEST_TYPES = ["category_change", "priority_deferral", "extension"] as const satisfies readonly RequestType[];

/** R17: request statuses. */
export type RequestStatus = "submitted" | "in_review" | "approved" | "rejected" | "withdrawn";
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
