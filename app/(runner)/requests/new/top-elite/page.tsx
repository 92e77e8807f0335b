import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format/dates";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { TopEliteFacts } from "@/components/requests/top-elite-facts";
import { TopEliteForm } from "@/components/requests/top-elite-form";
import { loadRequestOptions } from "../load-request-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests.topElite"))("title") };
}
export const dynamic = "force-dynamic";

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function TopElitePage() {
  const { topElite, editionYear } = await loadRequestOptions("/requests/new/top-elite");
  const [t, refusals, locale] = await Promise.all([getTranslations("requests.topElite"), getTranslations("refusals"), getLocale()]);
  const { period } = topElite.status;
  return (
    <NewRequestLayout title={t("title")}>
      <RequestTerms id="top-elite-terms" heading={t("termsHeading")}>
        <li>{t.rich("period", { year: editionYear, start: formatDay(period.start, locale), end: formatDay(period.end, locale), strong })}</li>
        <li>{t("decides")}</li>
        <li>{t("documentsOptional")}</li>
      </RequestTerms>
      <TopEliteFacts status={topElite.status} />
      {topElite.eligibility.eligible ? (
        <TopEliteForm />
      ) : (
        <NotAvailable reason={refusalText(topElite.eligibility.refusal, refusals, locale)} openRequestId={topElite.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
