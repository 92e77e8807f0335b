import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format/dates";
import { FINALS_CATEGORIES, SEXES } from "@/lib/domain/types";
import { ExtensionForm } from "@/components/requests/extension-form";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { loadRequestOptions } from "../load-request-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests.extension"))("title") };
}
export const dynamic = "force-dynamic";

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function ExtensionPage() {
  const { extension, editionYear } = await loadRequestOptions("/requests/new/extension");
  const [t, labels, refusals, locale] = await Promise.all([getTranslations("requests.extension"), getTranslations("labels"), getTranslations("refusals"), getLocale()]);
  const evidence = FINALS_CATEGORIES.flatMap((c) => {
    const e = extension.evidence[c];
    return e ? [e] : [];
  });
  return (
    <NewRequestLayout title={t("title")}>
      <RequestTerms id="extension-terms" heading={t("termsHeading")}>
        <li>{t.rich("deadline", { date: formatDay(extension.deadline, locale), year: editionYear, strong })}</li>
        <li>{t.rich("window", { date: formatDay(extension.windowEnd, locale), strong })}</li>
        <li>{t("countsOnlyFor", { year: editionYear, nextYear: editionYear + 1 })}</li>
        <li>{t("notQualifiedOnly")}</li>
        <li>{t("certificate")}</li>
      </RequestTerms>
      <section aria-labelledby="extension-facts" className="space-y-2">
        <h2 id="extension-facts" className="font-semibold">
          {t("factsHeading")}
        </h2>
        {evidence.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {evidence.map((e) => (
              <li key={e.category}>
                {t("evidence", {
                  category: e.category,
                  score: Math.round(e.score),
                  where: e.eventName ? (e.raceName ? `${e.eventName}, ${e.raceName}` : e.eventName) : t("aRace"),
                  date: formatDay(e.date, locale),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noEvidence")}</p>
        )}
        <table className="w-full max-w-md border-collapse text-left text-sm">
          <caption className="text-left text-slate-700">{t("thresholdsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 py-1">
                <span className="sr-only">{t("sex")}</span>
              </th>
              {FINALS_CATEGORIES.map((c) => (
                <th key={c} scope="col" className="border-b border-slate-300 py-1">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SEXES.map((sex) => (
              <tr key={sex}>
                <th scope="row" className="py-1 font-medium">
                  {labels(`sexName.${sex}`)}
                </th>
                {FINALS_CATEGORIES.map((c) => (
                  <td key={c} className="py-1 tabular-nums">
                    {extension.thresholds[sex][c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {extension.eligibility.eligible ? (
        <ExtensionForm finalsRaces={extension.finalsRaces} />
      ) : (
        <NotAvailable reason={refusalText(extension.eligibility.refusal, refusals, locale)} openRequestId={extension.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
