/**
 * Badges for requests, shared by the runner's and the elite team's pages. Presentation only. The words are in
 * the shared `labels` namespace (requestType, requestStatus, historyAction); the English constants below
 * serve the elite pages until they are translated.
 */
import type { RequestStatus, RequestType } from "@/lib/domain/requests";

export const REQUEST_TYPE_LABEL: Record<RequestType, string> = {
  category_change: "Change of category",
  priority_deferral: "Priority deferral",
  extension: "Qualification extension",
  top_elite: "Top Elite period",
};

export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  submitted: "Submitted",
  in_review: "In review",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

const STATUS_CLASS: Record<RequestStatus, string> = {
  submitted: "border-blue-300 bg-blue-50 text-blue-900",
  in_review: "border-amber-300 bg-amber-50 text-amber-900",
  approved: "border-green-300 bg-green-50 text-green-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  withdrawn: "border-slate-300 bg-slate-100 text-slate-800",
};

export function statusBadgeClass(status: RequestStatus): string {
  return `inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium ${STATUS_CLASS[status]}`;
}

export { SEX_NAME } from "@/lib/format/labels";

/** "CCC → UTMB", "UTMB", or `empty` for a request without races. */
export function describeRaces(from: string | null, to: string | null, empty = ""): string {
  if (from && to) return `${from} → ${to}`;
  return from ?? to ?? empty;
}
