import Link from "next/link";
import type { RequestHeader } from "@/lib/domain/requests";
import { formatTimestamp } from "@/lib/labels";
import { REQUEST_STATUS_LABEL, REQUEST_TYPE_LABEL, describeRaces, statusBadgeClass } from "./labels";

/** What the list shows of each request. */
export interface RequestListItem extends Omit<RequestHeader, "decidedAt"> {
  documentCount: number;
}

export interface RequestListProps {
  requests: RequestListItem[];
}

/** The runner's requests, newest first, as a list of cards (no table: it must fit a 375 px screen). */
export function RequestList({ requests }: RequestListProps) {
  if (requests.length === 0) return <p className="text-slate-700">You have not made any request yet.</p>;
  return (
    <ul className="space-y-3">
      {requests.map((r) => {
        const races = describeRaces(r.fromFinalsRace, r.toFinalsRace);
        return (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/requests/${r.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                {REQUEST_TYPE_LABEL[r.type]}
                {races ? ` · ${races}` : ""} · {r.editionYear} Finals
              </Link>
              <span className={statusBadgeClass(r.status)}>{REQUEST_STATUS_LABEL[r.status]}</span>
            </div>
            <p className="text-sm text-slate-700">
              Request #{r.id}, sent {formatTimestamp(r.submittedAt)} · {r.documentCount}{" "}
              {r.documentCount === 1 ? "document" : "documents"}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
