import "server-only";
import type { RequestStatus } from "@/lib/domain/requests";

/** Who is reviewing: the signed-in account (its id goes into the audit trail). */
export interface ReviewViewer {
  id: string;
  role: "runner" | "elite" | "admin";
  runnerId: number | null;
}

export type ReviewErrorCode = "forbidden" | "not-found" | "not-open" | "no-bib-left" | "reason-required" | "below-used";
/** A refusal with a message written for the reviewer; nothing was changed. */
export interface ReviewFailure {
  ok: false;
  error: ReviewErrorCode;
  message: string;
}

/** The R14-R17 requests the elite team decides; "admin" does not imply "elite", so both are listed. */
const REVIEWER_ROLES: readonly ReviewViewer["role"][] = ["elite", "admin"];

export const forbidden: ReviewFailure = { ok: false, error: "forbidden", message: "Only the elite team can review requests." };
export const notFound: ReviewFailure = { ok: false, error: "not-found", message: "This request does not exist." };

export function isReviewer(viewer: ReviewViewer | null | undefined): viewer is ReviewViewer {
  return !!viewer && REVIEWER_ROLES.includes(viewer.role);
}

const STATUS_WORD: Record<RequestStatus, string> = {
  submitted: "submitted",
  in_review: "in review",
  approved: "approved",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

export function notOpenMessage(status: RequestStatus): string {
  if (status === "withdrawn") return "The runner withdrew this request; it can no longer be decided.";
  if (status === "approved" || status === "rejected") return `This request was already ${STATUS_WORD[status]}; a decision is final.`;
  return `This request is ${STATUS_WORD[status]} and cannot be changed now.`;
}
