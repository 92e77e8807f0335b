import type { Metadata } from "next";
import { formatDate } from "@/lib/labels";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { PriorityDeferralForm } from "@/components/requests/priority-deferral-form";
import { refusalText } from "@/components/requests/refusal-text";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Ask for a priority deferral" };
export const dynamic = "force-dynamic";

export default async function PriorityDeferralPage() {
  const { priorityDeferral, editionYear } = await loadRequestOptions("/requests/new/priority-deferral");
  const registration = priorityDeferral.registration;
  return (
    <NewRequestLayout title="Ask for a priority deferral">
      <RequestTerms id="deferral-terms" heading="Before you ask: what a deferral means">
        <li>
          Your registration for the {editionYear} Finals:{" "}
          <strong>
            {registration
              ? `${registration.finalsRace}, ${registration.status === "registered" ? "completed" : "cancelled"}`
              : "none on record"}
          </strong>
          . Only a completed registration can defer its priority.
        </li>
        <li>
          Ask before the Finals, by <strong>{formatDate(priorityDeferral.deadline)}</strong>.
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
        <NotAvailable reason={refusalText(priorityDeferral.eligibility.refusal)} openRequestId={priorityDeferral.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
