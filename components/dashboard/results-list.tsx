"use client";

import type { ResultRowView } from "@/components/dashboard/view-model";

/**
 * Every result, newest first, in one table: columns from the md breakpoint up, one labelled card per
 * result on phones (no sideways scrolling). One markup for both, styled by `.results-table` in
 * app/globals.css, which also writes the phone labels. The explicit roles keep the table semantics when
 * phones restyle it as cards. A client component for its props' sake, not for interaction: the rows
 * travel as text (lib/dashboard-view.ts) rather than as elements, the largest part of the dashboard.
 */
export function ResultsList({ rows }: { rows: ResultRowView[] }) {
  if (rows.length === 0) return <p className="text-slate-700">No results yet.</p>;
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
        {rows.map((r) => (
          <tr key={r.resultId} role="row" className={r.countsToward ? "counted" : undefined}>
            <td role="cell">{r.date}</td>
            <td role="cell">
              <span className="race">{r.race}</span>
              <span className="level">{r.level}</span>
            </td>
            <td role="cell" data-label="Category">{r.category}</td>
            <td role="cell" data-label="Time">{r.time}</td>
            <td role="cell" data-label="Place">{r.place}</td>
            <td role="cell" data-label="UTMB Score">
              {r.score}
              {r.countsToward ? <span className="counts">{`Counts toward: ${r.countsToward}`}</span> : null}
            </td>
            <td role="cell" data-label="Qualification">{r.period}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
