import type { Metadata } from "next";
import { getDb } from "@/db";
import { firstParam, type SearchParams } from "@/app/search-params";
import { EditionPicker } from "@/components/ledger/edition-picker";
import { LedgerSummary } from "@/components/ledger/ledger-summary";
import { todayIso } from "@/lib/clock";
import { getPublicBibSummary } from "@/lib/data/bib-ledger";
import { listEditionYears } from "@/lib/data/review-queue";
import { nextFinalsEdition } from "@/lib/domain/edition";
import { editionParam } from "@/lib/validations/ledger";

export const metadata: Metadata = { title: "Finals bibs" };
export const dynamic = "force-dynamic";

/** Public, no sign-in: how the Finals places of an edition are given by the rules, in counts only (no names). */
export default async function PublicBibsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const editionYear = editionParam(firstParam(await searchParams, "edition"), nextFinalsEdition(todayIso()));
  const db = await getDb();
  const [summary, editions] = await Promise.all([getPublicBibSummary(db, editionYear), listEditionYears(db)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Finals bibs {editionYear}</h1>
        <p className="text-slate-700">
          Places at the UTMB World Series Finals are given by the rules: runners qualify by podium, score or age-group place; the
          elite team decides changes of category (each uses one bib of a fixed quota), priority deferrals and extensions. These
          are the counts for each Finals race, with no names.
        </p>
      </header>
      <EditionPicker editions={editions} current={editionYear} action="/finals/bibs" />
      <LedgerSummary editionYear={editionYear} rows={summary.rows} />
    </div>
  );
}
