import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listResultImports } from "@/lib/data/result-imports";
import { formatDateTime } from "@/lib/format/dates";

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
      <BackLink href="/admin/imports">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <DataTable caption={t("caption")} columns={[t("when"), t("race"), t("from"), t("rows"), t("changes"), t("warnings"), t("newlyQualified")]}>
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
        </DataTable>
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
