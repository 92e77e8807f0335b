import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listResultImports } from "@/lib/data/result-imports";

export const metadata: Metadata = { title: "Past imports" };
export const dynamic = "force-dynamic";

const PAGE = 50;
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const SOURCE = { page: "imports page", api: "API", cli: "command line" } as const;

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  await requireRole("admin");
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  const { items, total } = await listResultImports(await getDb(), { limit: PAGE, offset: (page - 1) * PAGE });
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/imports" className="underline">
          Import results
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Past imports</h1>
      <p className="text-slate-700">
        Every accepted import: where from, by whom, what it changed, its warnings and who it newly qualified. Open one to see
        each change it made.
      </p>
      {items.length === 0 ? (
        <p className="text-slate-700">No import yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Past imports, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">When (UTC)</th>
                <th scope="col" className="py-2 pr-3">Race</th>
                <th scope="col" className="py-2 pr-3">From</th>
                <th scope="col" className="py-2 pr-3">Rows</th>
                <th scope="col" className="py-2 pr-3">Changes</th>
                <th scope="col" className="py-2 pr-3">Warnings</th>
                <th scope="col" className="py-2">Newly qualified</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/imports/${i.id}`} className="underline">
                      {dateTime.format(i.createdAt)}
                    </Link>
                  </td>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {i.eventName} {i.eventYear} / {i.raceName}
                    {i.fileName ? <span className="block font-normal text-slate-600">{i.fileName}</span> : null}
                  </th>
                  <td className="py-2 pr-3">
                    {SOURCE[i.source]}
                    {i.by ? <span className="block text-slate-600">{i.by}</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    {i.rows}
                    {i.partial ? " (part)" : ""}
                  </td>
                  <td className="py-2 pr-3">
                    {i.inserted} new, {i.updated} updated, {i.removed} removed
                  </td>
                  <td className="py-2 pr-3">{i.warnings}</td>
                  <td className="py-2">{i.newlyQualified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4">
          {page > 1 ? <Link href={`/admin/imports/history?page=${page - 1}`} className="underline">Newer</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/admin/imports/history?page=${page + 1}`} className="underline">Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
