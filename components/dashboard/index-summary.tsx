"use client";

import { useTranslations } from "next-intl";
import type { IndexEntryView } from "@/components/dashboard/view-model";

export interface IndexSummaryProps {
  entries: IndexEntryView[];
  explanation: string[];
}

/**
 * R6: the general index and one per category; the counted results are highlighted in the results list.
 * A client component for its props' sake, not for interaction: see lib/dashboard-view.ts.
 */
export function IndexSummary({ entries, explanation }: IndexSummaryProps) {
  const t = useTranslations("dashboardUi.index");
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {entries.map(({ label, value, expired, basis }) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {value}
              {expired ? <span className="ml-1 text-xs font-normal text-amber-800">{t("expired")}</span> : null}
            </dd>
            {basis ? <dd className="text-xs text-slate-600">{basis}</dd> : null}
          </div>
        ))}
      </dl>
      <details className="rounded-lg border border-slate-200 bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("howComputed")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
