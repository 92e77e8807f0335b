import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { sessionTokenFromCookies } from "@/lib/auth/session-cookie";
import { createSessionTokenReader } from "@/lib/auth/session-token";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { getSessionUser, type SessionUser, type UserRole } from "@/lib/data/users";

export type CurrentUser = SessionUser;

// The same secret Auth.js signs sessions with (auth.config.ts).
const readSessionToken = createSessionTokenReader({ secret: env.AUTH_SECRET });

/**
 * The signed-in user, read from the session cookie (verified as Auth.js does, lib/auth/session-token.ts)
 * and then from the database, once per request. The database decides: a role change applies at once, and
 * a deleted account, a session older than the last password change or one ended by signing out (its
 * session version is behind the account's) counts as signed out (null).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const found = sessionTokenFromCookies((await cookies()).getAll());
  if (!found) return null;
  const claims = await readSessionToken(found.token, found.cookieName);
  if (!claims) return null;
  return getSessionUser(await getDb(), claims.userId, { issuedAt: claims.issuedAt, sessionVersion: claims.sessionVersion });
});

/** The path to send a visitor back to after signing in, when it is one of ours ("/x", not "//host"). */
export function signInPath(callbackUrl?: string): string {
  const safe = safeCallbackPath(callbackUrl, "");
  return safe ? `/sign-in?callbackUrl=${encodeURIComponent(safe)}` : "/sign-in";
}

/**
 * For pages: the signed-in user, or a redirect to /sign-in that comes back to `callbackUrl` (the page's
 * own path; server components do not know it, so pass it).
 */
export async function requireUser(callbackUrl?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackUrl));
  return user;
}

/**
 * For pages: the signed-in user when their role is one of `roles` (list every role allowed: "admin" does
 * not imply "elite"). Signed out: redirect to /sign-in. Wrong role: notFound(), so the page's existence and
 * data do not leak.
 */
export async function requireRole(...roles: [UserRole, ...UserRole[]]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) notFound();
  return user;
}

export type ActionAuthorization =
  | { ok: true; user: CurrentUser }
  | { ok: false; error: "signed-out" | "forbidden"; message: string };

/**
 * For server actions, which must answer with a typed error instead of throwing: the signed-in user, if
 * their role is one of `roles` (any role when none is given).
 */
export async function authorizeAction(...roles: UserRole[]): Promise<ActionAuthorization> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "signed-out", message: "Your session has ended. Sign in again to continue." };
  if (roles.length > 0 && !roles.includes(user.role)) {
    return { ok: false, error: "forbidden", message: "Your account is not allowed to do this." };
  }
  return { ok: true, user };
}
