/**
 * The edge-safe half of the Auth.js config (no database, no providers), and the list of signed-in sections
 * that proxy.ts redirects signed-out visitors away from; pages, data functions and actions check again.
 */
import type { DefaultSession, NextAuthConfig } from "next-auth";
import type { userRole } from "@/db/schema";
import { env } from "@/lib/env";

export type UserRole = (typeof userRole.enumValues)[number];

declare module "next-auth" {
  interface User {
    role?: UserRole;
    /** The account's session version at sign-in (users.session_version); sign-out bumps it. */
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
    /** When the session's token was issued (JWT `iat`, seconds): a later password reset ends it. */
    issuedAt?: number;
  }
}

/** Sections that need a signed-in visitor; everything else is public. */
export const PROTECTED_PATH_PREFIXES = ["/dashboard", "/requests", "/elite", "/admin", "/account"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function isUserRole(value: unknown): value is UserRole {
  return value === "runner" || value === "elite" || value === "admin";
}

export const authConfig = {
  secret: env.AUTH_SECRET,
  pages: { signIn: "/sign-in" },
  // A session lasts 30 days from sign-in (the proxy does not re-issue the cookie on each request).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role ?? "runner";
        // Checked on every request against users.session_version (lib/data/users.ts getSessionUser).
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // The role here is what it was at sign-in; lib/auth/session.ts re-reads it from the database.
      session.user.role = isUserRole(token.role) ? token.role : "runner";
      if (typeof token.iat === "number") session.issuedAt = token.iat;
      return session;
    },
  },
} satisfies NextAuthConfig;
