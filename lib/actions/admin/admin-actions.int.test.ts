/**
 * The admin's server actions (API tokens, runner claims, account links) called directly as Next calls
 * them: signed out, wrong role (runner and elite), bad input, success, each checked in the database.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiTokens, auditEvents, events, races, runnerClaims, runners, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf, signInAs, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
const ids = { admin: "acts-admin", elite: "acts-elite", runner: "acts-runner", claimant: "acts-claimant", linked: "acts-linked" };
const idle = { status: "idle" as const };
const NOT_ADMIN = [null, ids.runner, ids.elite] as const;

async function as(who: string | null) {
  await signInAs(who === null ? null : { id: who });
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "admin_actions" });
  await database.db.insert(users).values([
    { id: ids.admin, email: "acts-admin@example.com", role: "admin" },
    { id: ids.elite, email: "acts-elite@example.com", role: "elite" },
    { id: ids.runner, email: "acts-runner@example.com", role: "runner" },
    { id: ids.claimant, email: "claimant@example.com", role: "runner" },
    { id: ids.linked, email: "linked@example.com", role: "runner" },
  ]);
  await database.db.insert(runners).values([
    { externalId: "7100001", name: "Claire MARTIN", sex: "F", birthYear: 1990 },
    { externalId: "7100002", name: "Paul DURAND", sex: "M", birthYear: 1985 },
  ]);
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("createApiTokenAction and revokeApiTokenAction", () => {
  it("refuse anyone but an admin and write nothing", async () => {
    const { createApiTokenAction } = await import("./create-api-token");
    const { revokeApiTokenAction } = await import("./revoke-api-token");
    for (const who of NOT_ADMIN) {
      await as(who);
      expect(await createApiTokenAction(idle, formOf({ name: "Sneaky" }))).toMatchObject({ status: "error" });
      expect(await revokeApiTokenAction(idle, formOf({ id: "1" }))).toMatchObject({ status: "error" });
    }
    expect(await database.db.select().from(apiTokens)).toEqual([]);
  });

  it("ask for a name, refuse an id that is not one, and create then revoke a token", async () => {
    const { createApiTokenAction } = await import("./create-api-token");
    const { revokeApiTokenAction } = await import("./revoke-api-token");
    await as(ids.admin);
    const unnamed = await createApiTokenAction(idle, formOf({ name: "   " }));
    expect(unnamed).toMatchObject({ status: "error", errors: { name: [expect.any(String)] } });
    const created = await createApiTokenAction(idle, formOf({ name: "Live Timing" }));
    expect(created).toMatchObject({ status: "success", token: expect.stringMatching(/^fp_/) });
    const [row] = await database.db.select().from(apiTokens);
    expect(row).toMatchObject({ name: "Live Timing", createdBy: ids.admin, revokedAt: null });
    expect(row?.tokenHash).not.toContain(created.token ?? "-");
    for (const id of ["abc", "0", "99999999999"]) {
      expect(await revokeApiTokenAction(idle, formOf({ id }))).toMatchObject({ status: "error" });
    }
    expect(await revokeApiTokenAction(idle, formOf({ id: String(row?.id) }))).toMatchObject({ status: "success" });
    expect(await revokeApiTokenAction(idle, formOf({ id: String(row?.id) }))).toMatchObject({ status: "error" });
    const [after] = await database.db.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens);
    expect(after?.revokedAt).toBeInstanceOf(Date);
  });
});

describe("decideRunnerClaimAction", () => {
  let claimId = 0;
  beforeAll(async () => {
    const { fileRunnerClaim } = await import("@/lib/data/runner-claims");
    const filed = await fileRunnerClaim(database.db, { userId: ids.claimant, externalId: "7100001", name: "martin claire", birthYear: 1990 });
    if (!filed.ok || !filed.filed) throw new Error("claim fixture failed");
    claimId = filed.claimId;
  });

  it("refuses anyone but an admin and leaves the claim pending", async () => {
    const { decideRunnerClaimAction } = await import("./decide-runner-claim");
    for (const who of NOT_ADMIN) {
      await as(who);
      expect(await decideRunnerClaimAction(idle, formOf({ claimId: String(claimId), decision: "approve" }))).toMatchObject({ status: "error" });
    }
    const [claim] = await database.db.select({ status: runnerClaims.status }).from(runnerClaims).where(eq(runnerClaims.id, claimId));
    expect(claim?.status).toBe("pending");
  });

  it("refuses a bad decision or id, then approves: the account is linked to the runner", async () => {
    const { decideRunnerClaimAction } = await import("./decide-runner-claim");
    await as(ids.admin);
    expect(await decideRunnerClaimAction(idle, formOf({ claimId: String(claimId), decision: "maybe" }))).toMatchObject({ status: "error" });
    expect(await decideRunnerClaimAction(idle, formOf({ claimId: "x", decision: "approve" }))).toMatchObject({ status: "error" });
    expect(await decideRunnerClaimAction(idle, formOf({ claimId: String(claimId), decision: "approve" }))).toMatchObject({ status: "success" });
    const [runner] = await database.db.select({ userId: runners.userId }).from(runners).where(eq(runners.externalId, "7100001"));
    expect(runner?.userId).toBe(ids.claimant);
    // Decided once: a second decision finds nothing pending.
    expect(await decideRunnerClaimAction(idle, formOf({ claimId: String(claimId), decision: "reject" }))).toMatchObject({ status: "error" });
  });
});

describe("linkRunnerAccountAction (an admin links an account to a runner)", () => {
  it("refuses anyone but an admin and links nothing", async () => {
    const { linkRunnerAccountAction } = await import("./link-runner-account");
    for (const who of NOT_ADMIN) {
      await as(who);
      expect(await linkRunnerAccountAction(idle, formOf({ email: "linked@example.com", externalId: "7100002" }))).toMatchObject({ status: "error" });
    }
    const [runner] = await database.db.select({ userId: runners.userId }).from(runners).where(eq(runners.externalId, "7100002"));
    expect(runner?.userId).toBeNull();
  });

  it("names the field for a bad email, an unknown account or runner, then links by profile URL", async () => {
    const { linkRunnerAccountAction } = await import("./link-runner-account");
    await as(ids.admin);
    expect(await linkRunnerAccountAction(idle, formOf({ email: "not an email", externalId: "7100002" }))).toMatchObject({ errors: { email: [expect.any(String)] } });
    expect(await linkRunnerAccountAction(idle, formOf({ email: "nobody@example.com", externalId: "7100002" }))).toMatchObject({ errors: { email: [expect.any(String)] } });
    expect(await linkRunnerAccountAction(idle, formOf({ email: "linked@example.com", externalId: "9999999" }))).toMatchObject({ errors: { externalId: [expect.any(String)] } });
    const linked = await linkRunnerAccountAction(idle, formOf({ email: "LINKED@example.com", externalId: "https://utmb.world/runner/7100002.paul.durand" }));
    expect(linked).toMatchObject({ status: "success" });
    const [runner] = await database.db.select({ userId: runners.userId }).from(runners).where(eq(runners.externalId, "7100002"));
    expect(runner?.userId).toBe(ids.linked);
    // The runner is taken now: a second account cannot be linked to it.
    expect(await linkRunnerAccountAction(idle, formOf({ email: "acts-runner@example.com", externalId: "7100002" }))).toMatchObject({ status: "error" });
  });
});

describe("declareResultsFinalAction (R20: a live race's results declared final)", () => {
  let raceId = 0;
  beforeAll(async () => {
    const [event] = await database.db.insert(events).values({ name: "Live Trail", year: 2026, level: "event" }).returning({ id: events.id });
    const [race] = await database.db
      .insert(races)
      .values({ eventId: event!.id, name: "Live 100K", date: "2026-11-22", distanceKm: 100, elevationGainM: 5000, category: "100K", resultsFinal: false })
      .returning({ id: races.id });
    raceId = race!.id;
  });
  const isFinal = async () => (await database.db.select({ f: races.resultsFinal }).from(races).where(eq(races.id, raceId)))[0]?.f;

  it("refuses anyone but an admin and a race id that is not one, and changes nothing", async () => {
    const { declareResultsFinalAction } = await import("./declare-results-final");
    for (const who of NOT_ADMIN) {
      await as(who);
      expect(await declareResultsFinalAction(idle, formOf({ raceId: String(raceId) }))).toMatchObject({ status: "error" });
    }
    await as(ids.admin);
    for (const id of ["x", "-1", "99999999999", "2000000000"]) {
      expect(await declareResultsFinalAction(idle, formOf({ raceId: id }))).toMatchObject({ status: "error" });
    }
    expect(await isFinal()).toBe(false);
  });

  it("declares them final once, audited; a second time says they already were", async () => {
    const { declareResultsFinalAction } = await import("./declare-results-final");
    await as(ids.admin);
    expect(await declareResultsFinalAction(idle, formOf({ raceId: String(raceId) }))).toMatchObject({ status: "success", message: expect.stringContaining("Live 100K") });
    expect(await isFinal()).toBe(true);
    const audits = await database.db.select({ actor: auditEvents.actorUserId, details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.entityType, "race"), eq(auditEvents.entityId, String(raceId))));
    expect(audits).toEqual([{ actor: ids.admin, details: { before: { resultsFinal: false }, after: { resultsFinal: true } } }]);
    expect(await declareResultsFinalAction(idle, formOf({ raceId: String(raceId) }))).toMatchObject({ status: "error", message: expect.stringContaining("already") });
  });
});
