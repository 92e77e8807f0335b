import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import type { SearchParams } from "@/app/search-params";
import { DecisionPanel } from "@/components/elite/decision-panel";
import { RuleFacts } from "@/components/elite/rule-facts";
import { ReviewCommentForm } from "@/components/elite/review-comment-form";
import { RunnerRecord } from "@/components/elite/runner-record";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { RequestDetailView } from "@/components/requests/request-detail-view";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getReviewRequest } from "@/lib/data/review-request";
import { requestIdSchema } from "@/lib/validations/requests";
import { parseQueueSearchParams, queueSearchParams } from "@/lib/validations/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eliteRequest"))("title") };
}
export const dynamic = "force-dynamic";

/** One request for the elite team: evidence first, the facts of its rule, the runner's record, a sticky decision. */
export default async function ReviewRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireRole("elite", "admin");
  const { id } = await params;
  const parsed = requestIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  // The queue's filters and sort came along in the link: "back" and "decide and open next" keep them.
  const queue = queueSearchParams(parseQueueSearchParams(await searchParams)).toString();
  const today = todayIso();
  const [result, t, labels] = await Promise.all([getReviewRequest(await getDb(), user, parsed.data, { today }), getTranslations("eliteRequest"), getTranslations("labels")]);
  if (!result.ok) notFound();
  const { request, runner, dashboard, bibs, facts, registration, edition } = result.detail;

  return (
    <div className="space-y-4">
      <BackLink href={queue ? `/elite?${queue}` : "/elite"}>{t("backToQueue")}</BackLink>
      <RequestDetailView
        request={request}
        review={{
          subtitle: (
            <span>
              {labels(`sexName.${runner.sex}`)}
              {runner.nationality ? ` · ${runner.nationality}` : ""}
              {runner.externalId ? ` · ${t("runnerId", { id: runner.externalId })}` : ""} · {t("finals", { year: request.editionYear })}
              {request.fromFinalsRace || request.toFinalsRace ? ` · ${[request.fromFinalsRace, request.toFinalsRace].filter(Boolean).join(" → ")}` : ""}
            </span>
          ),
          panel: (
            <div className="space-y-4">
              <DecisionPanel request={request} bibs={bibs} queue={queue} />
              {request.isOpen ? (
                <IntlProvider namespaces={["reviewComment"]}>
                  <ReviewCommentForm requestId={request.id} />
                </IntlProvider>
              ) : null}
            </div>
          ),
          record: (
            <>
              <RuleFacts request={request} sex={runner.sex} facts={facts} registration={registration} edition={edition} today={today} />
              {dashboard ? <RunnerRecord dashboard={dashboard} today={today} /> : null}
            </>
          ),
        }}
      />
    </div>
  );
}
