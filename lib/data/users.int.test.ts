import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, dataVersions, passwordResetTokens, runnerClaims, runners, users } from "@/db/schema";
import { createTestDatabase } from "@/test/test-database";
import { findUserByEmail, endAllSessions, getSessionUser } from "./users";
import { createPasswordReset, createRunnerAccount, confirmSignUp, registerAccount, PASSWORD_RESET_TTL_MS, resetPassword, verifyUserCredentials } from "./accounts";
import { findRunnerIdByExternalId, decideRunnerClaim, fileRunnerClaim, linkRunnerByAdmin, listPendingRunnerClaims } from "./runner-claims";

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});

afterAll(async () => {
  await testDb?.dispose();
});

let sequence = 0;
/** A unique email and external id per call, so tests share one database without colliding. */
function unique(prefix: string) {
  sequence += 1;
  return { email: `${prefix}-${sequence}@example.org`, externalId: `77${String(sequence).padStart(5, "0")}` };
}

async function newAccount(prefix = "runner", password = "correct horse battery") {
  const { email } = unique(prefix);
  const result = await createRunnerAccount(db, { email, password, name: `${prefix} ${sequence}` });
  if (!result.ok) throw new Error(`could not create ${email}`);
  return result.user;
}

async function newRunner(values: { name: string; birthYear: number | null; externalId?: string; userId?: string }) {
  const externalId = values.externalId ?? unique("runner").externalId;
  const [row] = await db
    .insert(runners)
    .values({ externalId, name: values.name, sex: "F", birthYear: values.birthYear, userId: values.userId ?? null })
    .returning({ id: runners.id, externalId: runners.externalId });
  if (!row?.externalId) throw new Error("runner insert failed");
  return { id: row.id, externalId: row.externalId };
}

async function runnerOwner(runnerId: number) {
  const [row] = await db.select({ userId: runners.userId }).from(runners).where(eq(runners.id, runnerId));
  return row?.userId ?? null;
}

async function makeAdmin() {
  const admin = await newAccount("admin");
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
  return admin;
}

describe("createRunnerAccount", () => {
  it("creates a runner account with a lower-case email and an Argon2 hash, never the password", async () => {
    const result = await createRunnerAccount(db, { email: "  Ada.Lovelace@Example.ORG ", password: "analytical-engine", name: " Ada " });
    expect(result).toEqual({
      ok: true,
      user: { id: expect.any(String), email: "ada.lovelace@example.org", name: "Ada", role: "runner" },
    });
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, "ada.lovelace@example.org"));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("analytical-engine");
  });

  it("refuses an email that exists in any case with a typed error", async () => {
    const { email } = unique("dup");
    expect((await createRunnerAccount(db, { email, password: "first-password", name: "First" })).ok).toBe(true);
    const again = await createRunnerAccount(db, { email: email.toUpperCase(), password: "second-password", name: "Second" });
    expect(again).toEqual({ ok: false, error: "email-taken" });
    const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(rows).toHaveLength(1);
  });
});

describe("findUserByEmail and verifyUserCredentials", () => {
  it("finds a user by email in any case, without secret columns", async () => {
    const user = await newAccount("find");
    const found = await findUserByEmail(db, `  ${user.email.toUpperCase()} `);
    expect(found).toEqual(user);
    expect(found).not.toHaveProperty("passwordHash");
    expect(await findUserByEmail(db, "nobody@example.org")).toBeNull();
  });

  it("accepts the right password only", async () => {
    const user = await newAccount("creds", "the-right-password");
    expect(await verifyUserCredentials(db, user.email.toUpperCase(), "the-right-password")).toEqual({ ...user, sessionVersion: 0 });
    expect(await verifyUserCredentials(db, user.email, "the-wrong-password")).toBeNull();
    expect(await verifyUserCredentials(db, "unknown@example.org", "the-right-password")).toBeNull();
  });
});

describe("getSessionUser", () => {
  it("returns the account with its runner id and dashboard version, and null once the user is deleted", async () => {
    const user = await newAccount("session");
    expect(await getSessionUser(db, user.id)).toEqual({ ...user, runnerId: null, dashboardVersion: null, locale: null, unreadNotifications: 0 });
    const runner = await newRunner({ name: "Session Runner", birthYear: 1990, userId: user.id });
    const [catalog] = await db.select({ v: dataVersions.version }).from(dataVersions).where(eq(dataVersions.scope, "catalog"));
    expect(await getSessionUser(db, user.id)).toEqual({ ...user, runnerId: runner.id, dashboardVersion: `0.${catalog?.v}`, locale: null, unreadNotifications: 0 });
    await db.update(runners).set({ nationality: "NO" }).where(eq(runners.id, runner.id));
    expect((await getSessionUser(db, user.id))?.dashboardVersion).toBe(`1.${catalog?.v}`);
    await db.update(users).set({ role: "elite" }).where(eq(users.id, user.id));
    expect((await getSessionUser(db, user.id))?.role).toBe("elite");
    await db.delete(users).where(eq(users.id, user.id));
    expect(await getSessionUser(db, user.id)).toBeNull();
  });
});

// Issue #14.9: sign-up said which emails exist (and signed the new account in at once).
describe("registerAccount and confirmSignUp", () => {
  it("creates an account that cannot sign in until its emailed token is used, once", async () => {
    const { email } = unique("signup");
    const now = new Date();
    const result = await registerAccount(db, { email, password: "granite-lantern-offside", name: "New Runner" }, now);
    if (result.status !== "created") throw new Error("expected a new account");
    expect(await verifyUserCredentials(db, email, "granite-lantern-offside")).toBeNull();
    expect(await confirmSignUp(db, "not-the-token", now)).toEqual({ ok: false });
    expect(await confirmSignUp(db, result.confirmationToken, now)).toEqual({ ok: true, userId: result.user.id });
    expect(await verifyUserCredentials(db, email, "granite-lantern-offside")).toMatchObject({ id: result.user.id });
    expect(await confirmSignUp(db, result.confirmationToken, now)).toEqual({ ok: false });
  });

  it("changes nothing for a taken email (any case) and says only 'exists' to the caller", async () => {
    const user = await newAccount("taken", "the-first-password");
    const result = await registerAccount(db, { email: user.email.toUpperCase(), password: "granite-lantern-offside", name: "Intruder" }, new Date());
    expect(result).toEqual({ status: "exists" });
    expect(await verifyUserCredentials(db, user.email, "the-first-password")).toMatchObject({ id: user.id, name: user.name });
  });

  it("refuses an expired confirmation", async () => {
    const { email } = unique("expired");
    const then = new Date("2026-01-01T00:00:00Z");
    const result = await registerAccount(db, { email, password: "granite-lantern-offside", name: "Late" }, then);
    if (result.status !== "created") throw new Error("expected a new account");
    expect(await confirmSignUp(db, result.confirmationToken, new Date(then.getTime() + 25 * 3600 * 1000))).toEqual({ ok: false });
  });

  it("a password reset confirms a pending sign-up (the link proves the email)", async () => {
    const { email } = unique("pending-reset");
    await registerAccount(db, { email, password: "granite-lantern-offside", name: "Pending" }, new Date());
    const token = (await createPasswordReset(db, email, new Date())) ?? "";
    expect(await resetPassword(db, token, "another-granite-lantern", new Date())).toMatchObject({ ok: true });
    expect(await verifyUserCredentials(db, email, "another-granite-lantern")).not.toBeNull();
  });
});

// Issue #14.6: signing out left the 30-day token working.
describe("session versions: sign-out and password changes end sessions on the server", () => {
  it("refuses a token of an older session version once the account signed out", async () => {
    const user = await newAccount("signout");
    const signedIn = await verifyUserCredentials(db, user.email, "correct horse battery");
    expect(signedIn?.sessionVersion).toBe(0);
    expect(await getSessionUser(db, user.id, { sessionVersion: 0 })).toMatchObject({ id: user.id });
    // A token issued before versions existed carries none: version 0.
    expect(await getSessionUser(db, user.id, {})).toMatchObject({ id: user.id });

    await endAllSessions(db, user.id);
    expect(await getSessionUser(db, user.id, { sessionVersion: 0 })).toBeNull();
    expect(await getSessionUser(db, user.id, {})).toBeNull();
    // Signing in again issues the new version, which works.
    const again = await verifyUserCredentials(db, user.email, "correct horse battery");
    expect(again?.sessionVersion).toBe(1);
    expect(await getSessionUser(db, user.id, { sessionVersion: 1 })).toMatchObject({ id: user.id });
  });

  it("a password reset ends every session, whatever its issue time", async () => {
    const user = await newAccount("reset-version", "old-password-1");
    const token = (await createPasswordReset(db, user.email, new Date())) ?? "";
    expect(await resetPassword(db, token, "granite-lantern-offside", new Date())).toMatchObject({ ok: true });
    expect(await getSessionUser(db, user.id, { sessionVersion: 0, issuedAt: Math.floor(Date.now() / 1000) + 5 })).toBeNull();
  });
});

// Issue #14.3: id + name + birth year (public facts) linked a stranger's record at once, with no attempt
// limit, and "already linked" told a visitor that the birth year was right.
describe("runner claims: matched details file a claim that an admin decides", () => {
  async function pendingClaims(userId: string) {
    return db.select().from(runnerClaims).where(and(eq(runnerClaims.userId, userId), eq(runnerClaims.status, "pending")));
  }

  it("files a claim when id, name (any case, accents, order) and birth year match, linking nothing yet", async () => {
    const user = await newAccount("claim");
    const runner = await newRunner({ name: "Léa Fontaine-Dubois", birthYear: 1993 });
    const result = await fileRunnerClaim(db, { userId: user.id, externalId: ` ${runner.externalId} `, name: "DUBOIS lea fontaine", birthYear: 1993 });
    expect(result).toMatchObject({ ok: true, filed: true });
    expect(await runnerOwner(runner.id)).toBeNull();
    expect(await pendingClaims(user.id)).toHaveLength(1);
  });

  it.each([
    ["a wrong birth year", { birthYear: 1992 }],
    ["a different name", { name: "Léa Martin" }],
    ["part of the name", { name: "Léa" }],
    ["the right name and year with another id (never by name alone)", { externalId: "0000000" }],
  ])("files nothing for %s, and answers like a match (ok)", async (_label, change) => {
    const user = await newAccount("nomatch");
    const runner = await newRunner({ name: "Léa Fontaine", birthYear: 1993 });
    const result = await fileRunnerClaim(db, { userId: user.id, externalId: runner.externalId, name: "Léa Fontaine", birthYear: 1993, ...change });
    expect(result).toEqual({ ok: true, filed: false });
    expect(await pendingClaims(user.id)).toHaveLength(0);
  });

  it("answers a claim to a runner linked to someone else exactly like no match", async () => {
    const owner = await newAccount("owner");
    const other = await newAccount("other");
    const runner = await newRunner({ name: "Taken Runner", birthYear: 1980, userId: owner.id });
    expect(await fileRunnerClaim(db, { userId: other.id, externalId: runner.externalId, name: "Taken Runner", birthYear: 1980 })).toEqual({
      ok: true,
      filed: false,
    });
    expect(await runnerOwner(runner.id)).toBe(owner.id);
  });

  it("refuses when the account already has a runner", async () => {
    const user = await newAccount("twice");
    await newRunner({ name: "First Runner", birthYear: 1980, userId: user.id });
    const second = await newRunner({ name: "Second Runner", birthYear: 1981 });
    expect(await fileRunnerClaim(db, { userId: user.id, externalId: second.externalId, name: "Second Runner", birthYear: 1981 })).toEqual({
      ok: false,
      error: "user-already-linked",
    });
  });

  it("an admin approves a claim: the account is linked and the audit trail says by whom", async () => {
    const admin = await makeAdmin();
    const user = await newAccount("approved");
    const runner = await newRunner({ name: "Ana Claim", birthYear: 1990 });
    await fileRunnerClaim(db, { userId: user.id, externalId: runner.externalId, name: "Ana Claim", birthYear: 1990 });
    const [pending] = await listPendingRunnerClaims(db).then((all) => all.filter((c) => c.runnerId === runner.id));
    if (!pending) throw new Error("no pending claim listed");
    expect(pending).toMatchObject({ userEmail: user.email, runnerName: "Ana Claim", birthYear: 1990 });

    expect(await decideRunnerClaim(db, { actorUserId: user.id, claimId: pending.id, decision: "approve", now: new Date() })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await decideRunnerClaim(db, { actorUserId: admin.id, claimId: pending.id, decision: "approve", now: new Date() })).toEqual({ ok: true });
    expect(await runnerOwner(runner.id)).toBe(user.id);
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "runner"), eq(auditEvents.entityId, String(runner.id))));
    expect(audit).toEqual([expect.objectContaining({ actorUserId: admin.id, action: "linked", details: { userId: user.id, via: "claim" } })]);
    expect(await decideRunnerClaim(db, { actorUserId: admin.id, claimId: pending.id, decision: "reject", now: new Date() })).toEqual({
      ok: false,
      error: "claim-not-found",
    });
  });

  it("a rejected claim links nothing", async () => {
    const admin = await makeAdmin();
    const user = await newAccount("rejected");
    const runner = await newRunner({ name: "Rex Claim", birthYear: 1985 });
    const filed = await fileRunnerClaim(db, { userId: user.id, externalId: runner.externalId, name: "Rex Claim", birthYear: 1985 });
    if (!filed.ok || !filed.filed) throw new Error("expected a claim");
    expect(await decideRunnerClaim(db, { actorUserId: admin.id, claimId: filed.claimId, decision: "reject", now: new Date() })).toEqual({ ok: true });
    expect(await runnerOwner(runner.id)).toBeNull();
  });
});

describe("findRunnerIdByExternalId", () => {
  it("finds a runner by external id only", async () => {
    const runner = await newRunner({ name: "Lookup Runner", birthYear: 1984 });
    expect(await findRunnerIdByExternalId(db, ` ${runner.externalId} `)).toBe(runner.id);
    expect(await findRunnerIdByExternalId(db, "Lookup Runner")).toBeNull();
  });
});

describe("linkRunnerByAdmin", () => {
  it("lets an admin link an account to a runner and records who did it", async () => {
    const admin = await makeAdmin();
    const user = await newAccount("adminlinked");
    const runner = await newRunner({ name: "Offline Runner", birthYear: 1975 });
    expect(await linkRunnerByAdmin(db, { actorUserId: admin.id, userId: user.id, runnerId: runner.id })).toEqual({
      ok: true,
      runnerId: runner.id,
    });
    expect(await runnerOwner(runner.id)).toBe(user.id);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, String(runner.id)));
    expect(audit).toEqual([
      expect.objectContaining({
        actorUserId: admin.id,
        entityType: "runner",
        action: "linked",
        details: { userId: user.id, via: "admin" },
      }),
    ]);
  });

  it("refuses an actor who is not an admin, changing nothing", async () => {
    const elite = await newAccount("elite");
    await db.update(users).set({ role: "elite" }).where(eq(users.id, elite.id));
    const user = await newAccount("victim");
    const runner = await newRunner({ name: "Guarded Runner", birthYear: 1975 });
    expect(await linkRunnerByAdmin(db, { actorUserId: elite.id, userId: user.id, runnerId: runner.id })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await runnerOwner(runner.id)).toBeNull();
    expect(await db.select().from(auditEvents).where(eq(auditEvents.entityId, String(runner.id)))).toEqual([]);
  });

  it("refuses a taken runner, an unknown runner or user, and an account that already has a runner", async () => {
    const admin = await makeAdmin();
    const owner = await newAccount("owner");
    const user = await newAccount("free");
    const taken = await newRunner({ name: "Taken", birthYear: 1970, userId: owner.id });
    const free = await newRunner({ name: "Free", birthYear: 1970 });
    expect(await linkRunnerByAdmin(db, { actorUserId: admin.id, userId: user.id, runnerId: taken.id })).toEqual({
      ok: false,
      error: "runner-taken",
    });
    expect(await linkRunnerByAdmin(db, { actorUserId: admin.id, userId: user.id, runnerId: 99_999_999 })).toEqual({
      ok: false,
      error: "runner-not-found",
    });
    expect(await linkRunnerByAdmin(db, { actorUserId: admin.id, userId: "no-such-user", runnerId: free.id })).toEqual({
      ok: false,
      error: "user-not-found",
    });
    expect(await linkRunnerByAdmin(db, { actorUserId: admin.id, userId: owner.id, runnerId: free.id })).toEqual({
      ok: false,
      error: "user-already-linked",
    });
    expect(await runnerOwner(free.id)).toBeNull();
  });
});

describe("password reset", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

  it("returns null for an unknown email", async () => {
    expect(await createPasswordReset(db, "nobody-here@example.org", now)).toBeNull();
  });

  it("creates a random base64url token, storing only its SHA-256, valid for one hour", async () => {
    const user = await newAccount("reset");
    const token = await createPasswordReset(db, user.email.toUpperCase(), now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toEqual([
      expect.objectContaining({ tokenHash: sha256(token ?? ""), usedAt: null, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("changes the password once: the token cannot be used again", async () => {
    const user = await newAccount("once", "old-password-1");
    const token = (await createPasswordReset(db, user.email, now)) ?? "";
    const later = new Date(now.getTime() + 10 * 60 * 1000);
    expect(await resetPassword(db, token, "new-password-1", later)).toEqual({ ok: true, userId: user.id });
    expect(await verifyUserCredentials(db, user.email, "old-password-1")).toBeNull();
    expect(await verifyUserCredentials(db, user.email, "new-password-1")).toEqual({ ...user, sessionVersion: 1 });
    expect(await resetPassword(db, token, "newer-password-2", later)).toEqual({ ok: false, error: "used-token" });
    expect(await verifyUserCredentials(db, user.email, "new-password-1")).toEqual({ ...user, sessionVersion: 1 });
  });

  it("ends the sessions issued before the reset, and keeps the ones issued after", async () => {
    const user = await newAccount("sessions", "old-password-1");
    const token = (await createPasswordReset(db, user.email, now)) ?? "";
    const resetAt = new Date(now.getTime() + 10 * 60 * 1000);
    const resetSecond = Math.floor(resetAt.getTime() / 1000);
    expect(await getSessionUser(db, user.id, { issuedAt: resetSecond - 60 })).toMatchObject({ id: user.id });
    expect(await resetPassword(db, token, "new-password-1", resetAt)).toEqual({ ok: true, userId: user.id });
    expect(await getSessionUser(db, user.id, { issuedAt: resetSecond - 60 })).toBeNull();
    expect(await getSessionUser(db, user.id, { issuedAt: resetSecond, sessionVersion: 1 })).toMatchObject({ id: user.id });
    expect(await getSessionUser(db, user.id, { issuedAt: resetSecond + 60, sessionVersion: 1 })).toMatchObject({ id: user.id });
  });

  it("refuses an expired token, at and after the hour", async () => {
    const user = await newAccount("expired", "old-password-1");
    const token = (await createPasswordReset(db, user.email, now)) ?? "";
    const atExpiry = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
    expect(await resetPassword(db, token, "new-password-1", atExpiry)).toEqual({ ok: false, error: "expired-token" });
    expect(await verifyUserCredentials(db, user.email, "old-password-1")).toEqual({ ...user, sessionVersion: 0 });
  });

  it("refuses an unknown token and a too-short password", async () => {
    const user = await newAccount("invalid");
    const token = (await createPasswordReset(db, user.email, now)) ?? "";
    expect(await resetPassword(db, "not-a-token", "new-password-1", now)).toEqual({ ok: false, error: "invalid-token" });
    // The weak attempt did not use the token.
    expect(await resetPassword(db, token, "new-password-1", now)).toEqual({ ok: true, userId: user.id });
  });

  it("closes the account's other open reset links when one is used", async () => {
    const user = await newAccount("others");
    const first = (await createPasswordReset(db, user.email, now)) ?? "";
    const second = (await createPasswordReset(db, user.email, now)) ?? "";
    expect((await resetPassword(db, second, "new-password-1", now)).ok).toBe(true);
    expect(await resetPassword(db, first, "new-password-2", now)).toEqual({ ok: false, error: "used-token" });
  });
});
