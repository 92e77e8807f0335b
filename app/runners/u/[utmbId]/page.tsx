import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getPublicRunner, getRunnerIdByUtmbId } from "@/lib/data/dashboard";
import { PublicRunnerPage } from "../../public-runner-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ utmbId: string }> }): Promise<Metadata> {
  const db = await getDb();
  const id = await getRunnerIdByUtmbId(db, (await params).utmbId);
  const runner = id === null ? null : await getPublicRunner(db, id);
  return { title: runner ? runner.name : (await getTranslations("runners"))("notFound") };
}

/** A runner's public page by UTMB runner id (the number of their UTMB profile), the id runners know. */
export default async function PublicRunnerByUtmbIdPage({ params }: { params: Promise<{ utmbId: string }> }) {
  return <PublicRunnerPage runnerId={await getRunnerIdByUtmbId(await getDb(), (await params).utmbId)} />;
}
