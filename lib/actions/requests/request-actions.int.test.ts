/**
 * The runner's own doors on a request and the elite team's single "start review", called as Next calls
 * them: signed out, wrong role, bad input (and another runner's request), success. The session is a real
 * cookie read by the app's own session code (test/request-context.ts).
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, requests, runners, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedQueueRequests } from "@/db/seed-queue";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf as form, signInAs as signInWith, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("PORTAL_TODAY", "2026-11-26");

let database: TestDatabase;
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

type Who = "owner" | "other" | "unlinked" | "elite";
const ids: Record<Who, string> = { owner: "ra-owner", other: "ra-other", unlinked: "ra-unlinked", elite: "ra-elite" };
let ownerRequests: number[] = [];
let queued: number[] = [];

const signInAs = (who: Who | null) => signInWith(who === null ? null : { id: ids[who] });

async function statusOf(id: number) {
  const [row] = await database.db.select({ status: requests.status }).from(requests).where(eq(requests.id, id));
  return row?.status;
}

async function auditOf(id: number, action: string) {
  return database.db
    .select({ actor: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "request"), eq(auditEvents.entityId, String(id)), eq(auditEvents.action, action)));
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "request_actions" });
  await seedDatabase(database.db, { runners: 200, results: 800, today: "2026-11-26" });
  await seedQueueRequests(database.db, { count: 8, today: "2026-11-26" });
  await database.db.insert(users).values(
    (Object.keys(ids) as Who[]).map((who) => ({ id: ids[who], email: `${who}@actions.example`, name: `Actions ${who}`, role: who === "elite" ? ("elite" as const) : ("runner" as const) })),
  );
  const all = await database.db.select({ id: requests.id, runnerId: requests.runnerId }).from(requests).orderBy(asc(requests.id));
  const [first, second] = all;
  if (!first || !second || first.runnerId === second.runnerId) throw new Error("the queue seed needs two runners' requests");
  // The owner is the first request's runner; "other" is a runner with a request of their own.
  await database.db.update(runners).set({ userId: ids.owner }).where(eq(runners.id, first.runnerId));
  await database.db.update(runners).set({ userId: ids.other }).where(eq(runners.id, second.runnerId));
  ownerRequests = all.filter((r) => r.runnerId === first.runnerId).map((r) => r.id);
  queued = all.filter((r) => r.runnerId !== first.runnerId && r.runnerId !== second.runnerId).map((r) => r.id);
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("addRequestCommentAction (R17: the owner comments on an open request)", () => {
  it("refuses a signed-out visitor, the elite team and another runner, and writes nothing", async () => {
    const { addRequestCommentAction } = await import("./add-request-comment");
    const id = String(ownerRequests[0]);
    for (const who of [null, "elite", "other"] as const) {
      await signInAs(who);
      expect(await addRequestCommentAction({ status: "idle" }, form({ requestId: id, comment: "My certificate is on its way." }))).toMatchObject({ status: "error" });
    }
    await signInAs("unlinked");
    expect(await addRequestCommentAction({ status: "idle" }, form({ requestId: id, comment: "Hello there" }))).toMatchObject({ status: "error", message: expect.stringContaining("Link your account") });
    expect(await auditOf(ownerRequests[0] ?? 0, "commented")).toEqual([]);
  });

  it("refuses an empty comment with a field error and an id that is not one", async () => {
    const { addRequestCommentAction } = await import("./add-request-comment");
    await signInAs("owner");
    const empty = await addRequestCommentAction({ status: "idle" }, form({ requestId: String(ownerRequests[0]), comment: "   " }));
    expect(empty.errors?.comment).toEqual(["Write your comment"]);
    for (const requestId of ["abc", "2147483648", "-1"]) {
      expect(await addRequestCommentAction({ status: "idle" }, form({ requestId, comment: "Hello there" }))).toMatchObject({ status: "error" });
    }
    expect(await auditOf(ownerRequests[0] ?? 0, "commented")).toEqual([]);
  });

  it("adds the owner's comment to the request's history", async () => {
    const { addRequestCommentAction } = await import("./add-request-comment");
    await signInAs("owner");
    const state = await addRequestCommentAction({ status: "idle" }, form({ requestId: String(ownerRequests[0]), comment: "My certificate is on its way." }));
    expect(state).toMatchObject({ status: "success" });
    expect(await auditOf(ownerRequests[0] ?? 0, "commented")).toEqual([{ actor: ids.owner }]);
  });
});

describe("withdrawRequestAction (R17: the owner withdraws until a decision)", () => {
  it("refuses a signed-out visitor, the elite team and another runner; the request stays submitted", async () => {
    const { withdrawRequestAction } = await import("./withdraw-request");
    const id = ownerRequests[0] ?? 0;
    for (const who of [null, "elite", "other"] as const) {
      await signInAs(who);
      expect(await withdrawRequestAction({ status: "idle" }, form({ requestId: String(id) }))).toMatchObject({ status: "error" });
    }
    expect(await statusOf(id)).toBe("submitted");
  });

  it("refuses a bad id and an over-long reason with what to fix", async () => {
    const { withdrawRequestAction } = await import("./withdraw-request");
    await signInAs("owner");
    expect(await withdrawRequestAction({ status: "idle" }, form({ requestId: "1e3" }))).toMatchObject({ status: "error" });
    const long = await withdrawRequestAction({ status: "idle" }, form({ requestId: String(ownerRequests[0]), reason: "x".repeat(501) }));
    expect(long.errors?.reason).toEqual(["Use at most 500 characters"]);
    expect(await statusOf(ownerRequests[0] ?? 0)).toBe("submitted");
  });

  it("withdraws the owner's request, audited; a second withdrawal is refused as closed", async () => {
    const { withdrawRequestAction } = await import("./withdraw-request");
    await signInAs("owner");
    const id = ownerRequests[0] ?? 0;
    expect(await withdrawRequestAction({ status: "idle" }, form({ requestId: String(id), reason: "Injured" }))).toMatchObject({ status: "success" });
    expect(await statusOf(id)).toBe("withdrawn");
    expect(await auditOf(id, "withdrawn")).toEqual([{ actor: ids.owner }]);
    expect(await withdrawRequestAction({ status: "idle" }, form({ requestId: String(id) }))).toMatchObject({ status: "error", message: expect.stringContaining("withdrawn") });
  });
});

describe("startReviewAction (a reviewer takes one request into review)", () => {
  it("refuses a signed-out visitor and a runner, and a bad id", async () => {
    const { startReviewAction } = await import("@/lib/actions/review/start-review");
    const id = queued[0] ?? 0;
    for (const who of [null, "owner"] as const) {
      await signInAs(who);
      expect(await startReviewAction({ status: "idle" }, form({ requestId: String(id) }))).toMatchObject({ status: "error" });
    }
    await signInAs("elite");
    expect(await startReviewAction({ status: "idle" }, form({ requestId: "99999999999" }))).toMatchObject({ status: "error" });
    expect(await statusOf(id)).toBe("submitted");
  });

  it("starts the review, audited with the reviewer; starting it again is refused", async () => {
    const { startReviewAction } = await import("@/lib/actions/review/start-review");
    await signInAs("elite");
    const id = queued[0] ?? 0;
    expect(await startReviewAction({ status: "idle" }, form({ requestId: String(id) }))).toMatchObject({ status: "success" });
    expect(await statusOf(id)).toBe("in_review");
    expect(await auditOf(id, "review_started")).toEqual([{ actor: ids.elite }]);
    expect(await startReviewAction({ status: "idle" }, form({ requestId: String(id) }))).toMatchObject({ status: "error" });
  });
});
