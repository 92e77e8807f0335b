import type { RequestType } from "@/lib/domain/requests";
import { scoreRuleFor, type QueueRowFacts } from "@/lib/domain/review-queue";
import { FINALS_SEASON_END } from "@/lib/domain/edition";
import { FINALS_CATEGORIES, type FinalsEditionConfig, type FinalsRace, type IsoDate, type Sex } from "@/lib/domain/types";
import { formatDate, formatScore, SEX_LABEL } from "@/lib/labels";
import { EligibilityBadge, marginText } from "./eligibility";

export interface RuleFactsProps {
  request: { type: RequestType; editionYear: number; fromFinalsRace: FinalsRace | null; toFinalsRace: FinalsRace | null };
  sex: Sex;
  facts: QueueRowFacts;
  registration: { finalsRace: FinalsRace; status: "registered" | "cancelled" } | null;
  edition: FinalsEditionConfig;
  today: IsoDate;
}

const RULE: Record<RequestType, string> = {
  category_change: "R14 change of category: qualified, one category up or down, not from an age-group place, bibs left",
  priority_deferral: "R15 priority deferral: a completed registration for this edition, asked before the Finals",
  extension: "R16 extension: a score at or above the extension threshold in the last 2 years, applied for by the deadline",
  top_elite: "R18 Top Elite period: a General or category index at the Top Elite threshold, or a top 5 at the last Finals",
};

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
  const rule = scoreRuleFor(request, edition, today);
  const table = request.type === "extension" ? edition.extensionThresholds : edition.scoreThresholds;
  return (
    <section aria-labelledby="rule-heading" className="space-y-3">
      <h2 id="rule-heading" className="text-xl font-semibold">
        What the rule needs
      </h2>
      <p className="text-slate-700">{RULE[request.type]}.</p>
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <Fact term="Eligibility today">
          <EligibilityBadge eligibility={facts.eligibility} long />
        </Fact>
        <Fact term={rule ? `Best ${rule.category} score, ${formatDate(rule.start)} to ${formatDate(rule.end)}` : "Best score"}>
          {facts.bestScore === null ? "No score" : `${formatScore(facts.bestScore)} vs ${facts.threshold ?? "—"} (${marginText(facts.margin)})`}
        </Fact>
        <Fact term={`${request.type === "extension" ? "R16 extension" : "R10 score"} thresholds for ${SEX_LABEL[sex]} (${request.editionYear})`}>
          {FINALS_CATEGORIES.map((c) => `${c} ${table[sex][c]}`).join(" · ")}
        </Fact>
        {request.type === "priority_deferral" ? (
          <Fact term={`Registration for the ${request.editionYear} Finals`}>
            {registration ? `${registration.finalsRace}, ${registration.status === "registered" ? "completed" : "cancelled"}` : "None"}
          </Fact>
        ) : null}
        <Fact term="Deadline">
          {request.type === "extension"
            ? `Apply by ${formatDate(edition.extensionDeadline)}; qualify by ${formatDate(edition.extensionWindowEnd)}`
            : request.type === "priority_deferral"
              ? `Before the Finals (${formatDate(`${request.editionYear}-${FINALS_SEASON_END}`)})`
              : `Qualification period ends ${formatDate(edition.qualificationEnd)}; ask as soon as qualified`}
        </Fact>
        <Fact term="Waiting">{`${facts.daysWaiting} day${facts.daysWaiting === 1 ? "" : "s"}`}</Fact>
      </dl>
    </section>
  );
}
