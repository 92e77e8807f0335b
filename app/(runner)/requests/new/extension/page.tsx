import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getRequestOptions } from "@/lib/data/requests";
import { formatDate } from "@/lib/format";
import { ExtensionForm } from "@/components/requests/extension-form";
import { NotAvailable } from "@/components/requests/not-available";

export const metadata: Metadata = { title: "Apply for a qualification extension" };
export const dynamic = "force-dynamic";

export default async function ExtensionPage() {
  const user = await requireUser("/requests/new/extension");
  if (user.runnerId === null) redirect("/account/link");
  const options = await getRequestOptions(await getDb(), { runnerId: user.runnerId, today: todayIso() });
  if (!options) notFound();
  const { extension, editionYear } = options;
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/requests" className="inline-flex min-h-11 items-center text-brand-700 underline">
          ← My requests
        </Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">Apply for a qualification extension</h1>
      <section aria-labelledby="extension-terms" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900">
        <h2 id="extension-terms" className="font-semibold">
          How the extension works
        </h2>
        <ul className="list-disc space-y-1 pl-5">
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
        </ul>
      </section>
      {extension.eligibility.eligible ? (
        <ExtensionForm finalsRaces={extension.finalsRaces} />
      ) : (
        <NotAvailable reason={extension.eligibility.reason} openRequestId={extension.openRequestId} />
      )}
    </div>
  );
}
