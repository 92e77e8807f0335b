"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChartData } from "./score-chart";

/** The chart's height: its readout line (h-6), its legend (h-6) and its plot (h-56). */
function ChartPlaceholder() {
  return <div className="h-68 w-full animate-pulse rounded bg-slate-100" />;
}

// The chart (uPlot, about 20 KB gzipped) stays out of the dashboard's first-load JS...
const ScoreChart = dynamic(() => import("./score-chart"), { ssr: false, loading: ChartPlaceholder });

/** How far below the screen the chart starts loading, so it is usually drawn by the time it scrolls in. */
const LOAD_MARGIN = "400px";

/**
 * ...and is fetched only when the chart comes near the screen: on a phone it sits below the status and the
 * index, and a runner who only checks their status never downloads it. The placeholder has the chart's height,
 * so nothing moves when it arrives.
 */
export function ScoreChartSection({ data, locale }: { data: ChartData; locale: string }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = anchor.current;
    if (near || !element) return;
    // Every browser the portal supports has IntersectionObserver (since 2019).
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: LOAD_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return <div ref={anchor}>{near ? <ScoreChart data={data} locale={locale} /> : <ChartPlaceholder />}</div>;
}
