import type { RunnerDashboard } from "@/lib/domain/runner-dashboard";
import type { Sex } from "@/lib/domain/types";
import { scoreChartData } from "./chart-data";
import { ScoreChartSection } from "./score-chart-section";

export interface ScoreChartFigureProps {
  results: RunnerDashboard["results"];
  edition: Pick<RunnerDashboard["edition"], "scoreThresholds">;
  sex: Sex;
  today: string;
  /** The page's language, for the dates (English for now). */
  locale?: string;
}

/** UTMB Scores over time, per category, with the thresholds; summarised in text for screen readers. */
export function ScoreChartFigure({ results, edition, sex, today, locale = "en-GB" }: ScoreChartFigureProps) {
  const data = scoreChartData(results, edition.scoreThresholds[sex], today);
  if (data.series.length === 0) return null;
  const dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const show = (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`));
  return (
    <section aria-labelledby="chart-heading" className="space-y-3">
      <h2 id="chart-heading" className="text-xl font-semibold">
        Scores over time
      </h2>
      <figure className="rounded-lg border border-slate-200 bg-white p-3">
        <ScoreChartSection data={data} locale={locale} />
        <figcaption className="mt-2 space-y-1 text-sm text-slate-700">
          {data.series.map((s) => {
            const last = s.points[s.points.length - 1];
            const best = Math.max(...s.points.map((p) => p.score));
            return (
              <span key={s.category} className="block">
                {s.category}: {s.points.length} scored result{s.points.length === 1 ? "" : "s"} from {show(s.points[0]?.date ?? today)} to{" "}
                {show(last?.date ?? today)}; best {best}, latest {last?.score}
                {s.threshold !== null ? `; threshold ${s.threshold} (dashed line)` : "; a 20K never qualifies directly (R7)"}.
              </span>
            );
          })}
          <span className="block">The time axis ends today, {show(today)}. Every score is listed in the results below.</span>
        </figcaption>
      </figure>
    </section>
  );
}
