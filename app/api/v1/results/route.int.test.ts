/**
 * POST /api/v1/results (timing providers' door) called as Next calls it: no token, a bad or revoked token,
 * a session cookie instead of a token, bad input, and a good file, on a real database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { results, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { cookieHeader, signInAs, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
let token = "";
let revoked = "";
const FILE = readFileSync(path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv"));

async function post(query: string, headers: Record<string, string>, body: BodyInit = FILE) {
  const { POST } = await import("./route");
  return POST(new Request(`http://localhost/api/v1/results?${query}`, { method: "POST", body, headers: { "content-type": "text/csv", ...headers } }));
}

async function resultCount() {
  return (await database.db.select({ id: results.id }).from(results)).length;
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "api_results" });
  await database.db.insert(users).values({ id: "api-admin", email: "api-admin@example.com", role: "admin" });
  const { createApiToken, revokeApiToken } = await import("@/lib/data/api-tokens");
  token = (await createApiToken(database.db, { name: "Timing A", createdBy: "api-admin" })).token;
  const old = await createApiToken(database.db, { name: "Timing B", createdBy: "api-admin" });
  await revokeApiToken(database.db, { id: old.id, revokedBy: "api-admin" });
  revoked = old.token;
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("POST /api/v1/results", () => {
  it("answers 401 with a challenge without a token, with an unknown or revoked one, and to an admin's session cookie", async () => {
    await signInAs({ id: "api-admin" });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer fp_not-a-real-token" },
      { authorization: `Bearer ${revoked}` },
      { authorization: `Basic ${token}` },
      { cookie: cookieHeader() },
    ];
    for (const headers of attempts) {
      const response = await post("event=Torrencial&level=event", headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect(await resultCount()).toBe(0);
  });

  it("answers 400 naming the field for a bad query, 415 for a form post, and writes nothing", async () => {
    const bad = await post("event=Torrencial&level=worldwide", { authorization: `Bearer ${token}` });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { column: string }[] }).errors.map((e) => e.column)).toEqual(["level"]);
    const missing = await post("level=event", { authorization: `Bearer ${token}` });
    expect(missing.status).toBe(400);
    const form = await post("event=Torrencial&level=event", { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=x" });
    expect(form.status).toBe(415);
    expect(await resultCount()).toBe(0);
  });

  it("answers 422 with the line for a file it cannot read, and writes nothing", async () => {
    const response = await post("event=Torrencial&level=event", { authorization: `Bearer ${token}` }, "bib,name\n1,\"unclosed\n");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { line: number | null; message: string }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    expect(await resultCount()).toBe(0);
  });

  it("previews with dry_run=true, then imports with a valid token", async () => {
    const preview = await post("event=Torrencial&level=event&dry_run=true", { authorization: `Bearer ${token}` });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ dryRun: true, inserted: 224 });
    expect(await resultCount()).toBe(0);
    const response = await post("event=Torrencial&level=event", { authorization: `bearer ${token}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dryRun: false, inserted: 224, eventName: "Torrencial" });
    expect(await resultCount()).toBe(224);
  });
});
