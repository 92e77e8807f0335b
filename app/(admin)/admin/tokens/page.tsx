import type { Metadata } from "next";
import { CreateApiTokenForm, RevokeApiTokenButton } from "@/components/admin/api-token-forms";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AdminTokensPage() {
  await requireRole("admin");
  const tokens = await listApiTokens(await getDb());
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="text-slate-700">
        Timing providers send results to <code>POST /api/v1/results</code> with one of these tokens. Only a hash is kept: a new
        token is shown once. Revoke a token as soon as it is no longer needed or may have leaked.
      </p>
      <section aria-labelledby="new-token" className="space-y-3">
        <h2 id="new-token" className="text-xl font-semibold">
          New token
        </h2>
        <CreateApiTokenForm />
      </section>
      <section aria-labelledby="token-list" className="space-y-3">
        <h2 id="token-list" className="text-xl font-semibold">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-slate-700">No token yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {tokens.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {t.name} <span className="font-mono text-sm text-slate-600">{t.prefix}…</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    Created {dateTime.format(t.createdAt)} UTC{t.createdByEmail ? ` by ${t.createdByEmail}` : ""}; last used{" "}
                    {t.lastUsedAt ? `${dateTime.format(t.lastUsedAt)} UTC` : "never"}
                    {t.revokedAt ? `; revoked ${dateTime.format(t.revokedAt)} UTC` : ""}
                  </p>
                </div>
                {t.revokedAt ? <span className="text-sm font-medium text-slate-700">Revoked</span> : <RevokeApiTokenButton id={t.id} name={t.name} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
