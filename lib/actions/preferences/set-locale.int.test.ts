/**
 * The header's language switch, called as Next calls it: signed out (the cookie only) and signed in (the
 * cookie and the account's column), and a language we do not have refused. The session is a real cookie
 * read by the app's own session code; only Next's request context (cookies, headers) is stood in for.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

const SECRET = "set-locale-test-secret-0123456789abcdef";
vi.stubEnv("AUTH_SECRET", SECRET);

interface SetCookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

let database: TestDatabase;
let cookieJar: { name: string; value: string }[] = [];
let setCookies: SetCookie[] = [];
let acceptLanguage = "en-GB,en;q=0.9";
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => cookieJar,
    get: (n: string) => cookieJar.find((c) => c.name === n),
    set: (name: string, value: string, options: Record<string, unknown>) => void setCookies.push({ name, value, options }),
  }),
  headers: async () => new Headers({ "accept-language": acceptLanguage }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

const RUNNER_ID = "locale-runner";

async function signIn(signedIn: boolean) {
  setCookies = [];
  if (!signedIn) {
    cookieJar = [];
    return;
  }
  const { issueSessionToken } = await import("@/lib/auth/session-token");
  const { sessionCookieName } = await import("@/lib/auth/session-cookie");
  const cookieName = sessionCookieName(false);
  const token = await issueSessionToken({
    user: { id: RUNNER_ID, name: "Léa", email: "lea@example.com" },
    secret: SECRET,
    cookieName,
    maxAgeSeconds: 3600,
  });
  cookieJar = [{ name: cookieName, value: token }];
}

function form(locale: string) {
  const data = new FormData();
  data.set("locale", locale);
  return data;
}

async function savedLocale() {
  const [row] = await database.db.select({ locale: users.locale }).from(users).where(eq(users.id, RUNNER_ID));
  return row?.locale;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "set_locale" });
  await database.db.insert(users).values({ id: RUNNER_ID, email: "lea@example.com", role: "runner" });
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("setLocaleAction (the header's language switch)", () => {
  it("remembers a signed-out visitor's choice in a lasting, server-only, same-site cookie, and answers in it", async () => {
    const { setLocaleAction } = await import("./set-locale");
    await signIn(false);
    const state = await setLocaleAction({ status: "idle" }, form("fr"));
    expect(state).toMatchObject({ status: "success", message: "Langue modifiée." });
    expect(setCookies).toEqual([
      {
        name: "NEXT_LOCALE",
        value: "fr",
        options: { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true, secure: false },
      },
    ]);
    expect(await savedLocale()).toBeNull();
  });

  it("also saves a signed-in account's choice, so its emails and other devices follow", async () => {
    const { setLocaleAction } = await import("./set-locale");
    await signIn(true);
    expect(await setLocaleAction({ status: "idle" }, form("fr"))).toMatchObject({ status: "success" });
    expect(setCookies.map((c) => [c.name, c.value])).toEqual([["NEXT_LOCALE", "fr"]]);
    expect(await savedLocale()).toBe("fr");

    // A new device (no cookie yet) follows the account, not the browser.
    const { requestLocale } = await import("@/lib/i18n/request-locale");
    expect(await requestLocale()).toBe("fr");

    await signIn(true);
    expect(await setLocaleAction({ status: "idle" }, form("en"))).toMatchObject({ status: "success", message: "Language changed." });
    expect(await savedLocale()).toBe("en");
  });

  it("refuses a language we do not have, in the visitor's language, and changes nothing", async () => {
    const { setLocaleAction } = await import("./set-locale");
    await signIn(true);
    acceptLanguage = "fr-FR,fr;q=0.9";
    cookieJar.push({ name: "NEXT_LOCALE", value: "fr" });
    for (const locale of ["de", "", "FR", "fr-FR", "en;", "x".repeat(5000)]) {
      expect(await setLocaleAction({ status: "idle" }, form(locale))).toMatchObject({
        status: "error",
        message: "Cette langue n’est pas disponible.",
      });
    }
    expect(setCookies).toEqual([]);
    expect(await savedLocale()).toBe("en");
  });
});
