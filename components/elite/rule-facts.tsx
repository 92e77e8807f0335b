import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/format/dates";
import type { RequestType } from "@/lib/domain/requests";
import { scoreRuleFor, type QueueRowFacts } from "@/lib/domain/review-queue";
import { FINALS_SEASON_END } from "@/lib/domain/edition";
import { FINALS_CATEGORIES, type FinalsEditionConfig, type FinalsRace, type IsoDate, type Sex } from "@/lib/domain/types";
import { formatScore } from "@/lib/format/labels";
import { EligibilityBadge, marginText } from "./eligibility";

export interface RuleFactsProps {
  request: { type: RequestType; editionYear: number; fromFinalsRace: FinalsRace | null; toFinalsRace: FinalsRace | null };
  sex: Sex;
  facts: QueueRowFacts;
  registration: { finalsRace: FinalsRace; status: "registered" | "cancelled" } | null;
  edition: FinalsEditionConfig;
  today: IsoDate;
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** The facts the request's rule needs, beside the decision: eligibility, score vs threshold, registration, deadline. */
export function RuleFacts({ request, sex, facts, registration, edition, today }: RuleFactsProps) {
  const t = useTranslations("eliteRequest.rule");
  const sexLabel = useTranslations("labels.sex");
  const locale = useLocale();
  const day = (iso: string) => formatDay(iso, locale);
  const rule = scoreRuleFor(request, edition, today);
  const table = request.type === "extension" ? edition.extensionThresholds : edition.scoreThresholds;
  return (
    <section aria-labelledby="rule-heading" className="space-y-3">
      <h2 id="rule-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">{t(request.type)}</p>
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <Fact term={t("eligibilityToday")}>
          <EligibilityBadge eligibility={facts.eligibility} long />
        </Fact>
        <Fact term={rule ? t("bestScoreIn", { category: rule.category, start: day(rule.start), end: day(rule.end) }) : t("bestScore")}>
          {facts.bestScore === null
            ? t("noScore")
            : t("scoreVsThreshold", { score: formatScore(facts.bestScore), threshold: facts.threshold ?? "—", margin: marginText(facts.margin) })}
        </Fact>
        <Fact term={t("thresholds", { kind: request.type === "extension" ? "extension" : "score", sex: sexLabel(sex), year: request.editionYear })}>
          {FINALS_CATEGORIES.map((c) => `${c} ${table[sex][c]}`).join(" · ")}
        </Fact>
        {request.type === "priority_deferral" ? (
          <Fact term={t("registration", { year: request.editionYear })}>
            {registration ? t("registrationValue", { race: registration.finalsRace, status: registration.status }) : t("noRegistration")}
          </Fact>
        ) : null}
        <Fact term={t("deadline")}>
          {request.type === "extension"
            ? t("deadlineExtension", { apply: day(edition.extensionDeadline), qualify: day(edition.extensionWindowEnd) })
            : request.type === "priority_deferral"
              ? t("deadlineDeferral", { date: day(`${request.editionYear}-${FINALS_SEASON_END}`) })
              : t("deadlineOther", { date: day(edition.qualificationEnd) })}
        </Fact>
        <Fact term={t("waiting")}>{t("days", { count: facts.daysWaiting })}</Fact>
      </dl>
    </section>
  );
}
