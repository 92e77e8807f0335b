import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkRunnerAccountForm } from "@/components/admin/link-runner-account-form";
import { RunnerClaims } from "@/components/admin/runner-claims";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listPendingRunnerClaims } from "@/lib/data/runner-claims";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.link"))("title") };
}

export default async function AdminLinkRunnerPage() {
  await requireRole("admin");
  const [claims, t, locale] = await Promise.all([listPendingRunnerClaims(await getDb()), getTranslations("admin.link"), getLocale()]);
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-xl font-semibold">
          {t("claimsHeading")}
        </h2>
        <p className="text-slate-700">{t("claimsIntro")}</p>
        <RunnerClaims
          claims={claims.map((c) => ({
            id: c.id,
            createdAt: formatDateTime(c.createdAt, locale),
            userEmail: c.userEmail,
            userName: c.userName,
            runnerName: c.runnerName,
            externalId: c.externalId,
            birthYear: c.birthYear,
          }))}
        />
      </section>
      <section aria-labelledby="manual-heading" className="max-w-md space-y-3">
        <h2 id="manual-heading" className="text-xl font-semibold">
          {t("manualHeading")}
        </h2>
        <p className="text-slate-700">{t("manualIntro")}</p>
        <LinkRunnerAccountForm />
      </section>
    </div>
  );
}
