import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listEvents } from "@/lib/data/events";
import { LEVEL_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "Events" };
export const dynamic = "force-dynamic";


export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireRole("admin");
  const q = (await searchParams).q;
  const search = typeof q === "string" ? q.slice(0, 100) : "";
  const list = await listEvents(await getDb(), { search });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Events</h1>
      <p className="text-slate-700">Open an event to see its races and choose which race of a category qualifies for the Finals (R11).</p>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="grow space-y-1">
          <label htmlFor="event-search" className="block font-medium">
            Event name
          </label>
          <input id="event-search" name="q" defaultValue={search} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900">
          Search
        </button>
      </form>
      {list.length === 0 ? (
        <p className="text-slate-700">No event{search ? ` named like "${search}"` : ""}.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {list.map((e) => (
            <li key={e.id} className="py-3">
              <Link href={`/admin/events/${e.id}`} className="font-medium underline">
                {e.name} {e.year}
              </Link>
              <p className="text-sm text-slate-600">
                {LEVEL_LABEL[e.level]}, {e.races} race{e.races === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
