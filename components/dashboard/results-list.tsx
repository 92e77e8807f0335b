import type { DashboardResult } from "@/lib/data/dashboard";
import type { UtmbIndex } from "@/lib/domain/utmb-index";
import { formatDate, formatDuration, formatScore, LEVEL_LABEL, ordinal, STATUS_LABEL } from "@/lib/format";

export interface ResultsListProps {
  results: DashboardResult[];
  /** R6: the runner's index, to highlight the results that count toward it. */
  index: UtmbIndex;
  qualificationYear: number;
}

/** Result id -> the indexes it counts toward ("General", "100K"). */
function countedInIndexes(index: UtmbIndex): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const add = (ids: (string | number)[] | undefined, label: string) => {
    for (const id of ids ?? []) map.set(Number(id), [...(map.get(Number(id)) ?? []), label]);
  };
  add(index.general?.countedResultIds, "General");
  for (const [category, value] of Object.entries(index.byCategory)) add(value?.countedResultIds, category);
  return map;
}

function place(value: number | null): string {
  return value === null ? "—" : ordinal(value);
}

function periodText(r: DashboardResult, year: number): string {
  if (!r.inQualificationPeriod) return "Outside the period";
  return `In the ${year} period`;
}

/** Every result; a table from the small breakpoint up, a list of cards on phones (no sideways scrolling). */
export function ResultsList({ results, index, qualificationYear }: ResultsListProps) {
  const countedIn = countedInIndexes(index);
  if (results.length === 0) return <p className="text-slate-700">No results yet.</p>;
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label="Results">
        {results.map((r) => {
          const counted = countedIn.get(r.resultId);
          return (
            <li
              key={r.resultId}
              className={`rounded-lg border bg-white p-3 ${counted ? "border-brand-600" : "border-slate-200"}`}
            >
              <p className="text-sm text-slate-600">
                {formatDate(r.date)} · {LEVEL_LABEL[r.eventLevel]}
              </p>
              <p className="font-semibold">
                {r.eventName} — {r.raceName}
              </p>
              <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">Category</dt>
                <dd>
                  {r.category ?? "Not scored"} · {r.kmEffort} km-effort
                </dd>
                <dt className="text-slate-600">Time</dt>
                <dd>{r.status === "finisher" ? formatDuration(r.timeSeconds) : STATUS_LABEL[r.status]}</dd>
                <dt className="text-slate-600">Place</dt>
                <dd>
                  {place(r.placeOverall)} overall, {place(r.placeBySex)} by sex
                  {r.ageGroup ? `, ${place(r.placeInAgeGroup)} in ${r.ageGroup}` : ""}
                </dd>
                <dt className="text-slate-600">UTMB Score</dt>
                <dd>{formatScore(r.utmbScore)}</dd>
                <dt className="text-slate-600">Qualification</dt>
                <dd>{periodText(r, qualificationYear)}</dd>
              </dl>
              {counted ? <p className="mt-2 text-sm font-medium text-brand-700">Counts toward: {counted.join(", ")}</p> : null}
            </li>
          );
        })}
      </ul>
      <div className="hidden md:block">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Your results, newest first</caption>
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-2 font-medium">Date</th>
              <th scope="col" className="py-2 pr-2 font-medium">Event and race</th>
              <th scope="col" className="py-2 pr-2 font-medium">Category</th>
              <th scope="col" className="py-2 pr-2 font-medium">Time</th>
              <th scope="col" className="py-2 pr-2 font-medium">Overall / sex / age group</th>
              <th scope="col" className="py-2 pr-2 font-medium">Score</th>
              <th scope="col" className="py-2 font-medium">Period</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const counted = countedIn.get(r.resultId);
              return (
                <tr key={r.resultId} className={`border-b border-slate-200 ${counted ? "bg-brand-50" : ""}`}>
                  <td className="py-2 pr-2 whitespace-nowrap">{formatDate(r.date)}</td>
                  <td className="py-2 pr-2">
                    <span className="font-medium">{r.eventName}</span> — {r.raceName}
                    <span className="block text-xs text-slate-600">{LEVEL_LABEL[r.eventLevel]}</span>
                  </td>
                  <td className="py-2 pr-2">
                    {r.category ?? "Not scored"}
                    <span className="block text-xs text-slate-600">{r.kmEffort} km-effort</span>
                  </td>
                  <td className="py-2 pr-2 tabular-nums">
                    {r.status === "finisher" ? formatDuration(r.timeSeconds) : STATUS_LABEL[r.status]}
                  </td>
                  <td className="py-2 pr-2">
                    {place(r.placeOverall)} / {place(r.placeBySex)}
                    {r.ageGroup ? ` / ${place(r.placeInAgeGroup)} ${r.ageGroup}` : ""}
                  </td>
                  <td className="py-2 pr-2 tabular-nums">
                    {formatScore(r.utmbScore)}
                    {counted ? <span className="block text-xs font-medium text-brand-700">Counts: {counted.join(", ")}</span> : null}
                  </td>
                  <td className="py-2">{periodText(r, qualificationYear)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
