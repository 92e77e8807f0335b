import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getPublicRunner } from "@/lib/data/dashboard";
import { PublicRunnerPage } from "../public-runner-page";

export const dynamic = "force-dynamic";

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const runner = id === null ? null : await getPublicRunner(await getDb(), id);
  return { title: runner ? runner.name : (await getTranslations("runners"))("notFound") };
}

/** A runner's public page by the portal's id. */
export default async function PublicRunnerByIdPage({ params }: { params: Promise<{ id: string }> }) {
  return <PublicRunnerPage runnerId={parseId((await params).id)} />;
}
