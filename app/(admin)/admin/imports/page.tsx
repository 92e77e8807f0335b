import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ResultsImportForm } from "@/components/admin/results-import-form";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.imports"))("title") };
}
export const dynamic = "force-dynamic";

function linkTo(href: string) {
  return function InlineLink(chunks: ReactNode) {
    return (
      <Link className="underline" href={href}>
        {chunks}
      </Link>
    );
  };
}

export default async function AdminImportsPage() {
  await requireRole("admin");
  const t = await getTranslations("admin.imports");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">
        {t.rich("intro", { tokens: linkTo("/admin/tokens"), events: linkTo("/admin/events"), history: linkTo("/admin/imports/history") })}
      </p>
      <ResultsImportForm maxMb={env.IMPORT_MAX_MB} />
    </div>
  );
}
