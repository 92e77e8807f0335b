/** GET /confirm-email (the sign-up email's link) called as Next calls it, on a real database. */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

vi.stubEnv("APP_URL", "https://portal.example");
vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;

async function open(query: string) {
  const { GET } = await import("./route");
  return GET(new NextRequest(`http://evil.example/confirm-email${query}`, { headers: { host: "evil.example" } }));
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "confirm_email" });
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("GET /confirm-email", () => {
  it("sends a missing, unknown or oversized token to sign-in with confirmed=0, on APP_URL, never the request's host", async () => {
    for (const query of ["", "?token=", "?token=unknown-token", `?token=${"x".repeat(201)}`]) {
      const response = await open(query);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("https://portal.example/sign-in?confirmed=0");
    }
  });

  it("confirms the sign-up once: the account can sign in, and the link does not work twice", async () => {
    const { registerAccount } = await import("@/lib/data/accounts");
    const created = await registerAccount(database.db, { email: "new@example.com", password: "a long passphrase 42", name: "New Runner" }, new Date());
    if (created.status !== "created") throw new Error("sign-up fixture failed");
    const first = await open(`?token=${encodeURIComponent(created.confirmationToken)}`);
    expect(first.headers.get("location")).toBe("https://portal.example/sign-in?confirmed=1");
    const [row] = await database.db.select({ pending: users.signUpPending }).from(users).where(eq(users.id, created.user.id));
    expect(row?.pending).toBe(false);
    const again = await open(`?token=${encodeURIComponent(created.confirmationToken)}`);
    expect(again.headers.get("location")).toBe("https://portal.example/sign-in?confirmed=0");
  });
});
