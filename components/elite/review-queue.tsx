"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { formatTime } from "@/lib/format/dates";
import type { ReviewQueuePage } from "@/lib/domain/review-queue";
import { REVIEW_QUEUE_KEY, reviewQueueKey } from "@/components/providers/query-client";
import { parseQueueSearchParams, queueSearchParams, type ReviewQueueFilters } from "@/lib/validations/review-queue";
import { BulkStartForm } from "./bulk-start-form";
import { QueueFilters } from "./queue-filters";
import { QueueHelp } from "./queue-help";
import { QueueRows } from "./queue-rows";
import { queueLink, useQueueKeys } from "./use-queue-keys";

/** Live refresh of the queue while the page is open. */
const REFRESH_INTERVAL_MS = 30_000;

/** The queue's page from the API; `failed` is said when the API gives no message of its own (it answers in the page's language). */
async function fetchQueue(filters: ReviewQueueFilters, signal: AbortSignal, failed: string): Promise<ReviewQueuePage> {
  const response = await fetch(`/api/elite/requests?${queueSearchParams(filters).toString()}`, { signal, headers: { Accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new Error(typeof message === "string" ? message : failed);
  }
  return body as ReviewQueuePage;
}

/** Changes the URL (so a view can be shared) without a server round trip: React Query fetches. */
function navigate(filters: ReviewQueueFilters, how: "push" | "replace" = "push") {
  const query = queueSearchParams(filters).toString();
  const url = query ? `?${query}` : window.location.pathname;
  if (how === "replace") window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

export interface ReviewQueueProps {
  /** Editions offered in the edition filter. */
  editions: number[];
}

/** The elite team's queue: filters, sort and page in the URL; keyboard triage; bulk "start review". */
export function ReviewQueue({ editions }: ReviewQueueProps) {
  const t = useTranslations("eliteQueue");
  const locale = useLocale();
  const searchParams = useSearchParams();
  const paramsText = searchParams.toString();
  const filters = useMemo(() => parseQueueSearchParams(new URLSearchParams(paramsText)), [paramsText]);
  const query = useMemo(() => queueSearchParams(filters).toString(), [filters]);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [resetKey, setResetKey] = useState(0);
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const helpRef = useRef<HTMLDialogElement>(null);

  const result = useQuery({
    queryKey: reviewQueueKey(filters),
    queryFn: ({ signal }) => fetchQueue(filters, signal, t("loadFailed")),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_INTERVAL_MS,
  });
  const page = result.data;
  const rows = useMemo(() => page?.rows ?? [], [page]);
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;

  // A new view starts with no current row and no selection (reset while rendering, React's pattern for this).
  const [view, setView] = useState(paramsText);
  if (view !== paramsText) {
    setView(paramsText);
    setActive(-1);
    setSelected(new Set());
  }
  // Back/forward: the fields show the URL's filters again.
  useEffect(() => {
    const onPop = () => setResetKey((k) => k + 1);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const toggleId = useCallback((id: number) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const open = useCallback((index: number) => {
    const link = queueLink(index);
    if (link) router.push(link.getAttribute("href") ?? "/elite");
  }, [router]);
  const toggle = useCallback((index: number) => {
    const row = rows[index];
    if (row?.status === "submitted") toggleId(row.id);
  }, [rows, toggleId]);
  const help = useCallback(() => {
    const dialog = helpRef.current;
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }, []);
  const start = useCallback(() => {
    const form = document.getElementById("bulk-start-form");
    if (form instanceof HTMLFormElement && selected.size > 0) form.requestSubmit();
  }, [selected]);
  useQueueKeys({ count: rows.length, active, setActive, open, toggle, start, help });
  const onBulkDone = useCallback(() => {
    setSelected(new Set());
    void queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY });
  }, [queryClient]);

  const updatedAt = result.dataUpdatedAt ? formatTime(new Date(result.dataUpdatedAt), locale) : null;
  return (
    <div className="space-y-4">
      <QueueFilters
        filters={filters}
        editions={editions}
        resetKey={resetKey}
        onChange={(f, how) => navigate(f, how)}
      />

      <section aria-labelledby="queue-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="queue-heading" className="text-xl font-semibold">
            {t("requests")}
          </h2>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={help} className="hidden min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium hover:bg-slate-50 lg:inline-block">
              {t("shortcuts")} <kbd className="font-mono">?</kbd>
            </button>
            <button
              type="button"
              onClick={() => void result.refetch()}
              disabled={result.isFetching}
              className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70"
            >
              {result.isFetching ? t("refreshing") : t("refresh")}
            </button>
          </div>
        </div>
        <p aria-live="polite" aria-atomic="true" className="text-sm text-slate-700">
          {result.isError
            ? result.error.message
            : page
              ? `${t("count", { total: page.total, page: page.page, pages: pageCount })}${updatedAt ? t("updated", { time: updatedAt }) : ""}${result.isPlaceholderData ? t("loadingMore") : ""}`
              : t("loading")}
        </p>
        {/* Always mounted, so its confirmation stays after the started requests leave the view. */}
        <BulkStartForm selected={[...selected]} onDone={onBulkDone} />

        {page && rows.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">{t("empty")}</p> : null}
        {rows.length > 0 ? (
          <QueueRows
            rows={rows}
            filters={filters}
            query={query}
            dimmed={result.isPlaceholderData}
            active={active}
            selected={selected}
            onToggle={toggleId}
            onSort={(sort, dir) => navigate({ ...filters, sort, dir, page: 1 })}
          />
        ) : null}

        {page && pageCount > 1 ? (
          <nav aria-label={t("pages")} className="flex items-center justify-between gap-3">
            <PageButton disabled={filters.page <= 1} onClick={() => navigate({ ...filters, page: filters.page - 1 })}>
              {t("previousPage")}
            </PageButton>
            <span className="text-sm text-slate-700">
              {t("pageOf", { page: filters.page, pages: pageCount })}
            </span>
            <PageButton disabled={filters.page >= pageCount} onClick={() => navigate({ ...filters, page: filters.page + 1 })}>
              {t("nextPage")}
            </PageButton>
          </nav>
        ) : null}
      </section>
      <QueueHelp ref={helpRef} />
    </div>
  );
}

function PageButton({ disabled, onClick, children }: { disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" disabled={disabled} onClick={onClick} className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-medium disabled:opacity-50">
      {children}
    </button>
  );
}
