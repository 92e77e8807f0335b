import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passwordResetTokens, users, verificationTokens } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { hashPassword, verifyPassword } from "./password-hash";
import { accountColumns, findUserByEmail, hashToken, isUniqueViolation, normalizeEmail, type AccountUser } from "./users";

/**
 * Accounts and their passwords: sign-up and its emailed confirmation, the password check of sign-in, and
 * password resets. Passwords are stored only as Argon2id hashes (./password-hash.ts).
 */

export type CreateRunnerAccountResult = { ok: true; user: AccountUser } | { ok: false; error: "email-taken" };

/** How long the link that confirms a sign-up stays valid. */
export const SIGN_UP_CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

export type RegisterAccountResult = { status: "created"; user: AccountUser; confirmationToken: string } | { status: "exists" };

export type ResetPasswordResult =
  | { ok: true; userId: string }
  | { ok: false; error: "invalid-token" | "expired-token" | "used-token" };

/** How long a password reset link stays valid. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

// A fixed hash to verify against when the email is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;

/**
 * The account when email and password match and its sign-up is confirmed, else null (same answer and
 * similar time for an unknown email). With the session version its tokens must carry.
 */
export async function verifyUserCredentials(
  db: Db,
  email: string,
  password: string,
): Promise<(AccountUser & { sessionVersion: number }) | null> {
  const [row] = await db
    .select({ ...accountColumns, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion, signUpPending: users.signUpPending })
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
    .limit(1);
  if (!row?.passwordHash) {
    dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(row.passwordHash, password))) return null;
  // An unconfirmed sign-up answers like a wrong password, so sign-in does not tell whether it existed.
  if (row.signUpPending) return null;
  const { passwordHash: _hash, signUpPending: _pending, ...user } = row;
  return user;
}

/** Creates a runner account (role "runner") with an Argon2id password hash. */
export async function createRunnerAccount(
  db: Db,
  input: { email: string; password: string; name: string },
): Promise<CreateRunnerAccountResult> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const [user] = await db
      .insert(users)
      .values({ email, name: input.name.trim(), passwordHash, role: "runner" })
      .returning(accountColumns);
    if (!user) throw new Error("insert into users returned no row");
    return { ok: true, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "email-taken" };
    throw error;
  }
}

const SIGN_UP_IDENTIFIER_PREFIX = "sign-up:";

/**
 * Starts a sign-up without telling the caller's visitor whether the email is taken: a new email gets an
 * account that cannot sign in until the emailed link is opened (`confirmSignUp`), with a one-day token of
 * which only the SHA-256 is stored; a taken email gets nothing changed (the caller mails its owner). Both
 * paths hash a password, so they take about as long.
 */
export async function registerAccount(
  db: Db,
  input: { email: string; password: string; name: string; locale?: Locale },
  now: Date,
): Promise<RegisterAccountResult> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const token = randomBytes(32).toString("base64url");
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, name: input.name.trim(), passwordHash, role: "runner", signUpPending: true, locale: input.locale ?? null })
        .returning(accountColumns);
      if (!user) throw new Error("insert into users returned no row");
      await tx.insert(verificationTokens).values({
        identifier: `${SIGN_UP_IDENTIFIER_PREFIX}${user.id}`,
        token: hashToken(token),
        expires: new Date(now.getTime() + SIGN_UP_CONFIRMATION_TTL_MS),
      });
      return { status: "created", user, confirmationToken: token } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "exists" };
    throw error;
  }
}

/** Confirms a sign-up with the emailed token (once, before it expires): the account can sign in. */
export async function confirmSignUp(db: Db, token: string, now: Date): Promise<{ ok: true; userId: string } | { ok: false }> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .delete(verificationTokens)
      .where(and(eq(verificationTokens.token, hashToken(token)), sql`${verificationTokens.identifier} like ${`${SIGN_UP_IDENTIFIER_PREFIX}%`}`))
      .returning({ identifier: verificationTokens.identifier, expires: verificationTokens.expires });
    if (!found || found.expires <= now) return { ok: false } as const;
    const userId = found.identifier.slice(SIGN_UP_IDENTIFIER_PREFIX.length);
    await tx.update(users).set({ signUpPending: false, emailVerified: now }).where(eq(users.id, userId));
    return { ok: true, userId } as const;
  });
}

/**
 * Starts a password reset: a random 32-byte token (base64url) for the email's account, valid for one hour;
 * only its SHA-256 is stored. Null for an unknown email, so callers can answer both cases alike.
 */
export async function createPasswordReset(db: Db, email: string, now: Date): Promise<string | null> {
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const token = randomBytes(32).toString("base64url");
  await db.insert(passwordResetTokens).values({
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
    createdAt: now,
  });
  return token;
}

/**
 * Sets a new password with a reset token: the token must exist, be unused and unexpired at `now`. Uses the
 * token, and every other open token of the account, in the same transaction.
 */
export async function resetPassword(db: Db, token: string, newPassword: string, now: Date): Promise<ResetPasswordResult> {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    // Claim the token atomically: of two concurrent uses, only one updates the row.
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) {
      const [existing] = await tx
        .select({ usedAt: passwordResetTokens.usedAt })
        .from(passwordResetTokens)
        .where(eq(passwordResetTokens.tokenHash, tokenHash))
        .limit(1);
      if (!existing) return { ok: false, error: "invalid-token" } as const;
      return { ok: false, error: existing.usedAt ? "used-token" : "expired-token" } as const;
    }
    // Sessions opened before the reset (perhaps by whoever knew the old password) stop working. Opening the
    // emailed link also proves the email, which confirms a pending sign-up.
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, sessionVersion: sql`${users.sessionVersion} + 1`, signUpPending: false })
      .where(eq(users.id, claimed.userId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, claimed.userId), isNull(passwordResetTokens.usedAt)));
    return { ok: true, userId: claimed.userId } as const;
  });
}
