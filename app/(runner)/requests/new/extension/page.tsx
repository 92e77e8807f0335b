import type { Metadata } from "next";
import { formatDate } from "@/lib/labels";
import { ExtensionForm } from "@/components/requests/extension-form";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Apply for a qualification extension" };
export const dynamic = "force-dynamic";

export default async function ExtensionPage() {
  const { extension, editionYear } = await loadRequestOptions("/requests/new/extension");
  return (
    <NewRequestLayout title="Apply for a qualification extension">
      <RequestTerms id="extension-terms" heading="How the extension works">
        <li>
          Apply by <strong>{formatDate(extension.deadline)}</strong> (the deadline for the {editionYear} Finals).
        </li>
        <li>
          If approved, you may qualify in races until <strong>{formatDate(extension.windowEnd)}</strong>; the extended
          window closes then.
        </li>
        <li>
          A qualification obtained in the extension counts only for the {editionYear} Finals, never also for the{" "}
          {editionYear + 1} Finals.
        </li>
        <li>It is open to runners with a UTMB Score at or above the extension threshold of their category in the last 2 years.</li>
        <li>A medical certificate (or other documentation) is required.</li>
      </RequestTerms>
      {extension.eligibility.eligible ? (
        <ExtensionForm finalsRaces={extension.finalsRaces} />
      ) : (
        <NotAvailable reason={extension.eligibility.reason} openRequestId={extension.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
