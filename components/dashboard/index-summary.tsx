import type { UtmbIndex } from "@/lib/domain/utmb-index";
import { RACE_CATEGORIES } from "@/lib/domain/types";

export interface IndexSummaryProps {
  index: UtmbIndex;
  explanation: string[];
}

/** R6: the general index and one per category; the counted results are highlighted in the results list. */
export function IndexSummary({ index, explanation }: IndexSummaryProps) {
  const entries = [
    { label: "General", value: index.general },
    ...RACE_CATEGORIES.map((c) => ({ label: c, value: index.byCategory[c] })),
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {entries.map(({ label, value }) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {value ? value.value : "—"}
              {value && !value.valid ? <span className="ml-1 text-xs font-normal text-amber-800">(expired)</span> : null}
            </dd>
            {value ? (
              <dd className="text-xs text-slate-600">
                from {value.countedResultIds.length} result{value.countedResultIds.length === 1 ? "" : "s"}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <details className="rounded-lg border border-slate-200 bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">How your index is computed</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
