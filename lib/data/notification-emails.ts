import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notificationOptOuts, notifications, users } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import type { NotificationKind, NotificationParams } from "./notifications";

/** After this many failed sends a notification stays in the in-app list only. */
export const MAX_EMAIL_ATTEMPTS = 5;

export interface NotificationEmail {
  id: number;
  userId: string;
  email: string;
  name: string | null;
  locale: Locale | null;
  kind: NotificationKind;
  params: NotificationParams;
  /** The person turned this kind of email off: nothing to send. */
  optedOut: boolean;
}

/**
 * Takes up to `limit` notifications whose email has not left, marking them sent before sending: two
 * servers never both send one (SKIP LOCKED), so a notification is emailed at most once. A failed send
 * gives it back (`releaseNotificationEmail`).
 */
export async function claimNotificationEmails(db: Db, now: Date, limit = 100): Promise<NotificationEmail[]> {
  return db.transaction(async (tx) => {
    const ids = (
      await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(isNull(notifications.emailedAt), lt(notifications.emailAttempts, MAX_EMAIL_ATTEMPTS)))
        .orderBy(asc(notifications.id))
        .limit(limit)
        .for("update", { skipLocked: true })
    ).map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.update(notifications).set({ emailedAt: now }).where(inArray(notifications.id, ids));
    return tx
      .select({
        id: notifications.id,
        userId: notifications.userId,
        email: users.email,
        name: users.name,
        locale: users.locale,
        kind: notifications.kind,
        params: notifications.params,
        optedOut: sql<boolean>`${notificationOptOuts.userId} is not null`,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .leftJoin(notificationOptOuts, and(eq(notificationOptOuts.userId, notifications.userId), eq(notificationOptOuts.kind, notifications.kind)))
      .where(inArray(notifications.id, ids))
      .orderBy(asc(notifications.id));
  });
}

/** A send failed: the notification waits for the next delivery, one attempt more. */
export async function releaseNotificationEmail(db: Db, id: number): Promise<void> {
  await db
    .update(notifications)
    .set({ emailedAt: null, emailAttempts: sql`${notifications.emailAttempts} + 1` })
    .where(eq(notifications.id, id));
}
