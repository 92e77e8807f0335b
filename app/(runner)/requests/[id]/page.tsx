import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { getRequestForViewer } from "@/lib/data/requests";
import { requestIdSchema } from "@/lib/validations/requests";
import { RequestDetailView } from "@/components/requests/request-detail-view";
import { BackLink } from "@/components/ui/back-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests"))("detail.metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/requests/${encodeURIComponent(id)}`);
  const parsed = requestIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  // Another runner's request answers exactly like one that does not exist.
  const request = await getRequestForViewer(await getDb(), user, parsed.data);
  if (!request) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/requests">{(await getTranslations("requests"))("myRequests")}</BackLink>
      <RequestDetailView request={request} />
    </div>
  );
}
