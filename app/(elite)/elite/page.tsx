import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { ReviewQueue } from "@/components/elite/review-queue";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { requireRole } from "@/lib/auth/session";
import { listEditionYears, listReviewQueue } from "@/lib/data/review-queue";
import { todayIso } from "@/lib/clock";
import { makeQueryClient, reviewQueueKey } from "@/components/providers/query-client";
import type { SearchParams } from "@/app/search-params";
import { parseQueueSearchParams } from "@/lib/validations/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eliteQueue"))("title") };
}
export const dynamic = "force-dynamic";

/** The elite team's queue: the first page is fetched here and hydrated into React Query, which takes over. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("elite", "admin");
  const filters = parseQueueSearchParams(await searchParams);
  const db = await getDb();
  const queryClient = makeQueryClient();
  const [editions, t] = await Promise.all([
    listEditionYears(db),
    getTranslations("eliteQueue"),
    queryClient.prefetchQuery({
      queryKey: reviewQueueKey(filters),
      queryFn: async () => {
        const page = await listReviewQueue(db, user, filters, { today: todayIso() });
        if (!page.ok) throw new Error(page.error);
        return page;
      },
    }),
  ]);

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">
          {t.rich("intro", {
            kbd: (chunks) => <kbd className="font-mono">{chunks}</kbd>,
            link: (chunks) => (
              <Link href="/elite/ledger" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <IntlProvider namespaces={["eliteQueue", "eliteEligibility", "labels"]}>
          <ReviewQueue editions={editions} />
        </IntlProvider>
      </HydrationBoundary>
    </div>
  );
}
