import "server-only";
import type { RequestStatus } from "@/lib/domain/requests";
import type { FinalsRace, Sex } from "@/lib/domain/types";

/** Who is reviewing: the signed-in account (its id goes into the audit trail). */
export interface ReviewViewer {
  id: string;
  role: "runner" | "elite" | "admin";
  runnerId: number | null;
}

/** A quota's key in a refusal: the race is null when the request names none. */
export interface QuotaFacts {
  editionYear: number;
  finalsRace: FinalsRace | null;
  sex: Sex;
}

/**
 * A refusal with the facts its message needs (the words are in messages/elite, `eliteActions.refusal`); nothing
 * was changed. `forbidden` says which role was needed; `no-bib-left` without a quota is the database's last guard.
 */
export type ReviewFailure =
  | { ok: false; error: "forbidden"; needs: "elite" | "admin" }
  | { ok: false; error: "not-found"; quota?: QuotaFacts }
  | { ok: false; error: "reason-required" }
  | { ok: false; error: "not-open"; status: RequestStatus }
  | { ok: false; error: "no-bib-left"; quota: (QuotaFacts & { bibs: number | null }) | null }
  | { ok: false; error: "below-used"; quota: (QuotaFacts & { bibsUsed: number }) | null };
export type ReviewErrorCode = ReviewFailure["error"];

/** The R14-R17 requests the elite team decides; "admin" does not imply "elite", so both are listed. */
const REVIEWER_ROLES: readonly ReviewViewer["role"][] = ["elite", "admin"];

export const forbidden: ReviewFailure = { ok: false, error: "forbidden", needs: "elite" };
export const notFound: ReviewFailure = { ok: false, error: "not-found" };

export function isReviewer(viewer: ReviewViewer | null | undefined): viewer is ReviewViewer {
  return !!viewer && REVIEWER_ROLES.includes(viewer.role);
}

/** R17: a request that is no longer submitted or in review cannot be started or decided. */
export function notOpen(status: RequestStatus): ReviewFailure {
  return { ok: false, error: "not-open", status };
}
