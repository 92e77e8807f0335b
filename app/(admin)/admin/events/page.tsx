import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listEvents } from "@/lib/data/events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.events"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireRole("admin");
  const q = (await searchParams).q;
  const search = typeof q === "string" ? q.slice(0, 100) : "";
  const [list, t, level] = await Promise.all([listEvents(await getDb(), { search }), getTranslations("admin.events"), getTranslations("labels.level")]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="grow space-y-1">
          <label htmlFor="event-search" className="block font-medium">
            {t("searchLabel")}
          </label>
          <input id="event-search" name="q" defaultValue={search} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900">
          {t("search")}
        </button>
      </form>
      {list.length === 0 ? (
        <p className="text-slate-700">{search ? t("noneNamed", { search }) : t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {list.map((e) => (
            <li key={e.id} className="py-3">
              <Link href={`/admin/events/${e.id}`} className="font-medium underline">
                {e.name} {e.year}
              </Link>
              <p className="text-sm text-slate-600">{t("summary", { level: level(e.level), races: e.races })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
