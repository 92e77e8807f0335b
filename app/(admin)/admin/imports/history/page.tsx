import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listResultImports } from "@/lib/data/result-imports";
import { formatDateTime } from "@/lib/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.history"))("title") };
}
export const dynamic = "force-dynamic";

const PAGE = 50;

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireRole("admin");
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  const [{ items, total }, t, source, locale] = await Promise.all([
    listResultImports(await getDb(), { limit: PAGE, offset: (page - 1) * PAGE }),
    getTranslations("admin.history"),
    getTranslations("admin.source"),
    getLocale(),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/imports" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("when")}</th>
                <th scope="col" className="py-2 pr-3">{t("race")}</th>
                <th scope="col" className="py-2 pr-3">{t("from")}</th>
                <th scope="col" className="py-2 pr-3">{t("rows")}</th>
                <th scope="col" className="py-2 pr-3">{t("changes")}</th>
                <th scope="col" className="py-2 pr-3">{t("warnings")}</th>
                <th scope="col" className="py-2">{t("newlyQualified")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/imports/${i.id}`} className="underline">
                      {formatDateTime(i.createdAt, locale)}
                    </Link>
                  </td>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {i.eventName} {i.eventYear} / {i.raceName}
                    {i.fileName ? <span className="block font-normal text-slate-600">{i.fileName}</span> : null}
                  </th>
                  <td className="py-2 pr-3">
                    {source(i.source)}
                    {i.by ? <span className="block text-slate-600">{i.by}</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    {i.rows}
                    {i.partial ? ` ${t("part")}` : ""}
                  </td>
                  <td className="py-2 pr-3">{t("changeCounts", { inserted: i.inserted, updated: i.updated, removed: i.removed })}</td>
                  <td className="py-2 pr-3">{i.warnings}</td>
                  <td className="py-2">{i.newlyQualified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-4">
          {page > 1 ? <Link href={`/admin/imports/history?page=${page - 1}`} className="underline">{t("newer")}</Link> : null}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={`/admin/imports/history?page=${page + 1}`} className="underline">{t("older")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
