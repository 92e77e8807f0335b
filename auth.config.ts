/**
 * The edge-safe half of the Auth.js config (no database, no providers), and the list of signed-in sections
 * that proxy.ts redirects signed-out visitors away from; pages, data functions and actions check again.
 */
import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";

declare module "next-auth" {
  interface User {
    /** The account's session version at sign-in (users.session_version); sign-out bumps it. */
    sessionVersion?: number;
  }
}

/** Sections that need a signed-in visitor; everything else is public. */
export const PROTECTED_PATH_PREFIXES = ["/dashboard", "/requests", "/elite", "/admin", "/account", "/notifications"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export const authConfig = {
  secret: env.AUTH_SECRET,
  pages: { signIn: "/sign-in" },
  // A session lasts 30 days from sign-in (the proxy does not re-issue the cookie on each request).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    // The token carries who and which session version, never the role: lib/auth/session.ts reads the
    // role from the database on every request, so a role change applies at once.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        // Checked on every request against users.session_version (lib/data/users.ts getSessionUser).
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
  },
} satisfies NextAuthConfig;
