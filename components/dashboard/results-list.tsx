"use client";

import { useTranslations } from "next-intl";
import type { ResultRowView } from "@/components/dashboard/view-model";

/**
 * Every result, newest first, in one table: columns from the md breakpoint up, one labelled card per
 * result on phones (no sideways scrolling). One markup for both, styled by `.results-table` in
 * app/globals.css, which also writes the phone labels. The explicit roles keep the table semantics when
 * phones restyle it as cards. A client component for its props' sake, not for interaction: the rows
 * travel as text (lib/dashboard-view.ts) rather than as elements, the largest part of the dashboard.
 */
export function ResultsList({ rows }: { rows: ResultRowView[] }) {
  const t = useTranslations("dashboardUi.results");
  if (rows.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <table className="results-table" role="table">
      <caption className="sr-only">{t("caption")}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t("date")}</th>
          <th scope="col" role="columnheader">{t("race")}</th>
          <th scope="col" role="columnheader">{t("category")}</th>
          <th scope="col" role="columnheader">{t("time")}</th>
          <th scope="col" role="columnheader">{t("place")}</th>
          <th scope="col" role="columnheader">{t("score")}</th>
          <th scope="col" role="columnheader">{t("qualification")}</th>
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
            <td role="cell" data-label={t("category")}>{r.category}</td>
            <td role="cell" data-label={t("time")}>{r.time}</td>
            <td role="cell" data-label={t("place")}>{r.place}</td>
            <td role="cell" data-label={t("score")}>
              {r.score}
              {r.countsToward ? <span className="counts">{t("countsToward", { indexes: r.countsToward })}</span> : null}
            </td>
            <td role="cell" data-label={t("qualification")}>{r.period}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
