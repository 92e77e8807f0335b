import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CreateApiTokenForm, RevokeApiTokenButton } from "@/components/admin/api-token-forms";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminTokensPage() {
  await requireRole("admin");
  const [tokens, t, locale] = await Promise.all([listApiTokens(await getDb()), getTranslations("admin.tokens"), getLocale()]);
  const when = (date: Date) => formatDateTime(date, locale);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t.rich("intro", { code: (chunks: ReactNode) => <code>{chunks}</code> })}</p>
      <section aria-labelledby="new-token" className="space-y-3">
        <h2 id="new-token" className="text-xl font-semibold">
          {t("newHeading")}
        </h2>
        <CreateApiTokenForm />
      </section>
      <section aria-labelledby="token-list" className="space-y-3">
        <h2 id="token-list" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        {tokens.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {token.name} <span className="font-mono text-sm text-slate-600">{token.prefix}…</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {token.createdByEmail
                      ? t("createdBy", { when: when(token.createdAt), email: token.createdByEmail })
                      : t("created", { when: when(token.createdAt) })}
                    ; {token.lastUsedAt ? t("lastUsed", { when: when(token.lastUsedAt) }) : t("neverUsed")}
                    {token.revokedAt ? `; ${t("revokedOn", { when: when(token.revokedAt) })}` : ""}
                  </p>
                </div>
                {token.revokedAt ? (
                  <span className="text-sm font-medium text-slate-700">{t("revoked")}</span>
                ) : (
                  <RevokeApiTokenButton id={token.id} name={token.name} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
