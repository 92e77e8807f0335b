import { useLocale, useTranslations } from "next-intl";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { formatDateTime } from "@/lib/format/dates";
import type { RequestHeader } from "@/lib/domain/requests";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import { DecisionForm } from "./decision-form";
import { REASON_TEMPLATES } from "./reason-templates";
import { StartReviewForm } from "./start-review-form";

export interface DecisionPanelProps {
  request: Omit<RequestHeader, "submittedAt"> & {
    decidedByName: string | null;
    decisionReason: string | null;
  };
  /** R14: the bibs of the race and sex an approval would use; null when none is set or the type uses none. */
  bibs: { editionYear: number; finalsRace: FinalsRace; sex: Sex; bibs: number; bibsUsed: number; remaining: number } | null;
  queue: string;
}

/** R14 / R17: the bibs the decision uses, "start review", and the decision with its reason (or the decision taken). */
export function DecisionPanel({ request, bibs, queue }: DecisionPanelProps) {
  const t = useTranslations("eliteRequest");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const open = request.status === "submitted" || request.status === "in_review";
  const decided = request.status === "approved" || request.status === "rejected";
  const race = request.toFinalsRace ?? request.fromFinalsRace ?? t("templates.requestedRace");
  const templates = REASON_TEMPLATES[request.type].map(({ id, decision }) => ({
    id,
    decision,
    label: t(`templates.${id}.label`),
    text: t(`templates.${id}.text`, { race, year: request.editionYear, nextYear: request.editionYear + 1 }),
  }));
  const status = labels(`requestStatus.${request.status}`);
  const date = request.decidedAt ? formatDateTime(request.decidedAt, locale) : null;
  const name = request.decidedByName;
  return (
    <section aria-labelledby="decision-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="decision-heading" className="text-xl font-semibold">
        {t("decision.heading")}
      </h2>
      {request.type === "category_change" ? (
        <p className={bibs?.remaining === 0 ? "font-medium text-red-800" : "font-medium"}>
          {bibs
            ? t("decision.bibsLeft", { remaining: bibs.remaining, bibs: bibs.bibs, race: bibs.finalsRace, sex: labels(`sex.${bibs.sex}`), year: bibs.editionYear, used: bibs.bibsUsed })
            : t("decision.noQuota")}
        </p>
      ) : (
        <p className="text-slate-700">{t("decision.noBib", { type: request.type })}</p>
      )}
      {open ? (
        <IntlProvider namespaces={["eliteDecision"]}>
          <div className="space-y-1">
            <StartReviewForm requestId={request.id} submitted={request.status === "submitted"} />
            {request.status === "submitted" ? <p className="text-sm text-slate-600">{t("decision.orDecideNow")}</p> : null}
          </div>
          <DecisionForm
            requestId={request.id}
            queue={queue}
            templates={templates}
            {...(bibs ? { approveHint: t("decision.approveHint", { race: bibs.finalsRace, sex: labels(`sex.${bibs.sex}`), remaining: bibs.remaining }) } : {})}
          />
        </IntlProvider>
      ) : decided ? (
        <div className={`space-y-1 rounded-lg border p-4 ${request.status === "approved" ? "border-emerald-600 bg-emerald-50" : "border-red-300 bg-red-50"}`}>
          <p className="font-semibold">
            {name && date
              ? t("decision.decidedByOn", { status, name, date })
              : name
                ? t("decision.decidedBy", { status, name })
                : date
                  ? t("decision.decidedOn", { status, date })
                  : t("decision.decided", { status })}
          </p>
          {request.decisionReason ? <p className="whitespace-pre-line">{t("decision.reason", { reason: request.decisionReason })}</p> : null}
        </div>
      ) : (
        <p>{t("decision.withdrawn")}</p>
      )}
    </section>
  );
}
