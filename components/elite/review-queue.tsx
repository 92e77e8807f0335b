"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, type FormEvent, type ReactNode } from "react";
import type { ReviewQueuePage, ReviewQueueRow } from "@/lib/domain/review-queue";
import { reviewQueueKey } from "@/components/providers/query-client";
import { formatDate } from "@/lib/labels";
import {
  parseQueueSearchParams,
  QUEUE_PARAM_NAMES,
  queueSearchParams,
  type ReviewQueueFilters,
} from "@/lib/validations/review-queue";
import { REQUEST_TYPES } from "@/lib/domain/requests";
import { describeRaces, REQUEST_STATUS_LABEL, REQUEST_TYPE_LABEL, SEX_NAME, statusBadgeClass } from "@/components/requests/labels";

/** Live refresh of the queue while the page is open. */
const REFRESH_INTERVAL_MS = 30_000;

async function fetchQueue(filters: ReviewQueueFilters, signal: AbortSignal): Promise<ReviewQueuePage> {
  const response = await fetch(`/api/elite/requests?${queueSearchParams(filters).toString()}`, {
    signal,
    headers: { Accept: "application/json" },
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new Error(typeof message === "string" ? message : "The queue could not be loaded.");
  }
  return body as ReviewQueuePage;
}

/** Changes the URL (so a filtered view can be shared) without a server round trip: React Query fetches. */
function navigate(filters: ReviewQueueFilters) {
  const query = queueSearchParams(filters).toString();
  window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
}

const STATUS_OPTIONS = [
  ["open", "Open (submitted or in review)"],
  ["submitted", "Submitted"],
  ["in_review", "In review"],
  ["approved", "Approved"],
  ["rejected", "Rejected"],
  ["withdrawn", "Withdrawn"],
  ["all", "All statuses"],
] as const;

const RACE_OPTIONS = [
  ["", "All races"],
  ["OCC", "OCC"],
  ["CCC", "CCC"],
  ["UTMB", "UTMB"],
] as const;

const SEX_OPTIONS = [
  ["", "Women and men"],
  ["F", "Women"],
  ["M", "Men"],
] as const;

const controlClass = "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export interface ReviewQueueProps {
  /** Editions offered in the edition filter. */
  editions: number[];
}

/** The elite team's queue: filters in the URL, paging, manual and periodic refresh, a table or (phones) a list. */
export function ReviewQueue({ editions }: ReviewQueueProps) {
  const searchParams = useSearchParams();
  const paramsText = searchParams.toString();
  const filters = useMemo(() => parseQueueSearchParams(new URLSearchParams(paramsText)), [paramsText]);

  const query = useQuery({
    queryKey: reviewQueueKey(filters),
    queryFn: ({ signal }) => fetchQueue(filters, signal),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_INTERVAL_MS,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const raw = new URLSearchParams();
    for (const name of QUEUE_PARAM_NAMES) {
      const value = data.get(name);
      if (typeof value === "string" && value.trim() !== "") raw.set(name, value.trim());
    }
    raw.delete("page");
    navigate(parseQueueSearchParams(raw));
  }

  const page = query.data;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const updatedAt = query.dataUpdatedAt ? new Date(query.dataUpdatedAt).toISOString().slice(11, 19) : null;

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} key={paramsText} aria-labelledby="filters-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="filters-heading" className="text-lg font-semibold">
          Filters
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <FilterField id="queue-q" label="Runner name or id" className="sm:col-span-2">
            <input id="queue-q" name="q" type="search" defaultValue={filters.q ?? ""} autoComplete="off" className={controlClass} />
          </FilterField>
          <FilterSelect
            id="queue-type"
            name="type"
            label="Type"
            defaultValue={filters.type ?? ""}
            options={[["", "All types"], ...REQUEST_TYPES.map((t) => [t, REQUEST_TYPE_LABEL[t]] as const)]}
          />
          <FilterSelect id="queue-status" name="status" label="Status" defaultValue={filters.status} options={STATUS_OPTIONS} />
          <FilterSelect
            id="queue-edition"
            name="edition"
            label="Edition"
            defaultValue={filters.edition ?? ""}
            options={[["", "All editions"], ...editions.map((year) => [String(year), String(year)] as const)]}
          />
          <FilterSelect id="queue-race" name="race" label="Finals race" defaultValue={filters.race ?? ""} options={RACE_OPTIONS} />
          <FilterSelect id="queue-sex" name="sex" label="Sex" defaultValue={filters.sex ?? ""} options={SEX_OPTIONS} />
          <FilterField id="queue-from" label="Submitted from">
            <input id="queue-from" name="from" type="date" defaultValue={filters.from ?? ""} className={controlClass} />
          </FilterField>
          <FilterField id="queue-to" label="Submitted to">
            <input id="queue-to" name="to" type="date" defaultValue={filters.to ?? ""} className={controlClass} />
          </FilterField>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="min-h-11 w-full rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900 sm:w-auto">
            Apply filters
          </button>
          <button
            type="button"
            onClick={() => navigate(parseQueueSearchParams(new URLSearchParams()))}
            className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-5 font-medium hover:bg-slate-50 sm:w-auto"
          >
            Clear filters
          </button>
        </div>
      </form>

      <section aria-labelledby="queue-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="queue-heading" className="text-xl font-semibold">
            Requests
          </h2>
          <button
            type="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70"
          >
            {query.isFetching ? "Refreshing…" : "Refresh"}
          </button>
        </div>
        <p aria-live="polite" aria-atomic="true" className="text-sm text-slate-700">
          {query.isError
            ? query.error.message
            : page
              ? `${page.total} request${page.total === 1 ? "" : "s"} · page ${page.page} of ${pageCount}${updatedAt ? ` · updated ${updatedAt} UTC` : ""}${query.isPlaceholderData ? " · loading…" : ""}`
              : "Loading…"}
        </p>

        {page && page.rows.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">No request matches these filters.</p> : null}
        {page && page.rows.length > 0 ? <QueueRows rows={page.rows} dimmed={query.isPlaceholderData} /> : null}

        {page && pageCount > 1 ? (
          <nav aria-label="Pages" className="flex items-center justify-between gap-3">
            <PageButton disabled={filters.page <= 1} onClick={() => navigate({ ...filters, page: filters.page - 1 })}>
              Previous page
            </PageButton>
            <span className="text-sm text-slate-700">
              Page {filters.page} of {pageCount}
            </span>
            <PageButton disabled={filters.page >= pageCount} onClick={() => navigate({ ...filters, page: filters.page + 1 })}>
              Next page
            </PageButton>
          </nav>
        ) : null}
      </section>
    </div>
  );
}

interface FilterFieldProps {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}

/** One filter: a visible label tied to its control. */
function FilterField({ id, label, className, children }: FilterFieldProps) {
  return (
    <div className={className ? `space-y-1 ${className}` : "space-y-1"}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string | number;
  /** [value, label] pairs, in order. */
  options: readonly (readonly [string, string])[];
}

function FilterSelect({ id, name, label, defaultValue, options }: FilterSelectProps) {
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={name} defaultValue={defaultValue} className={controlClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

function PageButton({ disabled, onClick, children }: { disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium disabled:opacity-50"
    >
      {children}
    </button>
  );
}

function StatusBadge({ status }: { status: ReviewQueueRow["status"] }) {
  return <span className={statusBadgeClass(status)}>{REQUEST_STATUS_LABEL[status]}</span>;
}

function requestLabel(row: ReviewQueueRow): string {
  return `${REQUEST_TYPE_LABEL[row.type]}: ${row.runner.name}`;
}

/** A table from the medium breakpoint up; a list of cards on phones (no sideways scrolling). */
function QueueRows({ rows, dimmed }: { rows: ReviewQueueRow[]; dimmed: boolean }) {
  return (
    <div className={dimmed ? "opacity-60" : undefined}>
      <ul className="space-y-3 md:hidden" aria-label="Requests">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/elite/requests/${row.id}`} className="font-semibold text-brand-700 underline">
              {requestLabel(row)}
            </Link>
            <p className="mt-1 text-sm text-slate-700">
              {row.editionYear} · {describeRaces(row.fromFinalsRace, row.toFinalsRace, "—")} · {SEX_NAME[row.runner.sex]}
              {row.runner.nationality ? ` · ${row.runner.nationality}` : ""}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <StatusBadge status={row.status} /> Submitted {formatDate(row.submittedAt.slice(0, 10))} · {row.documentsCount} document
              {row.documentsCount === 1 ? "" : "s"}
            </p>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">Requests to review</caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-3">Request</th>
            <th scope="col" className="py-2 pr-3">Edition</th>
            <th scope="col" className="py-2 pr-3">Finals race</th>
            <th scope="col" className="py-2 pr-3">Runner</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Submitted</th>
            <th scope="col" className="py-2">Documents</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <Link href={`/elite/requests/${row.id}`} aria-label={requestLabel(row)} className="font-medium text-brand-700 underline">
                  {REQUEST_TYPE_LABEL[row.type]}
                </Link>
              </td>
              <td className="py-2 pr-3 tabular-nums">{row.editionYear}</td>
              <td className="py-2 pr-3">{describeRaces(row.fromFinalsRace, row.toFinalsRace, "—")}</td>
              <td className="py-2 pr-3">
                {row.runner.name}
                <span className="block text-sm text-slate-600">
                  {SEX_NAME[row.runner.sex]}
                  {row.runner.nationality ? ` · ${row.runner.nationality}` : ""}
                  {row.runner.externalId ? ` · ${row.runner.externalId}` : ""}
                </span>
              </td>
              <td className="py-2 pr-3">
                <StatusBadge status={row.status} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(row.submittedAt.slice(0, 10))}</td>
              <td className="py-2 tabular-nums">{row.documentsCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
