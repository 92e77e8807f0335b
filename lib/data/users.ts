import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { perDatabase } from "@/db/prepared";
import { notifications, runners, users } from "@/db/schema";
import { dashboardVersionColumn } from "./dashboard-version";
import { isSessionCurrent } from "./session-validity";
import type { Locale } from "@/i18n/locales";

export type UserRole = (typeof users.$inferSelect)["role"];

/** What the app knows about an account holder; never the password hash. */
export interface AccountUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
}

/** The signed-in user as pages and actions see it: the account plus the linked runner, if any. */
export interface SessionUser extends AccountUser {
  runnerId: number | null;
  /**
   * The version of what the linked runner's dashboard shows (the runner's data and the shared catalog,
   * both kept by triggers), read in the same query as the session: the dashboard cache's key
   * (lib/data/dashboard.ts). Null without a runner.
   */
  dashboardVersion: string | null;
  /** The language the account chose; null when it never did (the browser's language applies). */
  locale: Locale | null;
  /** Unread notifications, for the header's badge (read with the session: no extra query per page). */
  unreadNotifications: number;
}

/** The columns of an AccountUser (never the password hash). */
export const accountColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

/** Emails are compared case-insensitively (the unique index is on lower(email)); stored trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Emailed tokens are stored as their SHA-256 only. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True for PostgreSQL's unique_violation, whether Drizzle wrapped the driver error or not. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/** The account with this email (any case), or null. */
export async function findUserByEmail(db: Db, email: string): Promise<AccountUser | null> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  return row ?? null;
}

// Every signed-in request runs it.
const sessionUserQuery = perDatabase((db) =>
  db
    .select({
      ...accountColumns,
      runnerId: runners.id,
      dashboardVersion: dashboardVersionColumn,
      locale: users.locale,
      unreadNotifications: sql<number>`(select count(*)::int from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null)`,
      passwordChangedAt: users.passwordChangedAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .leftJoin(runners, eq(runners.userId, users.id))
    .where(eq(users.id, sql.placeholder("userId")))
    .limit(1)
    .prepare("session_user"),
);

/**
 * The account and its linked runner id, or null for a stale session: the user no longer exists, the
 * session was issued (JWT `iat`, seconds) before the last password reset, or it carries another session
 * version than the account's (the account signed out, or changed its password, since). A token without a
 * version (issued before sessions had one) counts as version 0.
 */
export async function getSessionUser(
  db: Db,
  userId: string,
  session: { issuedAt?: number; sessionVersion?: number } = {},
): Promise<SessionUser | null> {
  const [row] = await sessionUserQuery(db).execute({ userId });
  if (!row || !isSessionCurrent(session.issuedAt, row.passwordChangedAt)) return null;
  if ((session.sessionVersion ?? 0) !== row.sessionVersion) return null;
  const { passwordChangedAt: _changedAt, sessionVersion: _version, ...user } = row;
  return user;
}

/** Ends every session of the account (sign-out, password change): tokens with the old version stop working. */
export async function endAllSessions(db: Db | Tx, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
