"use client";

import { useTranslations } from "next-intl";
import type { FinalsStatusView } from "./finals-status-view";

/**
 * R13: one card per Finals race, qualified with every reason, or not with what came closest and what is
 * still possible. A client component for its props' sake, not for interaction: see lib/dashboard-view.ts.
 */
export function FinalsStatusCards({ cards }: { cards: FinalsStatusView[] }) {
  const t = useTranslations("dashboardUi.status");
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {cards.map(({ finalsRace, title, qualified, provisional, moved, tooClose, lines }) => (
        <article
          key={finalsRace}
          aria-labelledby={`finals-${finalsRace}`}
          className={`rounded-lg border bg-white p-4 ${qualified ? "border-emerald-600" : "border-slate-200"}`}
        >
          <h3 id={`finals-${finalsRace}`} className="text-lg font-semibold">
            {title}
          </h3>
          <p className={`mt-1 font-semibold ${qualified ? "text-emerald-800" : "text-slate-700"}`}>
            {qualified ? t(provisional ? "provisionallyQualified" : "qualified") : (moved ?? t(tooClose ? "tooClose" : "notQualified"))}
          </p>
          {qualified ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <div className="mt-2 space-y-2 text-sm text-slate-700">
              {lines.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
          )}
        </article>
      ))}
    </div>
  );
}
