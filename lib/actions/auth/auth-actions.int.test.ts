/**
 * The sign-in pages' server actions called directly as Next calls them, on a real database: bad input
 * (field errors, nothing written), the answers that must not tell which emails exist, success, and the
 * signed-in-only ones signed out. Auth.js's own signIn/signOut are stood in for (they need Next's
 * response cookies); what the actions decide around them is the app's.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { passwordResetTokens, runnerClaims, runners, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf, signInAs, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("APP_URL", "https://portal.example");
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));
const sent = vi.hoisted(() => [] as { to: string; subject: string; text: string }[]);
vi.mock("@/lib/mail/mail", async (original) => ({
  ...(await original<object>()),
  sendMail: async (message: { to: string; subject: string; text: string }) => {
    sent.push(message);
  },
}));
const authjs = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/auth", () => authjs);
// next-auth's package entry needs Next's server runtime; the action only uses its error class.
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {
    constructor(readonly type: string) {
      super(type);
    }
  },
}));

let database: TestDatabase;
const idle = { status: "idle" as const };
const STRONG = "correct horse battery staple 42";

/** The path a redirect() inside the action would send the browser to. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("the action did not redirect");
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "auth_actions" });
  await database.db.insert(users).values({ id: "auth-taken", email: "taken@example.com", role: "runner" });
  await database.db.insert(runners).values({ externalId: "7200001", name: "Anna SCHMIDT", sex: "F", birthYear: 1992 });
});
beforeEach(() => {
  sent.length = 0;
  authjs.signIn.mockReset();
  authjs.signOut.mockReset();
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("createAccountAction (sign-up)", () => {
  it("names each bad field and creates nothing", async () => {
    const { createAccountAction } = await import("./create-account");
    const state = await createAccountAction(idle, formOf({ name: "", email: "nope", password: "aaaaaaaaaa", confirmPassword: "b" }));
    expect(state.status).toBe("error");
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
    expect(state.values).not.toHaveProperty("password");
    expect(await database.db.select({ id: users.id }).from(users)).toHaveLength(1);
    expect(sent).toEqual([]);
  });

  it("answers a new and a taken email alike; only the mailbox tells which", async () => {
    const { createAccountAction } = await import("./create-account");
    const fresh = await createAccountAction(idle, formOf({ name: "New Runner", email: "new@example.com", password: STRONG, confirmPassword: STRONG }));
    const taken = await createAccountAction(idle, formOf({ name: "Someone", email: "TAKEN@example.com", password: STRONG, confirmPassword: STRONG }));
    expect(fresh).toEqual(taken);
    expect(fresh.status).toBe("success");
    const [created] = await database.db.select().from(users).where(eq(users.email, "new@example.com"));
    expect(created).toMatchObject({ signUpPending: true, role: "runner" });
    expect(created?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(sent.map((m) => m.to)).toEqual(["new@example.com", "TAKEN@example.com"]);
    expect(sent[0]?.text).toContain("https://portal.example/confirm-email?token=");
  });
});

describe("requestPasswordResetAction and resetPasswordAction", () => {
  it("answers a known and an unknown email alike and mails only the account's owner", async () => {
    const { requestPasswordResetAction } = await import("./request-password-reset");
    expect(await requestPasswordResetAction(idle, formOf({ email: "bad" }))).toMatchObject({ status: "error", errors: { email: [expect.any(String)] } });
    const known = await requestPasswordResetAction(idle, formOf({ email: "new@example.com" }));
    const unknown = await requestPasswordResetAction(idle, formOf({ email: "ghost@example.com" }));
    expect(known).toEqual(unknown);
    expect(sent.map((m) => m.to)).toEqual(["new@example.com"]);
    expect(sent[0]?.text).toContain("https://portal.example/reset-password?token=");
  });

  it("refuses a weak password or a wrong token, then sets the password once and sends to sign-in", async () => {
    const { requestPasswordResetAction } = await import("./request-password-reset");
    const { resetPasswordAction } = await import("./reset-password");
    await requestPasswordResetAction(idle, formOf({ email: "new@example.com" }));
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(sent.at(-1)?.text ?? "")?.[1] ?? "");
    expect(token).not.toBe("");
    const weak = await resetPasswordAction(idle, formOf({ token, password: "aaaaaaaaaa", confirmPassword: "aaaaaaaaaa" }));
    expect(weak).toMatchObject({ status: "error", errors: { password: [expect.any(String)] } });
    const wrong = await resetPasswordAction(idle, formOf({ token: "not-the-token", password: STRONG, confirmPassword: STRONG }));
    expect(wrong).toMatchObject({ status: "error", message: expect.stringContaining("invalid") });
    expect(await redirectOf(() => resetPasswordAction(idle, formOf({ token, password: STRONG, confirmPassword: STRONG })))).toBe("/sign-in?reset=1");
    const [row] = await database.db.select({ changed: users.passwordChangedAt, pending: users.signUpPending }).from(users).where(eq(users.email, "new@example.com"));
    expect(row?.changed).toBeInstanceOf(Date);
    expect(row?.pending).toBe(false);
    const open = await database.db.select().from(passwordResetTokens);
    expect(open.every((t) => t.usedAt !== null)).toBe(true);
  });
});

describe("linkRunnerAction (a runner claims their record)", () => {
  it("asks a signed-out visitor to sign in and files nothing", async () => {
    const { linkRunnerAction } = await import("./link-runner");
    await signInAs(null);
    const state = await linkRunnerAction(idle, formOf({ externalId: "7200001", name: "Anna Schmidt", birthYear: "1992" }));
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("Sign in") });
    expect(await database.db.select().from(runnerClaims)).toEqual([]);
  });

  it("names bad fields, then answers a match and a mismatch alike; only the match is filed", async () => {
    const { linkRunnerAction } = await import("./link-runner");
    await signInAs({ id: "auth-taken" });
    const bad = await linkRunnerAction(idle, formOf({ externalId: "not an id", name: "", birthYear: "1700" }));
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(["birthYear", "externalId", "name"]);
    const wrongYear = await linkRunnerAction(idle, formOf({ externalId: "7200001", name: "Anna Schmidt", birthYear: "1991" }));
    const match = await linkRunnerAction(idle, formOf({ externalId: "7200001", name: "schmidt anna", birthYear: "1992" }));
    expect(wrongYear.message).toBe(match.message);
    expect(match.status).toBe("success");
    const claims = await database.db.select({ userId: runnerClaims.userId, status: runnerClaims.status }).from(runnerClaims);
    expect(claims).toEqual([{ userId: "auth-taken", status: "pending" }]);
  });
});

describe("signInAction and signOutAction", () => {
  it("sign-in names bad fields without calling Auth.js, and goes only to a path of ours after success", async () => {
    const { signInAction } = await import("./sign-in-user");
    const bad = await signInAction(idle, formOf({ email: "nope", password: "" }));
    expect(bad).toMatchObject({ status: "error", errors: { email: [expect.any(String)] } });
    expect(authjs.signIn).not.toHaveBeenCalled();
    const { AuthError } = (await import("next-auth")) as unknown as { AuthError: new (type: string) => Error };
    authjs.signIn.mockRejectedValueOnce(new AuthError("CredentialsSignin"));
    const wrong = await signInAction(idle, formOf({ email: "new@example.com", password: "wrong password" }));
    expect(wrong).toEqual({ status: "error", message: "Email or password is incorrect", values: { email: "new@example.com" } });
    authjs.signIn.mockResolvedValue(undefined);
    const form = { email: "new@example.com", password: STRONG };
    expect(await redirectOf(() => signInAction(idle, formOf({ ...form, callbackUrl: "/requests" })))).toBe("/requests");
    expect(await redirectOf(() => signInAction(idle, formOf({ ...form, callbackUrl: "//evil.example/x" })))).toBe("/dashboard");
    expect(authjs.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: "new@example.com", redirect: false }));
  });

  it("sign-out ends every session of the account on the server, and only clears the cookie when signed out", async () => {
    const { signOutAction } = await import("./sign-out-user");
    await signInAs(null);
    await signOutAction();
    expect(authjs.signOut).toHaveBeenCalledTimes(1);
    await signInAs({ id: "auth-taken" });
    await signOutAction();
    const [row] = await database.db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, "auth-taken"));
    expect(row?.version).toBe(1);
    // The same cookie no longer opens a session.
    const { getSessionUser } = await import("@/lib/data/users");
    expect(await getSessionUser(database.db, "auth-taken", { sessionVersion: 0 })).toBeNull();
  });
});
