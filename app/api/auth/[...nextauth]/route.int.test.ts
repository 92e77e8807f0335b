/**
 * Auth.js's own route (`/api/auth/*`) called as Next calls it, on a real database: the CSRF token, the
 * credentials callback with a good and a bad password, bad input, a post without the CSRF token, and that
 * the cookie it issues is one the app's session reader accepts (and only until sign-out).
 */
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("AUTH_TRUST_HOST", "true");
vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
const ORIGIN = "http://localhost:3000";
const EMAIL = "route.runner@example.com";
const PASSWORD = "a long passphrase for the route 42";

/** A cookie jar as a browser keeps one between requests. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  all() {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }
}

async function route() {
  return import("./route");
}

async function csrf(jar: Jar): Promise<string> {
  const { GET } = await route();
  const response = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie: jar.header() } }));
  expect(response.status).toBe(200);
  jar.take(response);
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}

async function signInPost(jar: Jar, fields: Record<string, string>) {
  const { POST } = await route();
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: ORIGIN },
      body: new URLSearchParams(fields).toString(),
    }),
  );
  jar.take(response);
  return response;
}

/** What the app's own reader (lib/auth/session.ts) makes of the jar's session cookie. */
async function sessionUserOf(jar: Jar) {
  const { sessionTokenFromCookies } = await import("@/lib/auth/session-cookie");
  const { createSessionTokenReader } = await import("@/lib/auth/session-token");
  const { getSessionUser } = await import("@/lib/data/users");
  const found = sessionTokenFromCookies(jar.all());
  if (!found) return null;
  const claims = await createSessionTokenReader({ secret: TEST_AUTH_SECRET })(found.token, found.cookieName);
  if (!claims) return null;
  return getSessionUser(database.db, claims.userId, { issuedAt: claims.issuedAt, sessionVersion: claims.sessionVersion });
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "auth_route" });
  const { hashPassword } = await import("@/lib/data/password-hash");
  await database.db.insert(users).values({ id: "route-runner", email: EMAIL, name: "Route Runner", role: "runner", passwordHash: await hashPassword(PASSWORD), emailVerified: new Date() });
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("GET /api/auth/*", () => {
  it("lists the credentials provider only, and answers an unknown action with 400", async () => {
    const { GET } = await route();
    const providers = await GET(new NextRequest(`${ORIGIN}/api/auth/providers`));
    expect(Object.keys((await providers.json()) as object)).toEqual(["credentials"]);
    const unknown = await GET(new NextRequest(`${ORIGIN}/api/auth/not-an-action`));
    expect(unknown.status).toBe(400);
  });
});

describe("POST /api/auth/callback/credentials", () => {
  it("refuses a wrong password and bad input: back to sign-in with an error, no session cookie", async () => {
    for (const fields of [
      { email: EMAIL, password: "not the password at all" },
      { email: "not an email", password: PASSWORD },
      { email: EMAIL, password: "" },
    ]) {
      const jar = new Jar();
      const response = await signInPost(jar, { ...fields, csrfToken: await csrf(jar) });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/\/sign-in\?error=CredentialsSignin/);
      expect(await sessionUserOf(jar)).toBeNull();
    }
  });

  it("refuses a post without the CSRF token (a cross-site form): no session", async () => {
    const jar = new Jar();
    const response = await signInPost(jar, { email: EMAIL, password: PASSWORD });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/error=MissingCSRF/);
    expect(await sessionUserOf(jar)).toBeNull();
  });

  it("signs in with the right password: the cookie is read by the app as this runner, until the session version moves", async () => {
    const jar = new Jar();
    const response = await signInPost(jar, { email: EMAIL.toUpperCase(), password: PASSWORD, csrfToken: await csrf(jar), callbackUrl: `${ORIGIN}/dashboard` });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
    expect(await sessionUserOf(jar)).toMatchObject({ id: "route-runner", role: "runner" });
    // Sign-out and a password change bump the version: the same cookie is then signed out server-side.
    await database.db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, "route-runner"));
    expect(await sessionUserOf(jar)).toBeNull();
  });
});
