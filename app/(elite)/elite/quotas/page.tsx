import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { QuotaForm } from "@/components/elite/quota-form";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { requireRole } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { listQuotas } from "@/lib/data/bib-quotas";
import { nextFinalsEdition } from "@/lib/domain/edition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eliteQuotas"))("title") };
}
export const dynamic = "force-dynamic";

/** R14: category-change bibs per Finals race and sex for the next edition; admins edit them. */
export default async function QuotasPage() {
  const user = await requireRole("elite", "admin");
  const editionYear = nextFinalsEdition(todayIso());
  const [result, t, ledger, labels] = await Promise.all([
    listQuotas(await getDb(), user, editionYear),
    getTranslations("eliteQuotas"),
    getTranslations("ledger"),
    getTranslations("labels"),
  ]);
  if (!result.ok) notFound();
  const canEdit = user.role === "admin";
  const list = (
    <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("list", { year: editionYear })}>
      {result.quotas.map((q) => {
        const headingId = `quota-heading-${q.finalsRace}-${q.sex}`;
        return (
          <li key={`${q.finalsRace}-${q.sex}`} aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={headingId} className="text-lg font-semibold">
              {ledger("raceSex", { race: q.finalsRace, sex: labels(`sexName.${q.sex}`) })}
            </h2>
            <dl className="grid grid-cols-3 gap-2 text-center">
              <div>
                <dt className="text-sm text-slate-600">{t("bibs")}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{q.bibs}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("used")}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{q.bibsUsed}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("remaining")}</dt>
                <dd className={`text-2xl font-semibold tabular-nums ${q.remaining === 0 ? "text-red-800" : "text-emerald-800"}`}>{q.remaining}</dd>
              </div>
            </dl>
            {canEdit ? <QuotaForm editionYear={q.editionYear} finalsRace={q.finalsRace} sex={q.sex} sexLabel={labels(`sex.${q.sex}`)} bibs={q.bibs} bibsUsed={q.bibsUsed} /> : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year: editionYear })}</h1>
        <p className="text-slate-700">
          {t("intro")} {canEdit ? t("canEdit") : t("cannotEdit")}
        </p>
      </header>
      {result.quotas.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">{t("none", { year: editionYear })}</p>
      ) : canEdit ? (
        // Only admins get the form, and with it its words on the client.
        <IntlProvider namespaces={["eliteQuotas"]}>{list}</IntlProvider>
      ) : (
        list
      )}
    </div>
  );
}
