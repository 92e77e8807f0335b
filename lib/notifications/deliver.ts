import "server-only";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { claimNotificationEmails, releaseNotificationEmail, type NotificationEmail } from "@/lib/data/notification-emails";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { appUrl } from "@/lib/mail/app-url";
import { getMailTransport, type MailMessage, type MailTransport } from "@/lib/mail/mail";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { notificationKindName, notificationMessage } from "./messages";
import { unsubscribeToken } from "./unsubscribe-token";

export interface DeliveryReport {
  sent: number;
  /** Not sent: the person turned that kind of email off. */
  skipped: number;
  /** Given back for a later delivery. */
  failed: number;
}

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is required to sign unsubscribe links");
  return env.AUTH_SECRET;
}

/** The email of a notification, with the page it leads to and the link that turns its kind off. */
export function notificationEmail(notification: Pick<NotificationEmail, "email" | "userId" | "kind" | "params" | "locale">): MailMessage {
  // In the language the person chose; English when they never did (no page to take it from here).
  const t = translator(notification.locale ?? DEFAULT_LOCALE);
  const message = notificationMessage(notification.kind, notification.params, t);
  const token = unsubscribeToken(secret(), notification.userId, notification.kind);
  const unsubscribe = appUrl(`/unsubscribe?token=${token}`);
  return {
    to: notification.email,
    subject: message.title,
    text: `${message.body}\n\n${t("notifications.email.footer", { url: appUrl(message.path), kind: notificationKindName(notification.kind, t), unsubscribeUrl: unsubscribe })}`,
    // The header's link is for mail clients' one-click POST; the body's opens a page with a button.
    unsubscribeUrl: appUrl(`/api/notifications/unsubscribe?token=${token}`),
  };
}

/**
 * Emails every notification whose email has not left, batch by batch. Runs after the transaction that
 * queued them has committed, never inside it: a mail failure loses nothing (the notification waits for
 * the next delivery) and never undoes what it tells. Stops at the first batch with a failure, so a mail
 * server that is down is not hammered.
 */
export async function deliverNotificationEmails(
  db: Db,
  options: { transport?: MailTransport; now?: () => Date; batch?: number } = {},
): Promise<DeliveryReport> {
  const transport = options.transport ?? getMailTransport();
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, skipped: 0, failed: 0 };
  for (;;) {
    const claimed = await claimNotificationEmails(db, now(), options.batch ?? 100);
    for (const notification of claimed) {
      if (notification.optedOut) {
        report.skipped++;
        continue;
      }
      try {
        await transport.send(notificationEmail(notification));
        report.sent++;
      } catch (error) {
        report.failed++;
        logError("notification email failed", error);
        await releaseNotificationEmail(db, notification.id);
      }
    }
    if (claimed.length < (options.batch ?? 100) || report.failed > 0) return report;
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts a delivery in the background of this process (after an import or a decision has committed);
 * one at a time, and once more if asked while running. Errors are logged, never thrown at the caller.
 */
export function scheduleNotificationDelivery(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await deliverNotificationEmails(await getDb());
      } catch (error) {
        logError("notification delivery failed", error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}
