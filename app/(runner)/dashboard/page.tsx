import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getOwnDashboard } from "@/lib/data/dashboard";
import { getDashboardNextSteps } from "@/lib/data/next-steps";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";
import { nextStepViews } from "@/components/dashboard/next-step-text";

export const metadata: Metadata = { title: "My dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // The elite team and admins have no runner record: their home is the review queue.
  if (user.runnerId === null) redirect(user.role === "runner" ? "/account/link" : "/elite");
  const today = todayIso();
  const db = await getDb();
  const dashboard = await getOwnDashboard(db, { runnerId: user.runnerId, dashboardVersion: user.dashboardVersion }, today);
  if (!dashboard) notFound();
  const next = await getDashboardNextSteps(db, dashboard, today, user.dashboardVersion);
  const plan = { steps: nextStepViews(next.steps, dashboard.edition, dashboard.runner.sex), registration: next.registration, topElite: next.topElite };
  return <RunnerDashboardView dashboard={dashboard} today={today} privateView plan={plan} />;
}
