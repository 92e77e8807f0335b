import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { reasonText } from "@/lib/format/reason-text";
import { ListSection } from "@/components/ui/list-section";
import { BackLink } from "@/components/ui/back-link";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { getResultImport } from "@/lib/data/result-imports";
import { formatDateTime } from "@/lib/format/dates";
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
      <BackLink href="/admin/imports/history">{t("back")}</BackLink>
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

      <ListSection
        id="qualified"
        title={t("qualified", { count: imp.qualifiers.length })}
        empty={t("noOne")}
        items={imp.qualifiers}
        itemKey={(q) => `${q.runnerId}-${q.editionYear}-${q.finalsRace}`}
        renderItem={(q) =>
          t("qualifier", {
            runner: q.runnerName,
            sex: sex(q.sex),
            bib: q.bib,
            finals: q.finalsRace,
            year: String(q.editionYear),
            reasons: q.reasons.map((r) => reasonText(reasons, r)).join("; "),
          })
        }
      />
      <ListSection id="warnings" title={t("warnings", { count: imp.warningList.length })} empty={t("noWarnings")} items={imp.warningList} itemKey={(_, i) => i} renderItem={formatProblem} />
      <ListSection
        id="changes"
        title={t("changes", { count: imp.audit.length })}
        empty={t("noChanges")}
        items={imp.audit}
        itemKey={(a) => a.id}
        bullets={false}
        renderItem={(a) => (
          <>
            <span className="font-medium">
              {a.entityType} {a.entityId} {a.action}
            </span>
            : {change(a.details, removed)}
          </>
        )}
      />
    </div>
  );
}
