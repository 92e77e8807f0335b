import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { env } from "@/lib/env";
import { NOTIFICATION_KIND_LABEL } from "@/lib/notifications/messages";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export const metadata: Metadata = { title: "Email preferences", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The page of an email's unsubscribe link: says which emails, and stops them with one button. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const named = token ? readUnsubscribeToken(env.AUTH_SECRET ?? "", token) : null;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Email preferences</h1>
      {named ? (
        <>
          <p className="text-slate-800">
            Stop the emails about <strong>{NOTIFICATION_KIND_LABEL[named.kind]}</strong>? You will still find them on your
            notifications page when you sign in; other emails are not affected.
          </p>
          <UnsubscribeForm token={token} what={NOTIFICATION_KIND_LABEL[named.kind]} />
        </>
      ) : (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800" role="alert">
          This unsubscribe link is not valid. Open the link of the email again, or sign in and open your notifications.
        </p>
      )}
    </div>
  );
}
