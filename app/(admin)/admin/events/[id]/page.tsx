import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RaceActionButton } from "@/components/admin/race-action-button";
import { declareResultsFinalAction } from "@/lib/actions/admin/declare-results-final";
import { makeFinalsQualifierAction } from "@/lib/actions/admin/make-finals-qualifier";
import { BackLink } from "@/components/ui/back-link";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { getEventWithRaces } from "@/lib/data/events";
import { formatDay } from "@/lib/format/dates";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "@/lib/validations/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.event"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const id = recordId(msg("errors.notFoundTitle")).safeParse((await params).id);
  if (!id.success) notFound();
  const [event, t, locale] = await Promise.all([getEventWithRaces(await getDb(), { eventId: id.data }), getTranslations("admin.event"), getLocale()]);
  if (!event) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href="/admin/events">{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">
        {event.name} {event.year}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      <DataTable caption={t("caption", { event: event.name })} columns={[t("race"), t("date"), t("distance"), t("category"), t("results"), t("finals")]}>
            {event.raceList.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{r.name}</th>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDay(r.date, locale)}</td>
                <td className="py-2 pr-3">{t("distanceValue", { km: r.distanceKm, gain: r.elevationGainM })}</td>
                <td className="py-2 pr-3">{r.category ?? t("notScored")}</td>
                <td className="py-2 pr-3">
                  {r.results}
                  {r.resultsFinal ? null : (
                    <div className="space-y-1">
                      <span className="block text-amber-900">{t("resultsProvisional")}</span>
                      <RaceActionButton action={declareResultsFinalAction} raceId={r.id} raceName={r.name} label={t("declareFinal")} pendingLabel={t("declaring")} />
                    </div>
                  )}
                </td>
                <td className="py-2">
                  {r.category === null || r.category === "20K" ? (
                    <span>{t("never")}</span>
                  ) : r.qualifies ? (
                    <span className="font-medium text-green-800">{t("qualifies")}</span>
                  ) : (
                    <div className="space-y-1">
                      <span>{t("doesNotQualify")}</span>
                      {r.hasSiblings ? (
                        <RaceActionButton
                          action={makeFinalsQualifierAction}
                          raceId={r.id}
                          raceName={r.name}
                          label={t("makeQualifier", { category: r.category })}
                          pendingLabel={t("switching")}
                        />
                      ) : null}
                    </div>
                  )}
                </td>
              </tr>
            ))}
      </DataTable>
    </div>
  );
}
