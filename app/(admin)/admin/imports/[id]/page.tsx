import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { getResultImport } from "@/lib/data/result-imports";
import { describeReason, sexLabel } from "@/lib/ingest/report";
import { formatProblem } from "@/lib/ingest/problems";
import { recordId } from "@/lib/validations/ids";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** "timeSeconds 35975 -> 35915" for each changed field of an audit row. */
function change(details: Record<string, unknown> | null): string {
  const before = (details?.before ?? {}) as Record<string, unknown> | null;
  const after = (details?.after ?? null) as Record<string, unknown> | null;
  if (!after) return before ? `removed (bib ${String(before.bib ?? "?")})` : "removed";
  return Object.keys(after)
    .map((k) => `${k} ${JSON.stringify(before?.[k] ?? null)} -> ${JSON.stringify(after[k])}`)
    .join("; ");
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const id = recordId("Unknown record.").safeParse((await params).id);
  if (!id.success) notFound();
  const imp = await getResultImport(await getDb(), { id: id.data });
  if (!imp) notFound();
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/imports/history" className="underline">
          Past imports
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {imp.eventName} {imp.eventYear} / {imp.raceName}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">When</dt>
        <dd>{dateTime.format(imp.createdAt)} UTC</dd>
        <dt className="font-medium">From</dt>
        <dd>
          {imp.source}
          {imp.by ? `, ${imp.by}` : ""}
        </dd>
        <dt className="font-medium">File</dt>
        <dd className="break-all">
          {imp.fileName ?? "(no name)"}, SHA-256 <span className="font-mono">{imp.sha256}</span>
        </dd>
        <dt className="font-medium">Rows</dt>
        <dd>
          {imp.rows}
          {imp.partial ? " (part of the race)" : " (the race's full list)"}: {imp.inserted} new, {imp.updated} updated, {imp.unchanged} unchanged, {imp.removed} removed
        </dd>
      </dl>

      <section aria-labelledby="qualified" className="space-y-2">
        <h2 id="qualified" className="text-xl font-semibold">
          Newly qualified ({imp.qualifiers.length})
        </h2>
        {imp.qualifiers.length === 0 ? (
          <p className="text-slate-700">No one.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {imp.qualifiers.map((q) => (
              <li key={`${q.runnerId}-${q.editionYear}-${q.finalsRace}`}>
                {q.runnerName} ({sexLabel(q.sex)}, bib {q.bib}): {q.finalsRace} {q.editionYear}, {q.reasons.map(describeReason).join("; ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="warnings" className="space-y-2">
        <h2 id="warnings" className="text-xl font-semibold">
          Warnings ({imp.warningList.length})
        </h2>
        {imp.warningList.length === 0 ? (
          <p className="text-slate-700">None.</p>
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
          Changes it made ({imp.audit.length})
        </h2>
        {imp.audit.length === 0 ? (
          <p className="text-slate-700">No stored value changed (new rows are listed by their counts above).</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {imp.audit.map((a) => (
              <li key={a.id}>
                <span className="font-medium">
                  {a.entityType} {a.entityId} {a.action}
                </span>
                : {change(a.details)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
