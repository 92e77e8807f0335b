"use client";

import { refusalText } from "@/components/requests/refusal-text";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { defaultDirection, type QueueSort, type ReviewQueueFilters, type ReviewQueueRow } from "@/lib/domain/review-queue";
import { formatDate, formatScore } from "@/lib/labels";
import { describeRaces, REQUEST_STATUS_LABEL, REQUEST_TYPE_LABEL, SEX_NAME, statusBadgeClass } from "@/components/requests/labels";
import { EligibilityBadge, marginText } from "./eligibility";

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

function requestLabel(row: ReviewQueueRow): string {
  return `${REQUEST_TYPE_LABEL[row.type]}: ${row.runner.name}`;
}

function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

function StatusCell({ row }: { row: ReviewQueueRow }) {
  return (
    <>
      <span className={statusBadgeClass(row.status)}>{REQUEST_STATUS_LABEL[row.status]}</span>
      {row.reviewerName ? (
        <span className="block text-sm text-slate-700">
          {row.status === "in_review" ? "in review by" : "by"} {row.reviewerName}
        </span>
      ) : null}
    </>
  );
}

function SelectBox({ row, selected, onToggle, id }: { row: ReviewQueueRow; selected: boolean; onToggle: (id: number) => void; id: string }) {
  // Only a submitted request can be taken into review.
  if (row.status !== "submitted") return null;
  return (
    <span className="inline-flex min-h-11 min-w-11 items-center justify-center">
      <input id={id} type="checkbox" checked={selected} onChange={() => onToggle(row.id)} aria-label={`Select ${requestLabel(row)}`} className="h-5 w-5" />
    </span>
  );
}

/** The queue: cards on phones and tablets, a sortable table on wide screens. `data-queue-link` marks what j/k move through. */
export function QueueRows({ rows, filters, query, dimmed, active, selected, onToggle, onSort }: QueueRowsProps) {
  const href = (id: number) => `/elite/requests/${id}${query ? `?${query}` : ""}`;
  const activeClass = (i: number) => (i === active ? "ring-2 ring-brand-700" : "");
  const refusals = useTranslations("refusals");
  const locale = useLocale();
  return (
    <div className={dimmed ? "opacity-60" : undefined}>
      <ul className="space-y-3 lg:hidden" aria-label="Requests">
        {rows.map((row, i) => (
          <li key={row.id} className={`flex gap-2 rounded-lg border border-slate-200 bg-white p-3 ${activeClass(i)}`}>
            <SelectBox row={row} selected={selected.has(row.id)} onToggle={onToggle} id={`select-card-${row.id}`} />
            <div className="min-w-0 space-y-1">
              <Link href={href(row.id)} data-queue-link={i} className="font-semibold text-brand-700 underline">
                {requestLabel(row)}
              </Link>
              <p className="text-sm text-slate-700">
                {row.editionYear} · {describeRaces(row.fromFinalsRace, row.toFinalsRace, "—")} · {SEX_NAME[row.runner.sex]} · waiting {days(row.daysWaiting)}
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <StatusCell row={row} />
                <span>
                  Index {formatScore(row.runnerIndex)} · score {formatScore(row.bestScore)} ({marginText(row.margin)})
                </span>
                <EligibilityBadge eligibility={row.eligibility} />
              </p>
            </div>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse text-left lg:table">
        <caption className="sr-only">Requests to review; column headers with a button sort the list</caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-2">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col" className="py-2 pr-3">Request</th>
            <th scope="col" className="py-2 pr-3">Finals race</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <SortHeader sort="waiting" filters={filters} onSort={onSort}>Waiting</SortHeader>
            <SortHeader sort="submitted" filters={filters} onSort={onSort}>Submitted</SortHeader>
            <SortHeader sort="index" filters={filters} onSort={onSort}>Index</SortHeader>
            <SortHeader sort="score" filters={filters} onSort={onSort}>Best score</SortHeader>
            <SortHeader sort="margin" filters={filters} onSort={onSort}>vs threshold</SortHeader>
            <th scope="col" className="py-2 pr-3">Eligibility</th>
            <th scope="col" className="py-2">Docs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id} className={`border-b border-slate-200 align-top ${i === active ? "bg-brand-50 outline-2 outline-brand-700" : ""}`} aria-current={i === active ? "true" : undefined}>
              <td className="pr-2">
                <SelectBox row={row} selected={selected.has(row.id)} onToggle={onToggle} id={`select-row-${row.id}`} />
              </td>
              <td className="py-2 pr-3">
                <Link href={href(row.id)} data-queue-link={i} aria-label={requestLabel(row)} className="font-medium text-brand-700 underline">
                  {REQUEST_TYPE_LABEL[row.type]}
                </Link>
                <span className="block text-sm text-slate-700">
                  {row.runner.name} · {SEX_NAME[row.runner.sex]}
                  {row.runner.externalId ? ` · ${row.runner.externalId}` : ""}
                </span>
              </td>
              <td className="py-2 pr-3">
                {row.editionYear} · {describeRaces(row.fromFinalsRace, row.toFinalsRace, "—")}
              </td>
              <td className="py-2 pr-3">
                <StatusCell row={row} />
              </td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">{days(row.daysWaiting)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(row.submittedAt.slice(0, 10))}</td>
              <td className="py-2 pr-3 tabular-nums">{formatScore(row.runnerIndex)}</td>
              <td className="py-2 pr-3 tabular-nums">{formatScore(row.bestScore)}</td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">
                {marginText(row.margin)}
                {row.threshold !== null ? <span className="block text-sm text-slate-600">of {row.threshold}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <EligibilityBadge eligibility={row.eligibility} />
                {row.eligibility.eligible ? null : <span className="block max-w-56 text-sm text-slate-700">{refusalText(row.eligibility.refusal, refusals, locale)}</span>}
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
