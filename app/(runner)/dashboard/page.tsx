import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getOwnDashboard } from "@/lib/data/dashboard";
import { getDashboardNextSteps } from "@/lib/data/next-steps";
import { words } from "@/lib/i18n/words";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";
import { nextStepViews } from "@/components/dashboard/next-step-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // The elite team and admins have no runner record: their home is the review queue.
  if (user.runnerId === null) redirect(user.role === "runner" ? "/account/link" : "/elite");
  const today = todayIso();
  const db = await getDb();
  const dashboard = await getOwnDashboard(db, { runnerId: user.runnerId, dashboardVersion: user.dashboardVersion }, today);
  if (!dashboard) notFound();
  const [next, locale] = await Promise.all([getDashboardNextSteps(db, dashboard, today, user.dashboardVersion), getLocale()]);
  const w = words(locale);
  const plan = { steps: nextStepViews(next.steps, dashboard.edition, dashboard.runner.sex, w), registration: next.registration, topElite: next.topElite };
  return <RunnerDashboardView dashboard={dashboard} today={today} privateView plan={plan} words={w} />;
}
