/** Words for request types, statuses and audit actions, shared by the elite pages. Presentation only. */
import type { RequestStatus } from "@/lib/domain/requests";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import type { RequestType } from "@/lib/validations/review";

export const REQUEST_TYPE_LABEL: Record<RequestType, string> = {
  category_change: "Change of category",
  priority_deferral: "Priority deferral",
  extension: "Extension",
};

export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  submitted: "Submitted",
  in_review: "In review",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const STATUS_BADGE_CLASS: Record<RequestStatus, string> = {
  submitted: "bg-sky-100 text-sky-900",
  in_review: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-200 text-slate-800",
};

export const SEX_NAME: Record<Sex, string> = { F: "Women", M: "Men" };

/** "CCC → OCC", "UTMB", or "—". */
export function racesText(from: FinalsRace | null, to: FinalsRace | null): string {
  if (from && to) return `${from} → ${to}`;
  return from ?? to ?? "—";
}

const AUDIT_ACTION_LABEL: Record<string, string> = {
  submitted: "Submitted",
  review_started: "Review started",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  commented: "Comment",
  document_added: "Document added",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? action.replace(/_/g, " ");
}

/** An ISO timestamp as "21 Nov 2026, 10:00 UTC": the same text on the server and in the browser. */
export function formatTimestamp(value: string | Date): string {
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(d) + " UTC";
}
