import Link from "next/link";
import type { RunnerDashboard } from "@/lib/domain/runner-dashboard";
import type { FinalsRegistration } from "@/lib/domain/request-options";
import { finalsStatusViews, indexEntryViews, resultRowViews } from "@/components/dashboard/view-model";
import { formatDate, SEX_NAME } from "@/lib/labels";
import { FinalsStatusCards } from "./finals-status-card";
import { IndexSummary } from "./index-summary";
import { NextStepsPanel } from "./next-steps-panel";
import type { NextStepView } from "./next-step-text";
import { ResultsList } from "./results-list";
import { ScoreChartFigure } from "./score-chart-figure";

/** What only the runner's own page shows above their status: next steps, registration, Top Elite (R15, R18). */
export interface RunnerPlan {
  steps: NextStepView[];
  registration: FinalsRegistration | null;
  topElite: { reached: boolean; granted: boolean };
}

export interface RunnerDashboardViewProps {
  dashboard: Pick<RunnerDashboard, "runner" | "edition" | "status" | "index" | "indexExplanation" | "results">;
  today: string;
  /** The runner's own dashboard (status per Finals race); the public page shows index and results only. */
  privateView: boolean;
  /** The runner's own page: the next steps first. */
  plan?: RunnerPlan;
}

export function RunnerDashboardView({ dashboard, today, privateView, plan }: RunnerDashboardViewProps) {
  const { runner, edition, status, index, indexExplanation, results } = dashboard;
  const qualificationYear = Number(edition.qualificationStart.slice(0, 4));
  const statusCards = privateView ? finalsStatusViews(status, runner.sex, edition, today, results) : [];
  // On a phone the cards stack: the races qualified for come first, then the moves, then the rest.
  const ordered = [...statusCards].sort((a, b) => rank(a) - rank(b));
  const qualified = statusCards.filter((card) => card.qualified);
  const moves = statusCards.filter((card) => card.moved).map((card) => `${card.finalsRace} → ${card.moved?.replace(/^Moved to /, "")}`);
  const registration = plan?.registration;

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{runner.name}</h1>
        <p className="text-slate-700">
          {runner.nationality ? `${runner.nationality} · ` : ""}
          {SEX_NAME[runner.sex]}
          {privateView && runner.externalId ? ` · UTMB runner id ${runner.externalId}` : ""}
          {privateView ? (
            <>
              {" · "}
              <Link href={`/runners/${runner.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                Public runner page
              </Link>
            </>
          ) : null}
        </p>
      </header>

      {plan ? <NextStepsPanel steps={plan.steps} /> : null}

      {privateView ? (
        <section aria-labelledby="status-heading" className="space-y-3">
          <h2 id="status-heading" className="text-xl font-semibold">
            {edition.year} Finals: your qualification
          </h2>
          <div className="space-y-1 text-slate-800">
            <p className="font-medium">
              {qualified.length > 0
                ? `You are ${qualified.every((c) => c.provisional) ? "provisionally " : ""}qualified for ${qualified
                    .map((c) => `${c.finalsRace}${c.provisional && !qualified.every((q) => q.provisional) ? " (provisionally)" : ""}`)
                    .join(" and ")}.`
                : "You are not qualified for the Finals yet."}
              {moves.length > 0 ? ` Change of category: ${moves.join(", ")}.` : ""}
            </p>
            {registration ? (
              <p>
                {registration.status === "registered"
                  ? `Registered for ${registration.finalsRace} at the ${edition.year} Finals.`
                  : `Your ${registration.finalsRace} registration for the ${edition.year} Finals was cancelled.`}
              </p>
            ) : null}
            {plan?.topElite.granted ? (
              <p>Top Elite period approved (R18): your results from {formatDate(edition.qualificationStart)} to {formatDate(edition.qualificationEnd)} count.</p>
            ) : null}
            <p className="text-slate-700">
              Qualification period: {formatDate(edition.qualificationStart)} to {formatDate(edition.qualificationEnd)}.
            </p>
          </div>
          <FinalsStatusCards cards={ordered} />
          <p>
            <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              My requests: change of category, priority deferral, extension, Top Elite
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="index-heading" className="space-y-3">
        <h2 id="index-heading" className="text-xl font-semibold">
          UTMB Index
        </h2>
        <IndexSummary entries={indexEntryViews(index)} explanation={indexExplanation} />
      </section>

      <ScoreChartFigure results={results} edition={edition} sex={runner.sex} today={today} />

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold">
          Results
        </h2>
        <p className="text-sm text-slate-700">
          km-effort = distance in km + elevation gain (D+) in m ÷ 100 (R2): 78 km with 4,000 m D+ is 118 km-effort. It sets a race&apos;s
          category: 20K from {edition.categoryBands.k20}, 50K from {edition.categoryBands.k50}, 100K from {edition.categoryBands.k100}, 100M
          from {edition.categoryBands.m100} km-effort.
        </p>
        <ResultsList
          rows={resultRowViews(results, index, qualificationYear, privateView ? { status, edition, sex: runner.sex } : undefined)}
        />
      </section>
    </div>
  );
}

function rank(card: { qualified: boolean; moved: string | null }): number {
  return card.qualified ? 0 : card.moved ? 1 : 2;
}
