"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { RaceCategory } from "@/lib/domain/types";

export interface ScorePoint {
  date: string;
  score: number;
  label: string;
}

/** One line per category (R3): its scores, and the R10 threshold of the runner's sex (none for a 20K). */
export interface ChartData {
  series: { category: RaceCategory; points: ScorePoint[]; threshold: number | null }[];
  /** The axis ends today. */
  today: string;
}

const HEIGHT = 224;
const MONTH_SECONDS = 30 * 24 * 60 * 60;
const COLOR: Record<RaceCategory, string> = { "20K": "#64748b", "50K": "#047857", "100K": "#1d4ed8", "100M": "#b45309" };
const axis = { stroke: "#334155", grid: { stroke: "#e2e8f0", width: 1 }, ticks: { stroke: "#cbd5e1", width: 1 }, font: "12px sans-serif" };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;

/**
 * UTMB Scores over time, one series per category (a 20K and a 50K are never joined), each Finals category's
 * threshold dashed, the time axis ending today; dates in the page's language. Drawn with uPlot (a canvas):
 * decorative for screen readers, which get the caption and the results table.
 */
export default function ScoreChart({ data, locale }: { data: ChartData; locale: string }) {
  const t = useTranslations("dashboardUi.chart");
  const hint = t("hint");
  const thresholdLabel = t("thresholdSeries");
  const box = useRef<HTMLDivElement>(null);
  const [readout, setReadout] = useState(hint);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Calendar days at midnight UTC, shown in UTC: a race on 14 June never reads 13 June west of Greenwich.
    // Today is on the axis too, so the threshold lines reach it.
    const scoredDates = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.date)))].sort();
    const xs = [...new Set([...scoredDates, data.today])].sort();
    const x = xs.map(day);
    const end = day(data.today);
    const start = Math.min(x[0] ?? end, end - MONTH_SECONDS);
    const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
    const full = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const scores = data.series.map((s) => xs.map((d) => s.points.find((p) => p.date === d)?.score ?? null));
    const thresholds = data.series.filter((s) => s.threshold !== null);
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height: HEIGHT,
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
      legend: { show: false },
      cursor: { y: false },
      scales: {
        x: { time: true, range: () => [start - MONTH_SECONDS / 2, end] },
        y: {
          range: (_u, min, max) => {
            const all = [min, max, ...thresholds.map((s) => s.threshold ?? min)];
            return [Math.floor(Math.min(...all) - 50), Math.ceil(Math.max(...all) + 50)];
          },
        },
      },
      // At least 72 px between ticks: one label per month or more, never a month twice.
      axes: [{ ...axis, space: 72, values: (_u, ticks) => ticks.map((t) => monthYear.format(new Date(t * 1000))) }, { ...axis, size: 44 }],
      series: [
        {},
        ...data.series.map((s) => ({ label: s.category, stroke: COLOR[s.category], width: 2, spanGaps: true, points: { show: true, size: 7, fill: COLOR[s.category] } })),
        ...thresholds.map((s) => ({ label: `${s.category} ${thresholdLabel}`, stroke: COLOR[s.category], width: 1, dash: [6, 4], points: { show: false } })),
      ],
      hooks: {
        setCursor: [
          (u) => {
            // The race nearest the finger or pointer, wherever it is along the axis (today has no score).
            const left = u.cursor.left;
            if (left === undefined || left < 0) return setReadout(hint);
            const at = u.posToVal(left, "x");
            const date = scoredDates.reduce<string | undefined>((best, d) => (best === undefined || Math.abs(day(d) - at) < Math.abs(day(best) - at) ? d : best), undefined);
            const shown = date ? full.format(new Date(`${date}T00:00:00Z`)) : "";
            const hits = date ? data.series.flatMap((s) => s.points.filter((p) => p.date === date).map((p) => `${s.category} ${p.label} · ${shown} · ${p.score}`)) : [];
            setReadout(hits.length > 0 ? hits.join(" / ") : hint);
          },
        ],
      },
    };
    // Threshold lines: the same value at every x, from the first result to today.
    const rows: (number | null)[][] = [x, ...scores, ...thresholds.map((s) => x.map(() => s.threshold))];
    const plot = new uPlot(options, rows as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 200), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [data, locale, hint, thresholdLabel]);

  return (
    <div aria-hidden="true" className="w-full">
      <p className="h-6 truncate text-sm text-slate-700">{readout}</p>
      <ul className="flex h-6 flex-wrap gap-x-4 text-sm text-slate-700">
        {data.series.map((s) => (
          <li key={s.category} className="flex items-center gap-1">
            <span className="inline-block h-0.5 w-4" style={{ backgroundColor: COLOR[s.category] }} />
            {s.category}
            {s.threshold !== null ? ` ${t("threshold", { threshold: s.threshold })}` : ""}
          </li>
        ))}
      </ul>
      <div ref={box} data-testid="score-chart" className="h-56 w-full" />
    </div>
  );
}
