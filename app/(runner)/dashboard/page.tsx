import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { getOwnDashboard } from "@/lib/data/dashboard";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";

export const metadata: Metadata = { title: "My dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // The elite team and admins have no runner record: their home is the review queue.
  if (user.runnerId === null) redirect(user.role === "runner" ? "/account/link" : "/elite");
  const today = todayIso();
  const dashboard = await getOwnDashboard(await getDb(), { runnerId: user.runnerId, dashboardVersion: user.dashboardVersion }, today);
  if (!dashboard) notFound();
  return <RunnerDashboardView dashboard={dashboard} today={today} privateView />;
}
