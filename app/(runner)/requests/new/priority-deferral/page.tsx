import type { Metadata } from "next";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { PriorityDeferralForm } from "@/components/requests/priority-deferral-form";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Ask for a priority deferral" };
export const dynamic = "force-dynamic";

export default async function PriorityDeferralPage() {
  const { priorityDeferral, editionYear } = await loadRequestOptions("/requests/new/priority-deferral");
  return (
    <NewRequestLayout title="Ask for a priority deferral">
      <RequestTerms id="deferral-terms" heading="Before you ask: what a deferral means">
        <li>
          It is for runners who completed their registration for the {editionYear} Finals
          {priorityDeferral.registration ? ` (yours: ${priorityDeferral.registration.finalsRace})` : ""} and are injured.
        </li>
        <li>It defers your priority only, not your registration, to the {editionYear + 1} Finals.</li>
        <li>
          You must cancel your {editionYear} registration yourself and register again next year. Any refund follows the
          cancellation insurance only.
        </li>
        <li>A medical certificate (or other documentation) is required.</li>
      </RequestTerms>
      {priorityDeferral.eligibility.eligible ? (
        <PriorityDeferralForm editionYear={editionYear} />
      ) : (
        <NotAvailable reason={priorityDeferral.eligibility.reason} openRequestId={priorityDeferral.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
