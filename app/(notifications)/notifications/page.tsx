import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format/dates";
import type { Locale } from "@/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { notificationMessage } from "@/lib/notifications/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}
export const dynamic = "force-dynamic";

/** Everything the portal told this person (qualifications, decisions, requests to review), newest first. */
export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const [items, locale, t] = await Promise.all([listNotifications(await getDb(), user.id), getLocale(), getTranslations("notifications")]);
  const say = translator(locale as Locale);
  const unread = items.filter((i) => !i.read).length;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { unread })}</p>
      {unread > 0 ? <MarkAllReadForm /> : null}
      {items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {items.map((item) => {
            const message = notificationMessage(item.kind, item.params, say);
            return (
              <li key={item.id} className={`rounded-md border p-4 ${item.read ? "border-slate-200 bg-white" : "border-brand-700 bg-blue-50"}`}>
                <p className="font-semibold">
                  {item.read ? null : <span className="sr-only">{t("unread")} </span>}
                  <Link href={message.path} className="underline">
                    {message.title}
                  </Link>
                </p>
                <p className="text-slate-800">{message.body}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale as Locale)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
