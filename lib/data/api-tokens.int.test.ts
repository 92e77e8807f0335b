import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { apiTokens, auditEvents, users } from "@/db/schema";
import { API_TOKEN_PREFIX, createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from "./api-tokens";

let database: TestDatabase;
let adminId: string;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "tokens" });
  const [admin] = await database.db
    .insert(users)
    .values({ email: "admin@example.org", name: "Admin", role: "admin" })
    .returning({ id: users.id });
  adminId = admin!.id;
});
afterAll(async () => {
  await database.dispose();
});

describe("API tokens for timing providers", () => {
  it("creates a token shown once, stores only its hash, and verifies it", async () => {
    const { id, token, prefix } = await createApiToken(database.db, { name: "Live Trail Timing", createdBy: adminId });
    expect(token.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(token.length).toBeGreaterThan(40);
    const [stored] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.prefix).toBe(prefix);
    expect(await verifyApiToken(database.db, token)).toMatchObject({ id, name: "Live Trail Timing", createdBy: adminId });
    const [used] = await database.db.select({ lastUsedAt: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, id));
    expect(used?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("refuses unknown, malformed and over-long tokens", async () => {
    expect(await verifyApiToken(database.db, `${API_TOKEN_PREFIX}not-a-real-token`)).toBeNull();
    expect(await verifyApiToken(database.db, "Bearer something")).toBeNull();
    expect(await verifyApiToken(database.db, `${API_TOKEN_PREFIX}${"x".repeat(300)}`)).toBeNull();
  });

  it("revokes a token: it stops working at once, and revoking twice answers false", async () => {
    const { id, token } = await createApiToken(database.db, { name: "Old provider", createdBy: adminId });
    expect(await verifyApiToken(database.db, token)).not.toBeNull();
    expect(await revokeApiToken(database.db, { id, revokedBy: adminId })).toBe(true);
    expect(await verifyApiToken(database.db, token)).toBeNull();
    expect(await revokeApiToken(database.db, { id, revokedBy: adminId })).toBe(false);
    expect(await revokeApiToken(database.db, { id: 999_999, revokedBy: adminId })).toBe(false);
    const audit = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "api_token"), eq(auditEvents.entityId, String(id))));
    expect(audit.map((a) => a.action).sort()).toEqual(["created", "revoked"]);
  });

  it("lists tokens newest first without their hash", async () => {
    const list = await listApiTokens(database.db);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const item of list) expect(Object.keys(item)).not.toContain("tokenHash");
    const times = list.map((t) => t.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list.find((t) => t.name === "Old provider")?.revokedAt).toBeInstanceOf(Date);
  });
});
