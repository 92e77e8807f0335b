"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScorePoint {
  date: string;
  score: number;
  label: string;
}

/** Recharts line of UTMB Scores over time; decorative for screen readers, which get the table beside it. */
export default function ScoreChart({ points }: { points: ScorePoint[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="date" tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis domain={["dataMin - 50", "dataMax + 50"]} tick={{ fontSize: 12 }} width={40} />
          <Tooltip formatter={(value) => [value, "UTMB Score"]} labelFormatter={(label, payload) => payload?.[0]?.payload?.label ?? label} />
          <Line type="monotone" dataKey="score" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
