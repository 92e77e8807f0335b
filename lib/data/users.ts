import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { perDatabase } from "@/db/prepared";
import { passwordResetTokens, runnerClaims, runners, users, verificationTokens } from "@/db/schema";
import { isSessionCurrent } from "@/lib/auth/session-validity";
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/auth/password";
import { namesMatch } from "@/lib/auth/runner-identity";
import { recordAudit } from "./audit";
import { dashboardVersionColumn } from "./dashboard-version";
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
}

export type CreateRunnerAccountResult = { ok: true; user: AccountUser } | { ok: false; error: "email-taken" };

export type FileRunnerClaimResult =
  | { ok: true; filed: true; claimId: number }
  | { ok: true; filed: false }
  | { ok: false; error: "user-already-linked" | "user-not-found" };

export type DecideRunnerClaimResult =
  | { ok: true }
  | { ok: false; error: "forbidden" | "claim-not-found" | "runner-taken" | "user-already-linked" };

export type AdminLinkRunnerResult =
  | { ok: true; runnerId: number }
  | { ok: false; error: "forbidden" | "runner-not-found" | "runner-taken" | "user-already-linked" | "user-not-found" };

export type ResetPasswordResult =
  | { ok: true; userId: string }
  | { ok: false; error: "invalid-token" | "expired-token" | "used-token" | "weak-password" };

/** How long the link that confirms a sign-up stays valid. */
export const SIGN_UP_CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

export type RegisterAccountResult = { status: "created"; user: AccountUser; confirmationToken: string } | { status: "exists" };

/** How long a password reset link stays valid. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

const accountColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

/** Emails are compared case-insensitively (the unique index is on lower(email)); stored trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True for PostgreSQL's unique_violation, whether Drizzle wrapped the driver error or not. */
function isUniqueViolation(error: unknown): boolean {
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

/** The refusal when the account does not exist or already has a runner; null when it may be linked. */
async function checkUserUnlinked(
  tx: Tx,
  userId: string,
): Promise<{ ok: false; error: "user-not-found" | "user-already-linked" } | null> {
  const [user] = await tx
    .select({ id: users.id, runnerId: runners.id })
    .from(users)
    .leftJoin(runners, eq(runners.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return { ok: false, error: "user-not-found" };
  if (user.runnerId !== null) return { ok: false, error: "user-already-linked" };
  return null;
}

/** Sets the runner's account if it has none yet and records who linked it, and how, in the audit trail. */
async function attachRunner(
  tx: Tx,
  link: { runnerId: number; userId: string; actorUserId: string; reason?: string | null; via: "claim" | "admin" },
): Promise<{ ok: true; runnerId: number } | { ok: false; error: "runner-taken" }> {
  // The `user_id is null` guard makes a concurrent claim of the same runner lose, not overwrite.
  const linked = await tx
    .update(runners)
    .set({ userId: link.userId })
    .where(and(eq(runners.id, link.runnerId), isNull(runners.userId)))
    .returning({ id: runners.id });
  if (linked.length === 0) return { ok: false, error: "runner-taken" };

  await recordAudit(tx, {
    actorUserId: link.actorUserId,
    entityType: "runner",
    entityId: link.runnerId,
    action: "linked",
    reason: link.reason ?? null,
    details: { userId: link.userId, via: link.via },
  });
  return { ok: true, runnerId: link.runnerId };
}

/**
 * Files the account's claim to a runner record: when the external id, the name as in results (any case,
 * accents, word order) and the birth year match an unlinked runner, a pending claim that an admin approves
 * or rejects (`decideRunnerClaim`). Those three facts are public (results pages), so they link nothing by
 * themselves. The outcome is for tests and logs only: callers answer the same whatever matched. Never by
 * name alone; at most one open claim per account (a later one replaces it).
 */
export async function fileRunnerClaim(
  db: Db,
  input: { userId: string; externalId: string; name: string; birthYear: number },
): Promise<FileRunnerClaimResult> {
  const externalId = input.externalId.trim();
  return db.transaction(async (tx) => {
    const unlinked = await checkUserUnlinked(tx, input.userId);
    if (unlinked) return unlinked;
    if (!externalId) return { ok: true, filed: false } as const;
    const [runner] = await tx
      .select({ id: runners.id, name: runners.name, birthYear: runners.birthYear, userId: runners.userId })
      .from(runners)
      .where(eq(runners.externalId, externalId))
      .limit(1);
    if (!runner || runner.userId !== null || runner.birthYear !== input.birthYear || !namesMatch(runner.name, input.name)) {
      return { ok: true, filed: false } as const;
    }
    await tx
      .delete(runnerClaims)
      .where(and(eq(runnerClaims.userId, input.userId), eq(runnerClaims.status, "pending")));
    const [claim] = await tx.insert(runnerClaims).values({ userId: input.userId, runnerId: runner.id }).returning({ id: runnerClaims.id });
    return { ok: true, filed: true, claimId: claim?.id ?? 0 } as const;
  });
}

/** A pending claim as the admin page lists it. */
export interface PendingRunnerClaim {
  id: number;
  createdAt: Date;
  userEmail: string;
  userName: string | null;
  runnerId: number;
  runnerName: string;
  externalId: string | null;
  birthYear: number | null;
}

/** The pending claims, oldest first (for admins: the caller checks the role). */
export async function listPendingRunnerClaims(db: Db): Promise<PendingRunnerClaim[]> {
  return db
    .select({
      id: runnerClaims.id,
      createdAt: runnerClaims.createdAt,
      userEmail: users.email,
      userName: users.name,
      runnerId: runners.id,
      runnerName: runners.name,
      externalId: runners.externalId,
      birthYear: runners.birthYear,
    })
    .from(runnerClaims)
    .innerJoin(users, eq(users.id, runnerClaims.userId))
    .innerJoin(runners, eq(runners.id, runnerClaims.runnerId))
    .where(eq(runnerClaims.status, "pending"))
    .orderBy(asc(runnerClaims.createdAt), asc(runnerClaims.id))
    .limit(200);
}

/**
 * An admin approves (links the account to the runner, as `linkRunnerByAdmin` does) or rejects a pending
 * claim. The actor's role is checked here, against the database; the audit trail records it.
 */
export async function decideRunnerClaim(
  db: Db,
  input: { actorUserId: string; claimId: number; decision: "approve" | "reject"; now: Date },
): Promise<DecideRunnerClaimResult> {
  try {
    return await db.transaction(async (tx) => {
      const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.actorUserId)).limit(1);
      if (actor?.role !== "admin") return { ok: false, error: "forbidden" } as const;
      const [claim] = await tx
        .update(runnerClaims)
        .set({ status: input.decision === "approve" ? "approved" : "rejected", decidedAt: input.now, decidedBy: input.actorUserId })
        .where(and(eq(runnerClaims.id, input.claimId), eq(runnerClaims.status, "pending")))
        .returning({ userId: runnerClaims.userId, runnerId: runnerClaims.runnerId });
      if (!claim) return { ok: false, error: "claim-not-found" } as const;
      if (input.decision === "reject") return { ok: true } as const;
      // Linked elsewhere since the claim was filed: the claim closes as rejected.
      const closeAsRejected = () => tx.update(runnerClaims).set({ status: "rejected" }).where(eq(runnerClaims.id, input.claimId));
      const unlinked = await checkUserUnlinked(tx, claim.userId);
      if (unlinked) {
        await closeAsRejected();
        return { ok: false, error: "user-already-linked" } as const;
      }
      const linked = await attachRunner(tx, {
        runnerId: claim.runnerId,
        userId: claim.userId,
        actorUserId: input.actorUserId,
        reason: `claim ${input.claimId}`,
        via: "claim",
      });
      if (!linked.ok) {
        await closeAsRejected();
        return { ok: false, error: "runner-taken" } as const;
      }
      return { ok: true } as const;
    });
  } catch (error) {
    // runners_user_idx: the account was linked concurrently.
    if (isUniqueViolation(error)) return { ok: false, error: "user-already-linked" };
    throw error;
  }
}

/** The portal's id of the runner with this external (UTMB) id, or null. */
export async function findRunnerIdByExternalId(db: Db, externalId: string): Promise<number | null> {
  const [row] = await db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, externalId.trim())).limit(1);
  return row?.id ?? null;
}

/**
 * An admin links an account to a runner (for runners whose identity cannot be proved online). The actor's
 * role is checked here, against the database, and an audit event records who did it.
 */
export async function linkRunnerByAdmin(
  db: Db,
  input: { actorUserId: string; userId: string; runnerId: number; reason?: string },
): Promise<AdminLinkRunnerResult> {
  try {
    return await db.transaction(async (tx) => {
      const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.actorUserId)).limit(1);
      if (actor?.role !== "admin") return { ok: false, error: "forbidden" } as const;

      const unlinked = await checkUserUnlinked(tx, input.userId);
      if (unlinked) return unlinked;

      const [runner] = await tx
        .select({ id: runners.id, userId: runners.userId })
        .from(runners)
        .where(eq(runners.id, input.runnerId))
        .limit(1);
      if (!runner) return { ok: false, error: "runner-not-found" } as const;

      return attachRunner(tx, {
        runnerId: runner.id,
        userId: input.userId,
        actorUserId: input.actorUserId,
        reason: input.reason ?? null,
        via: "admin",
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "user-already-linked" };
    throw error;
  }
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
  if (newPassword.length < PASSWORD_MIN_LENGTH) return { ok: false, error: "weak-password" };
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

