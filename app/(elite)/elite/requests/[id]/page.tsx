import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { DecisionForm } from "@/components/elite/decision-form";
import { describeRaces, historyActionLabel, REQUEST_STATUS_LABEL, REQUEST_TYPE_LABEL, SEX_NAME, statusBadgeClass } from "@/components/requests/labels";
import { formatFileSize } from "@/lib/uploads/documents";
import { formatTimestamp, SEX_LABEL } from "@/lib/labels";
import { RunnerRecord } from "@/components/elite/runner-record";
import { StartReviewForm } from "@/components/elite/start-review-form";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import type { QuotaRow } from "@/lib/data/bib-quotas";
import { getReviewRequest } from "@/lib/data/review-request";

export const metadata: Metadata = { title: "Review a request" };
export const dynamic = "force-dynamic";

function bibsText(bibs: QuotaRow): string {
  return `${bibs.remaining} of ${bibs.bibs} bibs left in ${bibs.finalsRace} for ${SEX_LABEL[bibs.sex]} (${bibs.editionYear}; ${bibs.bibsUsed} used).`;
}

export default async function ReviewRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("elite", "admin");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const today = todayIso();
  const result = await getReviewRequest(await getDb(), user, Number(id), { today });
  if (!result.ok) notFound();
  const { request, runner, dashboard, documents, history, bibs } = result.detail;
  const open = request.status === "submitted" || request.status === "in_review";
  const decided = request.status === "approved" || request.status === "rejected";

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <BackLink href="/elite">Review queue</BackLink>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {REQUEST_TYPE_LABEL[request.type]}: {runner.name}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span className={statusBadgeClass(request.status)}>
            {REQUEST_STATUS_LABEL[request.status]}
          </span>
          <span>
            {SEX_NAME[runner.sex]}
            {runner.nationality ? ` · ${runner.nationality}` : ""}
            {runner.externalId ? ` · Runner id ${runner.externalId}` : ""}
          </span>
        </p>
      </header>

      <section aria-labelledby="request-heading" className="space-y-3">
        <h2 id="request-heading" className="text-xl font-semibold">
          The request
        </h2>
        <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">Finals edition</dt>
            <dd className="font-medium">{request.editionYear}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Finals race</dt>
            <dd className="font-medium">{describeRaces(request.fromFinalsRace, request.toFinalsRace, "—")}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Submitted</dt>
            <dd>{formatTimestamp(request.submittedAt)}</dd>
          </div>
          {bibs ? (
            <div>
              <dt className="text-sm text-slate-600">Bibs left in {bibs.finalsRace}</dt>
              <dd className={bibs.remaining === 0 ? "font-medium text-red-800" : "font-medium"}>{bibsText(bibs)}</dd>
            </div>
          ) : request.type === "category_change" ? (
            <div>
              <dt className="text-sm text-slate-600">Bibs left</dt>
              <dd>No quota is set for this race and edition.</dd>
            </div>
          ) : null}
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">The runner&apos;s reason</dt>
            <dd className="whitespace-pre-line">{request.reason}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="decision-heading" className="space-y-3">
        <h2 id="decision-heading" className="text-xl font-semibold">
          Decision
        </h2>
        {open ? (
          <div className="max-w-xl space-y-6 rounded-lg border border-slate-200 bg-white p-4">
            {request.status === "submitted" ? <StartReviewForm requestId={request.id} /> : null}
            <DecisionForm
              requestId={request.id}
              {...(bibs ? { approveHint: `Uses one ${bibs.finalsRace} bib for ${SEX_LABEL[bibs.sex]}: ${bibs.remaining} left.` } : {})}
            />
          </div>
        ) : decided ? (
          <div
            className={`space-y-1 rounded-lg border p-4 ${request.status === "approved" ? "border-emerald-600 bg-emerald-50" : "border-red-300 bg-red-50"}`}
          >
            <p className="font-semibold">
              {REQUEST_STATUS_LABEL[request.status]}
              {request.decidedByName ? ` by ${request.decidedByName}` : ""}
              {request.decidedAt ? ` on ${formatTimestamp(request.decidedAt)}` : ""}.
            </p>
            {request.decisionReason ? <p className="whitespace-pre-line">Reason: {request.decisionReason}</p> : null}
          </div>
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4">The runner withdrew this request; there is nothing to decide.</p>
        )}
      </section>

      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          Documents
        </h2>
        {documents.length === 0 ? (
          <p className="text-slate-700">No documents.</p>
        ) : (
          <ul className="space-y-2">
            {documents.map((doc) => (
              <li key={doc.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <a href={`/requests/documents/${doc.id}`} className="font-medium text-brand-700 underline" download>
                  {doc.fileName}
                </a>
                <span className="block text-sm text-slate-600">
                  {doc.mimeType} · {formatFileSize(doc.sizeBytes)} · uploaded {formatTimestamp(doc.uploadedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-700">No history yet.</p>
        ) : (
          <ol className="space-y-2">
            {history.map((item) => (
              <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-medium">
                  {historyActionLabel(item.action)}
                  <span className="font-normal text-slate-700">
                    {" "}
                    · {item.actorName ?? "Someone"}
                    {item.actorRole && item.actorRole !== "runner" ? ` (${item.actorRole === "elite" ? "elite team" : "admin"})` : ""} ·{" "}
                    {formatTimestamp(item.createdAt)}
                  </span>
                </p>
                {item.reason ? <p className="whitespace-pre-line text-slate-800">{item.reason}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {dashboard ? <RunnerRecord dashboard={dashboard} today={today} /> : null}
    </div>
  );
}
