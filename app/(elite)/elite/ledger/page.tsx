import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { firstParam, type SearchParams } from "@/app/search-params";
import { EditionPicker } from "@/components/ledger/edition-picker";
import { LedgerMovements } from "@/components/ledger/ledger-movements";
import { LedgerSummary } from "@/components/ledger/ledger-summary";
import { requireRole } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getBibLedger } from "@/lib/data/bib-ledger";
import { listEditionYears } from "@/lib/data/review-queue";
import { nextFinalsEdition } from "@/lib/domain/edition";
import { editionParam } from "@/lib/validations/ledger";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger"))("title") };
}
export const dynamic = "force-dynamic";

/** R14-R17: the bib ledger of any edition, with every movement, who decided it and why; CSV exports. */
export default async function LedgerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("elite", "admin");
  const editionYear = editionParam(firstParam(await searchParams, "edition"), nextFinalsEdition(todayIso()));
  const db = await getDb();
  const [result, editions, t] = await Promise.all([getBibLedger(db, user, editionYear), listEditionYears(db), getTranslations("ledger")]);
  if (!result.ok) notFound();
  const { ledger } = result;
  const csv = (table: string) => `/api/elite/ledger?edition=${editionYear}&table=${table}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year: editionYear })}</h1>
        <p className="text-slate-700">
          {t.rich("intro", {
            link: (chunks) => (
              <Link href={`/finals/bibs?edition=${editionYear}`} className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <EditionPicker editions={editions} current={editionYear} action="/elite/ledger" />
      <LedgerSummary editionYear={editionYear} rows={ledger.rows} />
      <p className="flex flex-wrap gap-4">
        <a href={csv("summary")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("downloadSummary")}
        </a>
        <a href={csv("movements")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("downloadMovements")}
        </a>
      </p>
      <section aria-labelledby="movements-heading" className="space-y-3">
        <h2 id="movements-heading" className="text-xl font-semibold">
          {t("movements")}
        </h2>
        <LedgerMovements movements={ledger.movements} />
      </section>
    </div>
  );
}
