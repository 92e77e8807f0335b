/**
 * Auth.js v5 signs visitors in and out: email + password (Credentials) with JWT sessions, no adapter (a
 * JWT session needs no session table). It issues the session cookie; reading it is lib/auth/session.ts's
 * job (one reader for pages, actions and routes), which checks the token as Auth.js does and re-reads the
 * user from the database. Initialised lazily because the database handle is async.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { getDb } from "@/db";
import { normalizeEmail } from "@/lib/data/users";
import { verifyUserCredentials } from "@/lib/data/accounts";
import { logError } from "@/lib/log";
import { attemptLimits, clientIpFrom } from "@/lib/auth/rate-limit";
import { signInSchema } from "@/lib/validations/auth";

export const { handlers, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    // Credentials sign-in only works with JWT sessions; with a persistent AUTH_SECRET they survive restarts.
    session: { strategy: "jwt" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          // Counted here, so the Auth.js endpoint itself is limited, not only the sign-in form; a refused
          // attempt does not even hash. The form tells the visitor how long to wait (sign-in-user.ts).
          const keys = { account: normalizeEmail(parsed.data.email), ip: clientIpFrom(request.headers) };
          if (!(await attemptLimits.signIn.consume(keys)).ok) return null;
          const user = await verifyUserCredentials(db, parsed.data.email, parsed.data.password);
          if (!user) return null;
          await attemptLimits.signIn.reset(keys);
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    logger: {
      // A wrong password is an expected answer, not a server error worth a stack trace in the log.
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        // Never the error itself: a failed query's message carries its parameters (lib/log.ts).
        logError("Auth.js", error);
      },
    },
  };
});
