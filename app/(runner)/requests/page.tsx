import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getRequestOptions, listMyRequests } from "@/lib/data/requests";
import { NewRequestLinks } from "@/components/requests/new-request-links";
import { RequestList } from "@/components/requests/request-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests"))("myRequests") };
}
export const dynamic = "force-dynamic";

export default async function RequestsPage() {
  const user = await requireUser("/requests");
  if (user.runnerId === null) redirect("/account/link");
  const db = await getDb();
  const [options, list] = await Promise.all([
    getRequestOptions(db, { runnerId: user.runnerId, today: todayIso() }),
    listMyRequests(db, { runnerId: user.runnerId }),
  ]);
  if (!options) notFound();
  const t = await getTranslations("requests");
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("myRequests")}</h1>
        <p className="text-slate-700">{t("list.intro", { year: options.editionYear })}</p>
      </header>
      <NewRequestLinks options={options} />
      <section aria-labelledby="my-requests-heading" className="space-y-3">
        <h2 id="my-requests-heading" className="text-xl font-semibold">
          {t("list.heading")}
        </h2>
        <RequestList requests={list} />
      </section>
    </div>
  );
}
