import type { RunnerDashboard } from "@/lib/domain/runner-dashboard";
import type { Sex } from "@/lib/domain/types";
import { formatDay } from "@/lib/format/dates";
import { intlLocale, type Words } from "@/lib/i18n/words";
import { scoreChartData } from "./chart-data";
import { ScoreChartSection } from "./score-chart-section";

export interface ScoreChartFigureProps {
  results: RunnerDashboard["results"];
  edition: Pick<RunnerDashboard["edition"], "scoreThresholds">;
  sex: Sex;
  today: string;
  /** The page's language: the caption's words and the dates, also on the chart's axis. */
  words: Words;
}

/** UTMB Scores over time, per category, with the thresholds; summarised in text for screen readers. */
export function ScoreChartFigure({ results, edition, sex, today, words: { t, locale } }: ScoreChartFigureProps) {
  const data = scoreChartData(results, edition.scoreThresholds[sex], today);
  if (data.series.length === 0) return null;
  const show = (iso: string) => formatDay(iso, locale);
  return (
    <section aria-labelledby="chart-heading" className="space-y-3">
      <h2 id="chart-heading" className="text-xl font-semibold">
        {t("dashboard.chart.heading")}
      </h2>
      <figure className="rounded-lg border border-slate-200 bg-white p-3">
        <ScoreChartSection data={data} locale={intlLocale(locale)} />
        <figcaption className="mt-2 space-y-1 text-sm text-slate-700">
          {data.series.map((s) => {
            const last = s.points[s.points.length - 1];
            const values = {
              category: s.category,
              count: s.points.length,
              first: show(s.points[0]?.date ?? today),
              last: show(last?.date ?? today),
              best: Math.max(...s.points.map((p) => p.score)),
              latest: last?.score ?? 0,
            };
            return (
              <span key={s.category} className="block">
                {s.threshold !== null ? t("dashboard.chart.series", { ...values, threshold: s.threshold }) : t("dashboard.chart.series20k", values)}
              </span>
            );
          })}
          <span className="block">{t("dashboard.chart.axisEnd", { today: show(today) })}</span>
        </figcaption>
      </figure>
    </section>
  );
}
