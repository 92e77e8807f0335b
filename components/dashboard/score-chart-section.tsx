"use client";

import dynamic from "next/dynamic";
import type { ScorePoint } from "./score-chart";

// The chart library loads after the page is interactive, keeping it out of the dashboard's first-load JS.
const ScoreChart = dynamic(() => import("./score-chart"), {
  ssr: false,
  loading: () => <div className="h-56 w-full animate-pulse rounded bg-slate-100" />,
});

export function ScoreChartSection({ points }: { points: ScorePoint[] }) {
  return <ScoreChart points={points} />;
}
