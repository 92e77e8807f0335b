import Link from "next/link";
import type { RunnerDashboard } from "@/lib/data/dashboard";
import { finalsStatusViews, indexEntryViews, resultRowViews } from "@/components/dashboard/view-model";
import { formatDate, SEX_NAME } from "@/lib/labels";
import { FinalsStatusCards } from "./finals-status-card";
import { IndexSummary } from "./index-summary";
import { ResultsList } from "./results-list";
import { ScoreChartSection } from "./score-chart-section";

export interface RunnerDashboardViewProps {
  dashboard: Pick<RunnerDashboard, "runner" | "edition" | "status" | "index" | "indexExplanation" | "results">;
  today: string;
  /** The runner's own dashboard (status per Finals race); the public page shows index and results only. */
  privateView: boolean;
}


export function RunnerDashboardView({ dashboard, today, privateView }: RunnerDashboardViewProps) {
  const { runner, edition, status, index, indexExplanation, results } = dashboard;
  const qualificationYear = Number(edition.qualificationEnd.slice(0, 4));
  const scored = results
    .filter((r) => r.utmbScore !== null && r.status === "finisher")
    .map((r) => ({ date: r.date, score: Math.round(r.utmbScore ?? 0), label: `${r.eventName} — ${r.raceName}` }))
    .reverse();
  const statusCards = privateView ? finalsStatusViews(status, runner.sex, edition, today, results) : [];
  const qualifiedRaces = statusCards.filter((card) => card.qualified).map((card) => card.finalsRace);

  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{runner.name}</h1>
        {privateView ? (
          <p>
            <Link href={`/runners/${runner.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              Public runner page
            </Link>
          </p>
        ) : null}
        <p className="text-slate-700">
          {runner.nationality ? `${runner.nationality} · ` : ""}
          {SEX_NAME[runner.sex]}
          {privateView && runner.externalId ? ` · Runner id ${runner.externalId}` : ""}
        </p>
      </header>

      {privateView ? (
        <section aria-labelledby="status-heading" className="space-y-3">
          <h2 id="status-heading" className="text-xl font-semibold">
            {edition.year} Finals: your qualification
          </h2>
          <p className="text-slate-700">
            {qualifiedRaces.length > 0
              ? `You are qualified for ${qualifiedRaces.join(" and ")}.`
              : "You are not qualified for the Finals yet."}{" "}
            Qualification period: {formatDate(edition.qualificationStart)} to {formatDate(edition.qualificationEnd)}.
          </p>
          <FinalsStatusCards cards={statusCards} />
          <p>
            <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              My requests: change of category, priority deferral, extension
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

      {scored.length > 0 ? (
        <section aria-labelledby="chart-heading" className="space-y-3">
          <h2 id="chart-heading" className="text-xl font-semibold">
            Scores over time
          </h2>
          <figure className="rounded-lg border border-slate-200 bg-white p-3">
            <ScoreChartSection points={scored} />
            <figcaption className="mt-2 text-sm text-slate-700">
              {scored.length} scored result{scored.length === 1 ? "" : "s"} from {formatDate(scored[0]?.date ?? today)} to{" "}
              {formatDate(scored[scored.length - 1]?.date ?? today)}; best {Math.max(...scored.map((p) => p.score))}, latest{" "}
              {scored[scored.length - 1]?.score}. Every score is listed in the results below.
            </figcaption>
          </figure>
        </section>
      ) : null}

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold">
          Results
        </h2>
        <ResultsList rows={resultRowViews(results, index, qualificationYear)} />
      </section>
    </div>
  );
}
