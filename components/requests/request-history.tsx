import { formatTimestamp } from "@/lib/labels";
import { historyActionLabel } from "./labels";
import type { RequestViewHistoryItem } from "./request-view";

const ROLE_LABEL = { runner: "runner", elite: "elite team", admin: "administrator" } as const;

function historyDocuments(details: Record<string, unknown> | null): string[] {
  const docs = details?.documents;
  return Array.isArray(docs) ? docs.filter((d): d is string => typeof d === "string") : [];
}

/** R17: every step of a request, oldest first: who (and in which role), when, what and why. */
export function RequestHistory({ history }: { history: RequestViewHistoryItem[] }) {
  if (history.length === 0) return <p className="text-slate-700">No history yet.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {history.map((h) => {
        const docs = historyDocuments(h.details);
        return (
          <li key={h.id} className="space-y-1">
            <p className="text-sm text-slate-600">
              <time dateTime={h.createdAt.toISOString()}>{formatTimestamp(h.createdAt)}</time>
            </p>
            <p>
              <span className="font-medium">{h.actorName ?? "The portal"}</span>
              {h.actorRole && h.actorRole !== "runner" ? ` (${ROLE_LABEL[h.actorRole]})` : ""}: {historyActionLabel(h.action)}
            </p>
            {h.reason && h.action !== "submitted" ? <p className="whitespace-pre-line break-words rounded-md bg-slate-50 px-3 py-2">{h.reason}</p> : null}
            {docs.length > 0 ? <p className="break-words text-sm text-slate-700">Documents: {docs.join(", ")}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
