import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDatabase } from "@/test/test-database";
import { findUserLocaleByEmail, setUserLocale } from "./user-locale";
import { getSessionUser } from "./users";
import { registerAccount } from "./accounts";

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase({ prefix: "user_locale" });
  db = testDb.db;
});
afterAll(async () => {
  await testDb?.dispose();
});

describe("an account's language", () => {
  it("is the sign-up page's, is found by email in any case, changes with the switch and comes with the session", async () => {
    const created = await registerAccount(db, { email: "Lea@Example.org", password: "granite-lantern-offside", name: "Léa", locale: "fr" }, new Date());
    if (created.status !== "created") throw new Error("the account should be new");
    expect(await findUserLocaleByEmail(db, "LEA@example.org ")).toBe("fr");
    expect((await getSessionUser(db, created.user.id))?.locale).toBe("fr");

    await setUserLocale(db, created.user.id, "en");
    expect(await findUserLocaleByEmail(db, "lea@example.org")).toBe("en");
    expect((await getSessionUser(db, created.user.id))?.locale).toBe("en");
  });

  it("is null for an account that never chose, and for an email without an account", async () => {
    const created = await registerAccount(db, { email: "ada@example.org", password: "granite-lantern-offside", name: "Ada" }, new Date());
    expect(created.status).toBe("created");
    expect(await findUserLocaleByEmail(db, "ada@example.org")).toBeNull();
    expect(await findUserLocaleByEmail(db, "nobody@example.org")).toBeNull();
  });
});
