import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { reasonText } from "@/components/admin/reason-text";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { getResultImport } from "@/lib/data/result-imports";
import { formatDateTime } from "@/lib/dates";
import { formatProblem } from "@/lib/ingest/problems";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "@/lib/validations/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.importDetail"))("title") };
}
export const dynamic = "force-dynamic";

type RemovedText = (bib: string | null) => string;

/** "timeSeconds 35975 -> 35915" for each changed field of an audit row (field names and values as stored). */
function change(details: Record<string, unknown> | null, removed: RemovedText): string {
  const before = (details?.before ?? {}) as Record<string, unknown> | null;
  const after = (details?.after ?? null) as Record<string, unknown> | null;
  if (!after) return removed(before ? String(before.bib ?? "?") : null);
  return Object.keys(after)
    .map((k) => `${k} ${JSON.stringify(before?.[k] ?? null)} -> ${JSON.stringify(after[k])}`)
    .join("; ");
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const id = recordId(msg("errors.notFoundTitle")).safeParse((await params).id);
  if (!id.success) notFound();
  const [imp, t, reasons, sex, source, locale] = await Promise.all([
    getResultImport(await getDb(), { id: id.data }),
    getTranslations("admin.importDetail"),
    getTranslations("admin.reasons"),
    getTranslations("labels.sexName"),
    getTranslations("admin.source"),
    getLocale(),
  ]);
  if (!imp) notFound();
  const removed: RemovedText = (bib) => (bib === null ? t("removed") : t("removedBib", { bib }));
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/imports/history" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {imp.eventName} {imp.eventYear} / {imp.raceName}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("when")}</dt>
        <dd>{formatDateTime(imp.createdAt, locale)}</dd>
        <dt className="font-medium">{t("from")}</dt>
        <dd>
          {source(imp.source)}
          {imp.by ? `, ${imp.by}` : ""}
        </dd>
        <dt className="font-medium">{t("file")}</dt>
        <dd className="break-all">
          {imp.fileName ?? t("noName")}, SHA-256 <span className="font-mono">{imp.sha256}</span>
        </dd>
        <dt className="font-medium">{t("rows")}</dt>
        <dd>
          {t("rowsValue", {
            rows: imp.rows,
            partial: String(imp.partial),
            inserted: imp.inserted,
            updated: imp.updated,
            unchanged: imp.unchanged,
            removed: imp.removed,
          })}
        </dd>
      </dl>

      <section aria-labelledby="qualified" className="space-y-2">
        <h2 id="qualified" className="text-xl font-semibold">
          {t("qualified", { count: imp.qualifiers.length })}
        </h2>
        {imp.qualifiers.length === 0 ? (
          <p className="text-slate-700">{t("noOne")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {imp.qualifiers.map((q) => (
              <li key={`${q.runnerId}-${q.editionYear}-${q.finalsRace}`}>
                {t("qualifier", {
                  runner: q.runnerName,
                  sex: sex(q.sex),
                  bib: q.bib,
                  finals: q.finalsRace,
                  year: String(q.editionYear),
                  reasons: q.reasons.map((r) => reasonText(reasons, r)).join("; "),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="warnings" className="space-y-2">
        <h2 id="warnings" className="text-xl font-semibold">
          {t("warnings", { count: imp.warningList.length })}
        </h2>
        {imp.warningList.length === 0 ? (
          <p className="text-slate-700">{t("noWarnings")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {imp.warningList.map((w, i) => (
              <li key={i}>{formatProblem(w)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="changes" className="space-y-2">
        <h2 id="changes" className="text-xl font-semibold">
          {t("changes", { count: imp.audit.length })}
        </h2>
        {imp.audit.length === 0 ? (
          <p className="text-slate-700">{t("noChanges")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {imp.audit.map((a) => (
              <li key={a.id}>
                <span className="font-medium">
                  {a.entityType} {a.entityId} {a.action}
                </span>
                : {change(a.details, removed)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
