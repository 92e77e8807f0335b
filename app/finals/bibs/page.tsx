import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { firstParam, type SearchParams } from "@/app/search-params";
import { EditionPicker } from "@/components/ledger/edition-picker";
import { LedgerSummary } from "@/components/ledger/ledger-summary";
import { todayIso } from "@/lib/clock";
import { getPublicBibSummary } from "@/lib/data/bib-ledger";
import { listEditionYears } from "@/lib/data/review-queue";
import { nextFinalsEdition } from "@/lib/domain/edition";
import { editionParam } from "@/lib/validations/ledger";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("finalsBibs"))("title") };
}
export const dynamic = "force-dynamic";

/** Public, no sign-in: how the Finals places of an edition are given by the rules, in counts only (no names). */
export default async function PublicBibsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const editionYear = editionParam(firstParam(await searchParams, "edition"), nextFinalsEdition(todayIso()));
  const db = await getDb();
  const [summary, editions, t] = await Promise.all([getPublicBibSummary(db, editionYear), listEditionYears(db), getTranslations("finalsBibs")]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year: editionYear })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <EditionPicker editions={editions} current={editionYear} action="/finals/bibs" />
      <LedgerSummary editionYear={editionYear} rows={summary.rows} />
    </div>
  );
}
