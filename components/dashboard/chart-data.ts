import type { RunnerDashboard } from "@/lib/domain/runner-dashboard";
import { RACE_CATEGORIES, type FinalsCategory } from "@/lib/domain/types";
import type { ChartData } from "./score-chart";

/** The chart's data: one series per category with a scored finish, and the R10 threshold of each Finals category. */
export function scoreChartData(results: RunnerDashboard["results"], thresholds: Record<FinalsCategory, number>, today: string): ChartData {
  const scored = results.filter((r) => r.utmbScore !== null && r.status === "finisher" && r.category !== null);
  const series = RACE_CATEGORIES.flatMap((category) => {
    const points = scored
      .filter((r) => r.category === category)
      .map((r) => ({ date: r.date, score: Math.round(r.utmbScore ?? 0), label: `${r.eventName} — ${r.raceName}` }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return points.length > 0 ? [{ category, points, threshold: category === "20K" ? null : thresholds[category] }] : [];
  });
  return { series, today };
}
