import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getDashboardForViewer } from "@/lib/data/dashboard";
import { words } from "@/lib/i18n/words";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("runners"))("dashboardTitle") };
}
export const dynamic = "force-dynamic";

/**
 * A runner's private dashboard by id: the runner themself, the elite team and admins. Anyone else gets
 * the same 404 as for a runner that does not exist.
 */
export default async function RunnerPrivateDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requireUser(`/runners/${encodeURIComponent(raw)}/dashboard`);
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const today = todayIso();
  const dashboard = await getDashboardForViewer(await getDb(), user, { runnerId: Number(raw), today });
  if (!dashboard) notFound();
  return <RunnerDashboardView dashboard={dashboard} today={today} privateView words={words(await getLocale())} />;
}
