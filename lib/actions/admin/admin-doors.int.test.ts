/**
 * The admin's R11 switch (server action) and the admin page's upload route, called directly as Next calls
 * them: signed out, wrong role, bad input, success. The session is a real cookie (Auth.js's encode with the
 * app's secret), read by the app's own session code; only Next's request context is stood in for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { races, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

import { formOf as form, signInAs as signInWith, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);

let database: TestDatabase;
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

const TORRENCIAL = path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv");
const ids = { admin: "doors-admin", runner: "doors-runner" };
let raceA = 0;
let raceB = 0;

async function signInAs(who: "admin" | "runner" | null) {
  await signInWith(who === null ? null : { id: ids[who] });
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "admin_doors" });
  await database.db.insert(users).values([
    { id: ids.admin, email: "admin@example.com", role: "admin" },
    { id: ids.runner, email: "runner@example.com", role: "runner" },
  ]);
  const { importResultsFile } = await import("@/lib/ingest/import");
  const body = readFileSync(TORRENCIAL);
  const a = await importResultsFile(database.db, body, { eventName: "Torrencial by UTMB", level: "event", raceName: "Long A", source: "cli" });
  const b = await importResultsFile(database.db, body, { eventName: "Torrencial by UTMB", level: "event", raceName: "Long B", source: "cli" });
  if (!a.ok || !b.ok) throw new Error("fixture import failed");
  raceA = a.summary.raceId;
  raceB = b.summary.raceId;
  expect([a.summary.finalsQualifier, b.summary.finalsQualifier]).toEqual([true, false]);
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("makeFinalsQualifierAction (R11 on the event page)", () => {
  it("answers a signed-out visitor and a runner with an error and changes nothing", async () => {
    const { makeFinalsQualifierAction } = await import("./make-finals-qualifier");
    await signInAs(null);
    expect(await makeFinalsQualifierAction({ status: "idle" }, form({ raceId: String(raceB) }))).toMatchObject({ status: "error", message: expect.stringContaining("session has ended") });
    await signInAs("runner");
    expect(await makeFinalsQualifierAction({ status: "idle" }, form({ raceId: String(raceB) }))).toMatchObject({ status: "error", message: expect.stringContaining("not allowed") });
    const [b] = await database.db.select({ q: races.isFinalsQualifier }).from(races).where(eq(races.id, raceB));
    expect(b?.q).toBe(false);
  });

  it("refuses a race id that is not one (text, beyond int4, unknown)", async () => {
    const { makeFinalsQualifierAction } = await import("./make-finals-qualifier");
    await signInAs("admin");
    for (const raceId of ["abc", "-3", "99999999999", "2000000000"]) {
      expect(await makeFinalsQualifierAction({ status: "idle" }, form({ raceId }))).toMatchObject({ status: "error", message: "Unknown race." });
    }
  });

  it("makes the race the qualifier for an admin, clears the other, and says so", async () => {
    const { makeFinalsQualifierAction } = await import("./make-finals-qualifier");
    await signInAs("admin");
    const state = await makeFinalsQualifierAction({ status: "idle" }, form({ raceId: String(raceB) }));
    expect(state).toMatchObject({ status: "success", message: expect.stringContaining('"Long B" is now the Finals qualifier; "Long A" no longer qualifies') });
    const flags = await database.db.select({ id: races.id, q: races.isFinalsQualifier }).from(races).where(and(eq(races.category, "100K")));
    expect(Object.fromEntries(flags.map((f) => [f.id, f.q]))).toEqual({ [raceA]: false, [raceB]: true });
  });
});

describe("POST /api/admin/imports (the admin page's upload)", () => {
  const post = async (query: string, headers: Record<string, string> = { "x-finals-upload": "1", "content-type": "text/csv" }) => {
    const { POST } = await import("@/app/api/admin/imports/route");
    return POST(new Request(`http://localhost/api/admin/imports?${query}`, { method: "POST", body: readFileSync(TORRENCIAL), headers }));
  };

  it("answers 401 signed out, 403 to a runner and to a request not sent by the page", async () => {
    await signInAs(null);
    expect((await post("event=X&level=event")).status).toBe(401);
    await signInAs("runner");
    expect((await post("event=X&level=event")).status).toBe(403);
    await signInAs("admin");
    expect((await post("event=X&level=event", { "content-type": "text/csv" })).status).toBe(403);
  });

  it("answers 400 with the field for a bad query, and previews a good one without writing", async () => {
    await signInAs("admin");
    const bad = await post("event=X&level=worldwide");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { column: string }[] }).errors.map((e) => e.column)).toEqual(["level"]);
    const preview = await post("event=Preview+Trail&level=event&dry_run=true");
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ dryRun: true, inserted: 224, eventName: "Preview Trail" });
    const { listEvents } = await import("@/lib/data/events");
    expect((await listEvents(database.db, { search: "Preview" })).length).toBe(0);
  });
});
