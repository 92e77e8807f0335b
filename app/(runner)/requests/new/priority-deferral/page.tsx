import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format/dates";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { PriorityDeferralForm } from "@/components/requests/priority-deferral-form";
import { refusalText } from "@/components/requests/refusal-text";
import { loadRequestOptions } from "../load-request-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests.deferral"))("title") };
}
export const dynamic = "force-dynamic";

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function PriorityDeferralPage() {
  const { priorityDeferral, editionYear } = await loadRequestOptions("/requests/new/priority-deferral");
  const [t, refusals, locale] = await Promise.all([getTranslations("requests.deferral"), getTranslations("refusals"), getLocale()]);
  const registration = priorityDeferral.registration;
  return (
    <NewRequestLayout title={t("title")}>
      <RequestTerms id="deferral-terms" heading={t("termsHeading")}>
        <li>
          {t.rich("registration", {
            year: editionYear,
            strong,
            registration: registration ? t("registrationState", { race: registration.finalsRace, status: registration.status }) : t("noRegistration"),
          })}
        </li>
        <li>{t.rich("deadline", { date: formatDay(priorityDeferral.deadline, locale), strong })}</li>
        <li>{t("priorityOnly", { nextYear: editionYear + 1 })}</li>
        <li>{t("cancelYourself", { year: editionYear })}</li>
        <li>{t("certificate")}</li>
      </RequestTerms>
      {priorityDeferral.eligibility.eligible ? (
        <PriorityDeferralForm editionYear={editionYear} />
      ) : (
        <NotAvailable reason={refusalText(priorityDeferral.eligibility.refusal, refusals, locale)} openRequestId={priorityDeferral.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
