"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatMomentDay } from "@/lib/format/dates";
import { defaultDirection, type QueueSort, type ReviewQueueFilters, type ReviewQueueRow } from "@/lib/domain/review-queue";
import { formatScore } from "@/lib/format/labels";
import { statusBadgeClass } from "@/components/requests/labels";
import { EligibilityBadge, marginText, useRefusalText } from "./eligibility";

export interface QueueRowsProps {
  rows: ReviewQueueRow[];
  filters: ReviewQueueFilters;
  /** The queue's search params, carried to the request page ("back", "decide and open next"). */
  query: string;
  dimmed: boolean;
  active: number;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onSort: (sort: QueueSort, dir: ReviewQueueFilters["dir"]) => void;
}

/** The words of a row: "Change of category: Ana Núñez", its races, its waiting time. */
function useRowText() {
  const t = useTranslations("eliteQueue.rows");
  const labels = useTranslations("labels");
  return {
    t,
    labels,
    request: (row: ReviewQueueRow) => t("request", { type: labels(`requestType.${row.type}`), name: row.runner.name }),
    races: (row: ReviewQueueRow) =>
      row.fromFinalsRace && row.toFinalsRace ? labels("races", { from: row.fromFinalsRace, to: row.toFinalsRace }) : (row.fromFinalsRace ?? row.toFinalsRace ?? "—"),
    days: (n: number) => t("days", { count: n }),
  };
}

function StatusCell({ row }: { row: ReviewQueueRow }) {
  const { t, labels } = useRowText();
  return (
    <>
      <span className={statusBadgeClass(row.status)}>{labels(`requestStatus.${row.status}`)}</span>
      {row.reviewerName ? (
        <span className="block text-sm text-slate-700">{row.status === "in_review" ? t("inReviewBy", { name: row.reviewerName }) : t("by", { name: row.reviewerName })}</span>
      ) : null}
    </>
  );
}

function SelectBox({ row, selected, onToggle, id }: { row: ReviewQueueRow; selected: boolean; onToggle: (id: number) => void; id: string }) {
  const text = useRowText();
  // Only a submitted request can be taken into review.
  if (row.status !== "submitted") return null;
  return (
    <span className="inline-flex min-h-11 min-w-11 items-center justify-center">
      <input id={id} type="checkbox" checked={selected} onChange={() => onToggle(row.id)} aria-label={text.t("select", { request: text.request(row) })} className="h-5 w-5" />
    </span>
  );
}

/** The queue: cards on phones and tablets, a sortable table on wide screens. `data-queue-link` marks what j/k move through. */
export function QueueRows({ rows, filters, query, dimmed, active, selected, onToggle, onSort }: QueueRowsProps) {
  const { t, labels, request, races, days } = useRowText();
  const refusalText = useRefusalText();
  const cardsLabel = useTranslations("eliteQueue")("requests");
  const locale = useLocale();
  const href = (id: number) => `/elite/requests/${id}${query ? `?${query}` : ""}`;
  const activeClass = (i: number) => (i === active ? "ring-2 ring-brand-700" : "");
  return (
    <div className={dimmed ? "opacity-60" : undefined}>
      <ul className="space-y-3 lg:hidden" aria-label={cardsLabel}>
        {rows.map((row, i) => (
          <li key={row.id} className={`flex gap-2 rounded-lg border border-slate-200 bg-white p-3 ${activeClass(i)}`}>
            <SelectBox row={row} selected={selected.has(row.id)} onToggle={onToggle} id={`select-card-${row.id}`} />
            <div className="min-w-0 space-y-1">
              <Link href={href(row.id)} data-queue-link={i} className="font-semibold text-brand-700 underline">
                {request(row)}
              </Link>
              <p className="text-sm text-slate-700">
                {row.editionYear} · {races(row)} · {labels(`sexName.${row.runner.sex}`)} · {t("waiting", { days: days(row.daysWaiting) })}
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <StatusCell row={row} />
                <span>{t("scores", { index: formatScore(row.runnerIndex), score: formatScore(row.bestScore), margin: marginText(row.margin) })}</span>
                <EligibilityBadge eligibility={row.eligibility} />
              </p>
            </div>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse text-left lg:table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-2">
              <span className="sr-only">{t("selectColumn")}</span>
            </th>
            <th scope="col" className="py-2 pr-3">{t("requestColumn")}</th>
            <th scope="col" className="py-2 pr-3">{t("raceColumn")}</th>
            <th scope="col" className="py-2 pr-3">{t("statusColumn")}</th>
            <SortHeader sort="waiting" filters={filters} onSort={onSort}>{t("waitingColumn")}</SortHeader>
            <SortHeader sort="submitted" filters={filters} onSort={onSort}>{t("submittedColumn")}</SortHeader>
            <SortHeader sort="index" filters={filters} onSort={onSort}>{t("indexColumn")}</SortHeader>
            <SortHeader sort="score" filters={filters} onSort={onSort}>{t("scoreColumn")}</SortHeader>
            <SortHeader sort="margin" filters={filters} onSort={onSort}>{t("marginColumn")}</SortHeader>
            <th scope="col" className="py-2 pr-3">{t("eligibilityColumn")}</th>
            <th scope="col" className="py-2">{t("documentsColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id} className={`border-b border-slate-200 align-top ${i === active ? "bg-brand-50 outline-2 outline-brand-700" : ""}`} aria-current={i === active ? "true" : undefined}>
              <td className="pr-2">
                <SelectBox row={row} selected={selected.has(row.id)} onToggle={onToggle} id={`select-row-${row.id}`} />
              </td>
              <td className="py-2 pr-3">
                <Link href={href(row.id)} data-queue-link={i} aria-label={request(row)} className="font-medium text-brand-700 underline">
                  {labels(`requestType.${row.type}`)}
                </Link>
                <span className="block text-sm text-slate-700">
                  {row.runner.name} · {labels(`sexName.${row.runner.sex}`)}
                  {row.runner.externalId ? ` · ${row.runner.externalId}` : ""}
                </span>
              </td>
              <td className="py-2 pr-3">
                {row.editionYear} · {races(row)}
              </td>
              <td className="py-2 pr-3">
                <StatusCell row={row} />
              </td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">{days(row.daysWaiting)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatMomentDay(row.submittedAt, locale)}</td>
              <td className="py-2 pr-3 tabular-nums">{formatScore(row.runnerIndex)}</td>
              <td className="py-2 pr-3 tabular-nums">{formatScore(row.bestScore)}</td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">
                {marginText(row.margin)}
                {row.threshold !== null ? <span className="block text-sm text-slate-600">{t("ofThreshold", { threshold: row.threshold })}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <EligibilityBadge eligibility={row.eligibility} />
                {row.eligibility.eligible ? null : <span className="block max-w-56 text-sm text-slate-700">{refusalText(row.eligibility.refusal)}</span>}
              </td>
              <td className="py-2 tabular-nums">{row.documentsCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ sort, filters, onSort, children }: { sort: QueueSort; filters: ReviewQueueFilters; onSort: QueueRowsProps["onSort"]; children: ReactNode }) {
  const current = filters.sort === sort;
  const ariaSort = current ? (filters.dir === "asc" ? "ascending" : "descending") : undefined;
  const next = current ? (filters.dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
  return (
    <th scope="col" aria-sort={ariaSort} className="py-2 pr-3">
      <button type="button" onClick={() => onSort(sort, next)} className="inline-flex min-h-11 items-center gap-1 font-semibold underline decoration-dotted">
        {children}
        <span aria-hidden="true">{current ? (filters.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );
}
