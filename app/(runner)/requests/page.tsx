import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getRequestOptions, listMyRequests } from "@/lib/data/requests";
import { NewRequestLinks } from "@/components/requests/new-request-links";
import { RequestList } from "@/components/requests/request-list";

export const metadata: Metadata = { title: "My requests" };
export const dynamic = "force-dynamic";

export default async function RequestsPage() {
  const user = await requireUser("/requests");
  if (user.runnerId === null) redirect("/account/link");
  const db = await getDb();
  const [options, list] = await Promise.all([
    getRequestOptions(db, { runnerId: user.runnerId, today: todayIso() }),
    listMyRequests(db, { runnerId: user.runnerId }),
  ]);
  if (!options) notFound();
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">My requests</h1>
        <p className="text-slate-700">
          Ask the elite team for a change of category, a priority deferral or a qualification extension for the{" "}
          {options.editionYear} Finals, and follow each request here.
        </p>
      </header>
      <NewRequestLinks options={options} />
      <section aria-labelledby="my-requests-heading" className="space-y-3">
        <h2 id="my-requests-heading" className="text-xl font-semibold">
          Requests you made
        </h2>
        <RequestList requests={list} />
      </section>
    </div>
  );
}
