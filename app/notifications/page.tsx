import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/data/notifications";
import { notificationMessage } from "@/lib/notifications/messages";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris", timeZoneName: "short" });

/** Everything the portal told this person (qualifications, decisions, requests to review), newest first. */
export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const items = await listNotifications(await getDb(), user.id);
  const unread = items.filter((i) => !i.read).length;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Notifications</h1>
      <p className="text-slate-700">
        {unread === 0 ? "Nothing unread." : `${unread} unread.`} Each is also emailed to you once; every email has a link to turn
        that kind of email off.
      </p>
      {unread > 0 ? <MarkAllReadForm /> : null}
      {items.length === 0 ? (
        <p className="text-slate-700">No notification yet. You will find here your qualifications and the decisions on your requests.</p>
      ) : (
        <ol className="space-y-3">
          {items.map((item) => {
            const message = notificationMessage(item.kind, item.params);
            return (
              <li key={item.id} className={`rounded-md border p-4 ${item.read ? "border-slate-200 bg-white" : "border-brand-700 bg-blue-50"}`}>
                <p className="font-semibold">
                  {item.read ? null : <span className="sr-only">Unread: </span>}
                  <Link href={message.path} className="underline">
                    {message.title}
                  </Link>
                </p>
                <p className="text-slate-800">{message.body}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>{when.format(item.createdAt)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
