import type { Metadata } from "next";
import { formatDate, SEX_NAME } from "@/lib/labels";
import { FINALS_CATEGORIES, SEXES } from "@/lib/domain/types";
import { ExtensionForm } from "@/components/requests/extension-form";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Apply for a qualification extension" };
export const dynamic = "force-dynamic";

export default async function ExtensionPage() {
  const { extension, editionYear } = await loadRequestOptions("/requests/new/extension");
  const evidence = FINALS_CATEGORIES.flatMap((c) => {
    const e = extension.evidence[c];
    return e ? [e] : [];
  });
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
        <li>It is for runners who could not qualify: not for a race you are already qualified for.</li>
        <li>A medical certificate (or other documentation) is required.</li>
      </RequestTerms>
      <section aria-labelledby="extension-facts" className="space-y-2">
        <h2 id="extension-facts" className="font-semibold">
          Your scores and the thresholds
        </h2>
        {evidence.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {evidence.map((e) => (
              <li key={e.category}>
                {e.category}: UTMB Score {Math.round(e.score)} at {e.eventName ?? "a race"}
                {e.raceName ? `, ${e.raceName}` : ""} ({formatDate(e.date)}), at or above the threshold.
              </li>
            ))}
          </ul>
        ) : (
          <p>No score of yours in the last 2 years reaches a threshold below.</p>
        )}
        <table className="w-full max-w-md border-collapse text-left text-sm">
          <caption className="text-left text-slate-700">A UTMB Score in the last 2 years at or above (R16):</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 py-1"></th>
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
                  {SEX_NAME[sex]}
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
        <NotAvailable reason={refusalText(extension.eligibility.refusal)} openRequestId={extension.openRequestId} />
      )}
    </NewRequestLayout>
  );
}
