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

function placeText(r: DashboardResult): string {
  const ageGroup = r.ageGroup ? `, ${place(r.placeInAgeGroup)} in ${r.ageGroup}` : "";
  return `${place(r.placeOverall)} overall, ${place(r.placeBySex)} by sex${ageGroup}`;
}

/**
 * Every result, newest first, in one table: columns from the md breakpoint up, one labelled card per
 * result on phones (no sideways scrolling). One markup for both, styled by `.results-table` in
 * app/globals.css, and one text node per cell: the list is most of the dashboard's server rendering
 * time, which grows with the number of elements and text nodes (npm run bench). The explicit roles keep
 * the table semantics when phones restyle it as cards.
 */
export function ResultsList({ results, index, qualificationYear }: ResultsListProps) {
  const countedIn = countedInIndexes(index);
  if (results.length === 0) return <p className="text-slate-700">No results yet.</p>;
  return (
    <table className="results-table" role="table">
      <caption className="sr-only">Results, newest first; highlighted results count toward the UTMB Index</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Date</th>
          <th scope="col" role="columnheader">Event and race</th>
          <th scope="col" role="columnheader">Category</th>
          <th scope="col" role="columnheader">Time</th>
          <th scope="col" role="columnheader">Place</th>
          <th scope="col" role="columnheader">UTMB Score</th>
          <th scope="col" role="columnheader">Qualification</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {results.map((r) => {
          const counted = countedIn.get(r.resultId);
          return (
            <tr key={r.resultId} role="row" className={counted ? "counted" : undefined}>
              <td role="cell">{formatDate(r.date)}</td>
              <td role="cell">
                <span className="race">{`${r.eventName} — ${r.raceName}`}</span>
                <span className="level">{LEVEL_LABEL[r.eventLevel]}</span>
              </td>
              <td role="cell" data-label="Category">{`${r.category ?? "Not scored"} · ${r.kmEffort}\u00a0km-effort`}</td>
              <td role="cell" data-label="Time">
                {r.status === "finisher" ? formatDuration(r.timeSeconds) : STATUS_LABEL[r.status]}
              </td>
              <td role="cell" data-label="Place">{placeText(r)}</td>
              <td role="cell" data-label="UTMB Score">
                {formatScore(r.utmbScore)}
                {counted ? <span className="counts">{`Counts toward: ${counted.join(", ")}`}</span> : null}
              </td>
              <td role="cell" data-label="Qualification">{periodText(r, qualificationYear)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
