"use client";

import { useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatDate } from "@/lib/labels";

export interface ScorePoint {
  date: string;
  score: number;
  label: string;
}

const HEIGHT = 224;
const MONTH_SECONDS = 30 * 24 * 60 * 60;
const axis = { stroke: "#334155", grid: { stroke: "#e2e8f0", width: 1 }, ticks: { stroke: "#cbd5e1", width: 1 }, font: "12px sans-serif" };
const HINT = "Touch or hover the line for a race.";

/**
 * UTMB Scores over time, drawn with uPlot (about 20 KB gzipped, on a canvas). Decorative for screen readers,
 * which get the summary and the results table beside it. Touching or hovering a point names the race above
 * the chart, in a line of fixed height, so nothing moves. The section's placeholder has the same height.
 */
export default function ScoreChart({ points }: { points: ScorePoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [readout, setReadout] = useState(HINT);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Calendar days at midnight UTC, shown in UTC: a race on 14 June never reads 13 June west of Greenwich.
    const days = points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / 1000);
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height: HEIGHT,
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
      legend: { show: false },
      // Only the vertical guide: it sits on the race; a horizontal one would follow the finger, not the score.
      cursor: { y: false },
      scales: {
        // A single result still gets a readable axis: a month either side.
        x: { time: true, range: (_u, min, max) => (min === max ? [min - MONTH_SECONDS, max + MONTH_SECONDS] : [min, max]) },
        y: { range: (_u, min, max) => [Math.floor(min - 50), Math.ceil(max + 50)] },
      },
      axes: [axis, { ...axis, size: 44 }],
      series: [{}, { label: "UTMB Score", stroke: "#1d4ed8", width: 2, points: { show: true, size: 7, fill: "#1d4ed8" } }],
      hooks: {
        setCursor: [
          (u) => {
            const point = u.cursor.idx === null || u.cursor.idx === undefined ? undefined : points[u.cursor.idx];
            setReadout(point ? `${point.label} · ${formatDate(point.date)} · ${point.score}` : HINT);
          },
        ],
      },
    };
    const plot = new uPlot(options, [days, points.map((p) => p.score)], element);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 200), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points]);

  return (
    <div aria-hidden="true" className="w-full">
      <p className="h-6 truncate text-sm text-slate-700">{readout}</p>
      <div ref={box} data-testid="score-chart" className="h-56 w-full" />
    </div>
  );
}
