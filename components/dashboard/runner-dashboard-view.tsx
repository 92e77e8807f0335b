import Link from "next/link";
import { INDEX_WEIGHTS } from "@/lib/domain/utmb-index";
import type { RunnerDashboard } from "@/lib/domain/runner-dashboard";
import type { FinalsRegistration } from "@/lib/domain/request-options";
import { FINALS_RACES } from "@/lib/domain/types";
import { finalsStatusViews } from "./finals-status-view";
import { indexEntryViews, indexExplanationLines, resultRowViews } from "./view-model";
import { formatDay } from "@/lib/format/dates";
import { listText, theRace, type Words } from "@/lib/i18n/words";
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
  dashboard: Pick<RunnerDashboard, "runner" | "edition" | "status" | "index" | "results">;
  today: string;
  /** The runner's own dashboard (status per Finals race); the public page shows index and results only. */
  privateView: boolean;
  /** The runner's own page: the next steps first. */
  plan?: RunnerPlan;
  /** The page's language. */
  words: Words;
}

export function RunnerDashboardView({ dashboard, today, privateView, plan, words }: RunnerDashboardViewProps) {
  const { t, locale } = words;
  const { runner, edition, status, index, results } = dashboard;
  const qualificationYear = Number(edition.qualificationStart.slice(0, 4));
  const statusCards = privateView ? finalsStatusViews(status, runner.sex, edition, today, results, words) : [];
  // On a phone the cards stack: the races qualified for come first, then the moves, then the rest.
  const ordered = [...statusCards].sort((a, b) => rank(a) - rank(b));
  const qualified = statusCards.filter((card) => card.qualified);
  const moves = FINALS_RACES.flatMap((race) => {
    const to = privateView ? status[race].movedTo?.finalsRace : undefined;
    return to ? [`${race} → ${to}`] : [];
  });
  const registration = plan?.registration;
  const period = { start: formatDay(edition.qualificationStart, locale), end: formatDay(edition.qualificationEnd, locale) };
  const allProvisional = qualified.every((c) => c.provisional);
  const qualifiedRaces = listText(
    locale,
    qualified.map((c) => (c.provisional && !allProvisional ? t("dashboard.status.provisionally", { race: theRace(words, c.finalsRace) }) : theRace(words, c.finalsRace))),
    "and",
  );

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{runner.name}</h1>
        <p className="text-slate-700">
          {runner.nationality ? `${runner.nationality} · ` : ""}
          {t(`labels.sexName.${runner.sex}`)}
          {privateView && runner.externalId ? ` · ${t("dashboard.runnerId", { id: runner.externalId })}` : ""}
          {privateView ? (
            <>
              {" · "}
              <Link href={`/runners/${runner.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                {t("dashboard.publicPage")}
              </Link>
            </>
          ) : null}
        </p>
      </header>

      {plan ? <NextStepsPanel steps={plan.steps} /> : null}

      {privateView ? (
        <section aria-labelledby="status-heading" className="space-y-3">
          <h2 id="status-heading" className="text-xl font-semibold">
            {t("dashboard.status.heading", { year: edition.year })}
          </h2>
          <div className="space-y-1 text-slate-800">
            <p className="font-medium">
              {qualified.length === 0
                ? t("dashboard.status.notQualified")
                : allProvisional
                  ? t("dashboard.status.provisionallyQualified", { races: qualifiedRaces })
                  : t("dashboard.status.qualified", { races: qualifiedRaces })}
              {moves.length > 0 ? ` ${t("dashboard.status.moves", { moves: moves.join(", ") })}` : ""}
            </p>
            {registration ? (
              <p>
                {registration.status === "registered"
                  ? t("dashboard.status.registered", { race: theRace(words, registration.finalsRace), year: edition.year })
                  : t("dashboard.status.registrationCancelled", { race: theRace(words, registration.finalsRace), year: edition.year })}
              </p>
            ) : null}
            {plan?.topElite.granted ? <p>{t("dashboard.status.topEliteGranted", period)}</p> : null}
            <p className="text-slate-700">{t("dashboard.status.period", period)}</p>
          </div>
          <FinalsStatusCards cards={ordered} />
          <p>
            <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("dashboard.status.requestsLink")}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="index-heading" className="space-y-3">
        <h2 id="index-heading" className="text-xl font-semibold">
          {t("dashboard.index.heading")}
        </h2>
        <IndexSummary entries={indexEntryViews(index, words)} explanation={indexExplanationLines(INDEX_WEIGHTS, words)} />
      </section>

      <ScoreChartFigure results={results} edition={edition} sex={runner.sex} today={today} words={words} />

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold">
          {t("dashboard.results.heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("dashboard.results.kmEffort", { ...edition.categoryBands })}</p>
        <ResultsList
          rows={resultRowViews(results, index, qualificationYear, words, privateView ? { status, edition, sex: runner.sex } : undefined)}
        />
      </section>
    </div>
  );
}

function rank(card: { qualified: boolean; moved: string | null }): number {
  return card.qualified ? 0 : card.moved ? 1 : 2;
}
