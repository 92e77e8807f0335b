/**
 * R20 at the finish line: a live feed (partial, not final) tells a qualified runner "provisionally
 * qualified" once, whatever pushes follow; the race declared final tells them "qualified" once. The
 * qualifiers list says which is which.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notifications, runners, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";

vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
const FILE = readFileSync(path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv"));
const LIVE = { eventName: "Torrencial Live", level: "event" as const, source: "api" as const, partial: true };

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "live_notifications" });
});
afterAll(async () => {
  await database?.dispose();
});

describe("notifications of a live feed", () => {
  it("provisionally qualified on the pushes, qualified once the race is declared final", async () => {
    const { importResultsFile } = await import("@/lib/ingest/import");
    const preview = await importResultsFile(database.db, FILE, { ...LIVE, dryRun: true });
    if (!preview.ok) throw new Error("fixture refused");
    const winner = preview.summary.newlyQualified.find((q) => q.externalId !== null);
    await database.db.insert(users).values({ id: "live-runner", email: "live@example.com", role: "runner" });
    await database.db.insert(runners).values({ externalId: winner?.externalId ?? "", name: winner?.runnerName ?? "", sex: winner?.sex ?? "F", userId: "live-runner" });
    const told = async () =>
      (await database.db.select({ kind: notifications.kind, subject: notifications.subject }).from(notifications).where(eq(notifications.userId, "live-runner"))).map((n) => n.kind);

    const push = await importResultsFile(database.db, FILE, LIVE);
    expect(push.ok && push.summary.resultsFinal).toBe(false);
    expect(await told()).toEqual(["provisionally_qualified"]);
    const { listEditionQualifiers } = await import("@/lib/data/qualifiers");
    const statusOf = async () => (await listEditionQualifiers(database.db, { editionYear: winner?.editionYear ?? 0 })).find((q) => q.externalId === winner?.externalId)?.status;
    expect(await statusOf()).toBe("provisional");
    await importResultsFile(database.db, FILE, LIVE);
    expect(await told()).toEqual(["provisionally_qualified"]);

    const final = await importResultsFile(database.db, FILE, { ...LIVE, final: true });
    expect(final.ok && final.summary.resultsFinal).toBe(true);
    expect((await told()).sort()).toEqual(["provisionally_qualified", "qualified"]);
    expect(await statusOf()).toBe("qualified");
    await importResultsFile(database.db, FILE, { ...LIVE, final: true });
    expect(await told()).toHaveLength(2);
  });
});
