import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { todayIso } from "@/lib/clock";
import { getPublicRunner, getRunnerDashboard } from "@/lib/data/dashboard";
import { RunnerDashboardView } from "@/components/dashboard/runner-dashboard-view";

export const dynamic = "force-dynamic";

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const runner = id === null ? null : await getPublicRunner(await getDb(), id);
  return { title: runner ? runner.name : (await getTranslations("runners"))("notFound") };
}

/** Public runner page: name, nationality, index and results. No account data, no requests, no status. */
export default async function PublicRunnerPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const today = todayIso();
  const dashboard = await getRunnerDashboard(await getDb(), { runnerId: id, today });
  if (!dashboard) notFound();
  const { runner, index, indexExplanation, results, edition, status } = dashboard;
  // Drop what is private before it reaches the view: birth year and external id stay on the server.
  const publicRunner = { ...runner, birthYear: null, externalId: null };
  return (
    <RunnerDashboardView
      dashboard={{ runner: publicRunner, index, indexExplanation, results, edition, status }}
      today={today}
      privateView={false}
    />
  );
}
