import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { QuotaForm } from "@/components/elite/quota-form";
import { SEX_NAME } from "@/components/requests/labels";
import { requireRole } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { listQuotas } from "@/lib/data/bib-quotas";
import { nextFinalsEdition } from "@/lib/domain/edition";

export const metadata: Metadata = { title: "Bib quotas" };
export const dynamic = "force-dynamic";


/** R14: category-change bibs per Finals race and sex for the next edition; admins edit them. */
export default async function QuotasPage() {
  const user = await requireRole("elite", "admin");
  const editionYear = nextFinalsEdition(todayIso());
  const result = await listQuotas(await getDb(), user, editionYear);
  if (!result.ok) notFound();
  const canEdit = user.role === "admin";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Bib quotas for the {editionYear} Finals</h1>
        <p className="text-slate-700">
          Bibs available for approved changes of category, per Finals race and sex. Approving a change uses one bib of the
          requested race; the quota can never be exceeded.
          {canEdit ? " You can change a quota, but not below the bibs already used." : " Only administrators can change them."}
        </p>
      </header>
      {result.quotas.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">No quotas are set for the {editionYear} Finals.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={`Quotas for ${editionYear}`}>
          {result.quotas.map((q) => {
            const headingId = `quota-heading-${q.finalsRace}-${q.sex}`;
            return (
              <li key={`${q.finalsRace}-${q.sex}`} aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
                <h2 id={headingId} className="text-lg font-semibold">
                  {q.finalsRace} · {SEX_NAME[q.sex]}
                </h2>
                <dl className="grid grid-cols-3 gap-2 text-center">
                  <div>
                    <dt className="text-sm text-slate-600">Bibs</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{q.bibs}</dd>
                  </div>
                  <div>
                    <dt className="text-sm text-slate-600">Used</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{q.bibsUsed}</dd>
                  </div>
                  <div>
                    <dt className="text-sm text-slate-600">Remaining</dt>
                    <dd className={`text-2xl font-semibold tabular-nums ${q.remaining === 0 ? "text-red-800" : "text-emerald-800"}`}>{q.remaining}</dd>
                  </div>
                </dl>
                {canEdit ? <QuotaForm editionYear={q.editionYear} finalsRace={q.finalsRace} sex={q.sex} bibs={q.bibs} bibsUsed={q.bibsUsed} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
