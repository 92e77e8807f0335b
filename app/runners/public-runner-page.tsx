import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db";
import { todayIso } from "@/lib/clock";
import { getRunnerDashboard } from "@/lib/data/dashboard";
import { words } from "@/lib/i18n/words";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";

/** Public runner page: name, nationality, index and results. No account data, no requests, no status. */
export async function PublicRunnerPage({ runnerId }: { runnerId: number | null }) {
  if (runnerId === null) notFound();
  const today = todayIso();
  const dashboard = await getRunnerDashboard(await getDb(), { runnerId, today });
  if (!dashboard) notFound();
  const { runner, index, results, edition, status } = dashboard;
  // Drop what is private before it reaches the view: birth year and external id stay on the server.
  const publicRunner = { ...runner, birthYear: null, externalId: null };
  return (
    <RunnerDashboardView
      dashboard={{ runner: publicRunner, index, results, edition, status }}
      today={today}
      privateView={false}
      words={words(await getLocale())}
    />
  );
}
