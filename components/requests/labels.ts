/**
 * Badges for requests, shared by the runner's and the elite team's pages. Presentation only. The words are in
 * the shared `labels` namespace (requestType, requestStatus, historyAction).
 */
import type { RequestStatus } from "@/lib/domain/requests";

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


/** "CCC → UTMB", "UTMB", or `empty` for a request without races. */
export function describeRaces(from: string | null, to: string | null, empty = ""): string {
  if (from && to) return `${from} → ${to}`;
  return from ?? to ?? empty;
}
