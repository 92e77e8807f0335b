import type { Metadata } from "next";
import { formatDate } from "@/lib/labels";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { TopEliteFacts } from "@/components/requests/top-elite-facts";
import { TopEliteForm } from "@/components/requests/top-elite-form";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Ask for the Top Elite period" };
export const dynamic = "force-dynamic";

export default async function TopElitePage() {
  const { topElite, editionYear } = await loadRequestOptions("/requests/new/top-elite");
  const { period } = topElite.status;
  return (
    <NewRequestLayout title="Ask for the Top Elite period">
      <RequestTerms id="top-elite-terms" heading="What the Top Elite period gives">
        <li>
          An 18-month qualification period for the {editionYear} Finals: from <strong>{formatDate(period.start)}</strong> to{" "}
          <strong>{formatDate(period.end)}</strong>, instead of the calendar year before.
        </li>
        <li>The elite team decides; once approved, results in the whole period count for your status.</li>
        <li>Documents are optional.</li>
      </RequestTerms>
      <TopEliteFacts status={topElite.status} />
      {topElite.eligibility.eligible ? (
        <TopEliteForm />
      ) : (
        <NotAvailable reason={refusalText(topElite.eligibility.refusal)} openRequestId={topElite.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
