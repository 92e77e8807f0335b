import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FinalsQualifierButton } from "@/components/admin/finals-qualifier-button";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { getEventWithRaces } from "@/lib/data/events";
import { recordId } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Event" };
export const dynamic = "force-dynamic";

export default async function AdminEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const id = recordId("Unknown record.").safeParse((await params).id);
  if (!id.success) notFound();
  const event = await getEventWithRaces(await getDb(), { eventId: id.data });
  if (!event) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/admin/events" className="underline">
          Events
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {event.name} {event.year}
      </h1>
      <p className="text-slate-700">
        One race per Finals category qualifies (R11). When two races share a category, the one marked &ldquo;qualifies&rdquo; gives
        the Finals places; switching recomputes both races at once.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Races of {event.name}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Race</th>
              <th scope="col" className="py-2 pr-3">Date</th>
              <th scope="col" className="py-2 pr-3">Distance, D+</th>
              <th scope="col" className="py-2 pr-3">Category</th>
              <th scope="col" className="py-2 pr-3">Results</th>
              <th scope="col" className="py-2">Finals (R11)</th>
            </tr>
          </thead>
          <tbody>
            {event.raceList.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{r.name}</th>
                <td className="py-2 pr-3">{r.date}</td>
                <td className="py-2 pr-3">
                  {r.distanceKm} km, {r.elevationGainM} m
                </td>
                <td className="py-2 pr-3">{r.category ?? "not scored"}</td>
                <td className="py-2 pr-3">{r.results}</td>
                <td className="py-2">
                  {r.category === null || r.category === "20K" ? (
                    <span>never qualifies (R7)</span>
                  ) : r.qualifies ? (
                    <span className="font-medium text-green-800">qualifies</span>
                  ) : (
                    <div className="space-y-1">
                      <span>does not qualify</span>
                      {r.hasSiblings ? <FinalsQualifierButton raceId={r.id} raceName={r.name} category={r.category} /> : null}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
