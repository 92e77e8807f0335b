/**
 * React Query for the elite team's interactive queue only (the runner pages never load it). One factory,
 * used on the server to prefetch and in the browser by the provider.
 */
import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import type { ReviewQueueFilters } from "@/lib/validations/review-queue";

/** How long fetched data counts as fresh: the prefetched page is not refetched on hydration. */
export const QUERY_STALE_TIME_MS = 30_000;

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: QUERY_STALE_TIME_MS },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A new client per server request; one client for the whole browser session. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** Query keys: every queue page sits under REVIEW_QUEUE_KEY, so one invalidation refreshes them all. */
export const REVIEW_QUEUE_KEY = ["review-queue"] as const;
export function reviewQueueKey(filters: ReviewQueueFilters) {
  return [...REVIEW_QUEUE_KEY, filters] as const;
}
