import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Bib ledger" };
export const dynamic = "force-dynamic";

/** R14-R17: the bib ledger of any edition, with every movement, who decided it and why; CSV exports. */
export default async function LedgerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("elite", "admin");
  const editionYear = editionParam(firstParam(await searchParams, "edition"), nextFinalsEdition(todayIso()));
  const db = await getDb();
  const [result, editions] = await Promise.all([getBibLedger(db, user, editionYear), listEditionYears(db)]);
  if (!result.ok) notFound();
  const { ledger } = result;
  const csv = (table: string) => `/api/elite/ledger?edition=${editionYear}&table=${table}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Bib ledger of the {editionYear} Finals</h1>
        <p className="text-slate-700">
          Per Finals race and sex: the category-change quota, the qualified and registered runners, and every decision that moved a
          place. Bibs left are the quota less the bibs used by approved changes of category. Runners see the counts on the{" "}
          <Link href={`/finals/bibs?edition=${editionYear}`} className="text-brand-700 underline">
            public summary
          </Link>
          .
        </p>
      </header>
      <EditionPicker editions={editions} current={editionYear} action="/elite/ledger" />
      <LedgerSummary editionYear={editionYear} rows={ledger.rows} />
      <p className="flex flex-wrap gap-4">
        <a href={csv("summary")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Download the summary (CSV)
        </a>
        <a href={csv("movements")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Download the movements (CSV)
        </a>
      </p>
      <section aria-labelledby="movements-heading" className="space-y-3">
        <h2 id="movements-heading" className="text-xl font-semibold">
          Movements
        </h2>
        <LedgerMovements movements={ledger.movements} />
      </section>
    </div>
  );
}
