import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MAX_DOCUMENTS_PER_REQUEST } from "@/lib/uploads/documents";
import { formatDateTime } from "@/lib/format/dates";
import { AddDocumentForm } from "./add-document-form";
import { describeRaces, statusBadgeClass } from "./labels";
import { RequestCommentForm } from "./request-comment-form";
import { RequestDocuments } from "./request-documents";
import { RequestHistory } from "./request-history";
import type { RequestView } from "./request-view";
import { WithdrawRequestForm } from "./withdraw-request-form";

export interface RequestDetailViewProps {
  request: RequestView;
  /**
   * The elite team's page: evidence first (documents open inline, then the runner's reason), then `record`
   * (the runner's facts), the history last; `panel` (the decision) sticks beside them on wide screens.
   */
  review?: { subtitle: ReactNode; record: ReactNode; panel: ReactNode };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function StatusBadge({ request }: { request: RequestView }) {
  const t = useTranslations();
  return (
    <span className={statusBadgeClass(request.status)}>
      <span className="sr-only">{t("requests.detail.status")} </span>
      {t(`labels.requestStatus.${request.status}`)}
    </span>
  );
}

/** One request view for its owner and the elite team: status, decision, reason, documents, history. */
export function RequestDetailView({ request, review }: RequestDetailViewProps) {
  const t = useTranslations();
  const locale = useLocale();
  if (review) return <ReviewLayout request={request} review={review} />;
  const races = describeRaces(request.fromFinalsRace, request.toFinalsRace);
  const canAct = request.viewerIsOwner && request.isOpen;
  const decided = request.status === "approved" || request.status === "rejected";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {races ? `${t(`labels.requestType.${request.type}`)} · ${races}` : t(`labels.requestType.${request.type}`)}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <StatusBadge request={request} />
          <span>
            {request.viewerIsOwner
              ? t("requests.detail.sent", { id: request.id, year: request.editionYear, date: formatDateTime(request.submittedAt, locale) })
              : t("requests.detail.sentBy", { id: request.id, year: request.editionYear, date: formatDateTime(request.submittedAt, locale), runner: request.runnerName })}
          </span>
        </p>
      </header>

      {decided ? (
        <section
          aria-labelledby="decision-heading"
          className={`space-y-1 rounded-lg border p-4 ${request.status === "approved" ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
        >
          <h2 id="decision-heading" className="font-semibold">
            {request.decidedAt
              ? t("requests.detail.decisionOn", { status: request.status, date: formatDateTime(request.decidedAt, locale) })
              : t("requests.detail.decision", { status: request.status })}
          </h2>
          {request.decisionReason ? <p className="whitespace-pre-line break-words">{request.decisionReason}</p> : null}
        </section>
      ) : null}

      <Section id="reason-heading" title={t("requests.detail.reason")}>
        <p className="whitespace-pre-line break-words rounded-lg border border-slate-200 bg-white p-4">{request.reason}</p>
      </Section>

      <Section id="documents-heading" title={t("requests.detail.documents")}>
        <RequestDocuments documents={request.documents} mode="download" />
        {canAct && request.documents.length < MAX_DOCUMENTS_PER_REQUEST ? (
          <AddDocumentForm requestId={request.id} alreadyAttached={request.documents.length} />
        ) : null}
      </Section>

      <Section id="history-heading" title={t("requests.detail.history")}>
        <RequestHistory history={request.history} />
      </Section>

      {canAct ? (
        <Section id="comment-heading" title={t("requests.detail.comment")}>
          <RequestCommentForm requestId={request.id} />
        </Section>
      ) : null}
      {/* Mounted for the owner even once closed, so the withdrawal's confirmation survives the refresh. */}
      {request.viewerIsOwner ? <WithdrawRequestForm requestId={request.id} open={request.isOpen} /> : null}
    </div>
  );
}

/** Phones read evidence, decision, then the record; wide screens keep the decision in a sticky column. */
function ReviewLayout({ request, review }: { request: RequestView; review: NonNullable<RequestDetailViewProps["review"]> }) {
  const t = useTranslations();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("requests.detail.reviewTitle", { type: t(`labels.requestType.${request.type}`), runner: request.runnerName })}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <StatusBadge request={request} />
          {review.subtitle}
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-8 lg:col-start-1 lg:row-start-1">
          <Section id="documents-heading" title={t("requests.detail.evidence")}>
            <RequestDocuments documents={request.documents} mode="inline" />
          </Section>
          <Section id="reason-heading" title={t("requests.detail.runnerReason")}>
            <p className="whitespace-pre-line break-words rounded-lg border border-slate-200 bg-white p-4">{request.reason}</p>
          </Section>
        </div>
        <div className="lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
          {review.panel}
        </div>
        <div className="space-y-8 lg:col-start-1 lg:row-start-2">
          {review.record}
          <Section id="history-heading" title={t("requests.detail.history")}>
            <RequestHistory history={request.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
