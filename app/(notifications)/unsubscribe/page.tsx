import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { env } from "@/lib/env";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The page of an email's unsubscribe link: says which emails, and stops them with one button. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const named = token ? readUnsubscribeToken(env.AUTH_SECRET ?? "", token) : null;
  const t = await getTranslations("notifications");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("unsubscribe.title")}</h1>
      {named ? (
        <>
          <p className="text-slate-800">{t.rich("unsubscribe.question", { kind: t(`kind.${named.kind}`), strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <UnsubscribeForm token={token} what={t(`kind.${named.kind}`)} />
        </>
      ) : (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800" role="alert">
          {t("unsubscribe.invalid")}
        </p>
      )}
    </div>
  );
}
