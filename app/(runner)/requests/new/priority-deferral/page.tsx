import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getRequestOptions } from "@/lib/data/requests";
import { NotAvailable } from "@/components/requests/not-available";
import { PriorityDeferralForm } from "@/components/requests/priority-deferral-form";

export const metadata: Metadata = { title: "Ask for a priority deferral" };
export const dynamic = "force-dynamic";

export default async function PriorityDeferralPage() {
  const user = await requireUser("/requests/new/priority-deferral");
  if (user.runnerId === null) redirect("/account/link");
  const options = await getRequestOptions(await getDb(), { runnerId: user.runnerId, today: todayIso() });
  if (!options) notFound();
  const { priorityDeferral, editionYear } = options;
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/requests" className="inline-flex min-h-11 items-center text-brand-700 underline">
          ← My requests
        </Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">Ask for a priority deferral</h1>
      <section aria-labelledby="deferral-terms" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900">
        <h2 id="deferral-terms" className="font-semibold">
          Before you ask: what a deferral means
        </h2>
        <ul className="list-disc space-y-1 pl-5">
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
        </ul>
      </section>
      {priorityDeferral.eligibility.eligible ? (
        <PriorityDeferralForm editionYear={editionYear} />
      ) : (
        <NotAvailable reason={priorityDeferral.eligibility.reason} openRequestId={priorityDeferral.openRequestId} />
      )}
    </div>
  );
}
