import type { RequestStatus, RequestType } from "@/lib/domain/requests";
import type { FinalsRace } from "@/lib/domain/types";
import { MAX_DOCUMENTS_PER_REQUEST, formatFileSize } from "@/lib/uploads/documents";
import { formatTimestamp } from "@/lib/labels";
import { AddDocumentForm } from "./add-document-form";
import { REQUEST_STATUS_LABEL, REQUEST_TYPE_LABEL, describeRaces, historyActionLabel, statusBadgeClass } from "./labels";
import { RequestCommentForm } from "./request-comment-form";
import { WithdrawRequestForm } from "./withdraw-request-form";

/** What the page shows of a request: what was asked, the decision, the documents and the history. */
export interface RequestDetailData {
  id: number;
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  submittedAt: Date;
  decidedAt: Date | null;
  runnerName: string;
  reason: string;
  decisionReason: string | null;
  viewerIsOwner: boolean;
  isOpen: boolean;
  documents: { id: number; fileName: string; sizeBytes: number }[];
  history: {
    id: number;
    action: string;
    reason: string | null;
    details: Record<string, unknown> | null;
    createdAt: Date;
    actorName: string | null;
    actorRole: "runner" | "elite" | "admin" | null;
  }[];
}

export interface RequestDetailViewProps {
  request: RequestDetailData;
}

const ROLE_LABEL = { runner: "runner", elite: "elite team", admin: "administrator" } as const;

function historyDocuments(details: Record<string, unknown> | null): string[] {
  const docs = details?.documents;
  return Array.isArray(docs) ? docs.filter((d): d is string => typeof d === "string") : [];
}

/** A request as its owner (or the elite team) sees it: status, decision, documents, history, and the owner's actions while open. */
export function RequestDetailView({ request }: RequestDetailViewProps) {
  const races = describeRaces(request.fromFinalsRace, request.toFinalsRace);
  const canAct = request.viewerIsOwner && request.isOpen;
  const decided = request.status === "approved" || request.status === "rejected";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {REQUEST_TYPE_LABEL[request.type]}
          {races ? ` · ${races}` : ""}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span className={statusBadgeClass(request.status)}>
            <span className="sr-only">Status: </span>
            {REQUEST_STATUS_LABEL[request.status]}
          </span>
          <span>
            Request #{request.id} for the {request.editionYear} Finals, sent {formatTimestamp(request.submittedAt)}
            {request.viewerIsOwner ? "" : ` by ${request.runnerName}`}
          </span>
        </p>
      </header>

      {decided ? (
        <section
          aria-labelledby="decision-heading"
          className={`space-y-1 rounded-lg border p-4 ${request.status === "approved" ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
        >
          <h2 id="decision-heading" className="font-semibold">
            Decision: {REQUEST_STATUS_LABEL[request.status].toLowerCase()}
            {request.decidedAt ? ` on ${formatTimestamp(request.decidedAt)}` : ""}
          </h2>
          {request.decisionReason ? <p className="whitespace-pre-line break-words">{request.decisionReason}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="reason-heading" className="space-y-2">
        <h2 id="reason-heading" className="text-xl font-semibold">
          Reason given
        </h2>
        <p className="whitespace-pre-line break-words rounded-lg border border-slate-200 bg-white p-4">{request.reason}</p>
      </section>

      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          Documents
        </h2>
        {request.documents.length === 0 ? (
          <p className="text-slate-700">No document attached.</p>
        ) : (
          <ul className="space-y-2">
            {request.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-x-3 rounded-lg border border-slate-200 bg-white px-4 py-1">
                <a
                  href={`/requests/documents/${d.id}`}
                  download={d.fileName}
                  className="inline-flex min-h-11 min-w-0 items-center break-all font-medium text-brand-700 underline"
                >
                  <span className="sr-only">Download </span>
                  {d.fileName}
                </a>
                <span className="text-sm text-slate-600">{formatFileSize(d.sizeBytes)}</span>
              </li>
            ))}
          </ul>
        )}
        {canAct && request.documents.length < MAX_DOCUMENTS_PER_REQUEST ? (
          <AddDocumentForm requestId={request.id} alreadyAttached={request.documents.length} />
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {request.history.map((h) => {
            const docs = historyDocuments(h.details);
            return (
              <li key={h.id} className="space-y-1">
                <p className="text-sm text-slate-600">
                  <time dateTime={h.createdAt.toISOString()}>{formatTimestamp(h.createdAt)}</time>
                </p>
                <p>
                  <span className="font-medium">{h.actorName ?? "The portal"}</span>
                  {h.actorRole && h.actorRole !== "runner" ? ` (${ROLE_LABEL[h.actorRole]})` : ""}:{" "}
                  {historyActionLabel(h.action)}
                </p>
                {h.reason && h.action !== "submitted" ? (
                  <p className="whitespace-pre-line break-words rounded-md bg-slate-50 px-3 py-2">{h.reason}</p>
                ) : null}
                {docs.length > 0 ? <p className="break-words text-sm text-slate-700">Documents: {docs.join(", ")}</p> : null}
              </li>
            );
          })}
        </ol>
      </section>

      {canAct ? (
        <section aria-labelledby="comment-heading" className="space-y-3">
          <h2 id="comment-heading" className="text-xl font-semibold">
            Add a comment
          </h2>
          <RequestCommentForm requestId={request.id} />
        </section>
      ) : null}
      {/* Mounted for the owner even once closed, so the withdrawal's confirmation survives the refresh. */}
      {request.viewerIsOwner ? <WithdrawRequestForm requestId={request.id} open={request.isOpen} /> : null}
    </div>
  );
}
