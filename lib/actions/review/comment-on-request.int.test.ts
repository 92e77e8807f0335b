/**
 * The elite team's comment on a request, called as Next calls the server action: signed out, wrong role
 * (a runner, even the owner), bad input, a closed request, success (in the request's history, the runner
 * told once per comment, in-app and by email after the commit).
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, notifications, requests, runners, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf, signInAs, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);

let database: TestDatabase;
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));
const deliveries = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/notifications/deliver", () => ({ scheduleNotificationDelivery: () => void deliveries.count++ }));

let open = 0;
let decided = 0;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "review_comment" });
  await database.db.insert(users).values([
    { id: "comment-elite", email: "elite@comment.example", name: "Elite Reviewer", role: "elite" },
    { id: "comment-admin", email: "admin@comment.example", name: "Admin", role: "admin" },
    { id: "comment-owner", email: "owner@comment.example", name: "Owner", role: "runner" },
  ]);
  const [runner] = await database.db.insert(runners).values({ name: "Léa Fontaine", sex: "F", externalId: "777", userId: "comment-owner" }).returning({ id: runners.id });
  const rows = await database.db
    .insert(requests)
    .values([
      { runnerId: runner?.id ?? 0, editionYear: 2027, type: "extension", reason: "Broken ankle in March, certificate attached." },
      { runnerId: runner?.id ?? 0, editionYear: 2027, type: "extension", reason: "Already decided request.", status: "rejected" },
    ])
    .returning({ id: requests.id });
  open = rows[0]?.id ?? 0;
  decided = rows[1]?.id ?? 0;
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

const comments = (requestId: number) =>
  database.db
    .select({ actor: auditEvents.actorUserId, reason: auditEvents.reason })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "request"), eq(auditEvents.entityId, String(requestId)), eq(auditEvents.action, "commented")));
const told = () => database.db.select({ kind: notifications.kind, params: notifications.params }).from(notifications).where(eq(notifications.userId, "comment-owner"));

describe("commentOnRequestAction", () => {
  it("refuses a signed-out visitor and a runner (the owner too), and writes nothing", async () => {
    const { commentOnRequestAction } = await import("./comment-on-request");
    await signInAs(null);
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: "Please add the certificate." }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("session has ended"),
    });
    await signInAs({ id: "comment-owner" });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: "Please add the certificate." }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("not allowed"),
    });
    expect(await comments(open)).toEqual([]);
    expect(await told()).toEqual([]);
  });

  it("says what to fix for an empty or too long comment and an unknown request, keeping the text", async () => {
    const { commentOnRequestAction } = await import("./comment-on-request");
    await signInAs({ id: "comment-elite" });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: " " }))).toMatchObject({
      status: "error",
      errors: { comment: ["Write your comment (at least 2 characters)"] },
    });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: "x".repeat(2001) }))).toMatchObject({
      errors: { comment: ["Use at most 2000 characters"] },
      values: { comment: "x".repeat(2001) },
    });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: "abc", comment: "Hello there" }))).toMatchObject({ errors: { requestId: ["This request does not exist."] } });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: "999999", comment: "Hello there" }))).toMatchObject({
      status: "error",
      message: "This request does not exist.",
    });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(decided), comment: "Hello there" }))).toMatchObject({
      status: "error",
      message: "This request is already rejected: it can no longer be commented on.",
      values: { comment: "Hello there" },
    });
    expect(await comments(open)).toEqual([]);
    expect(await comments(decided)).toEqual([]);
    expect(await told()).toEqual([]);
  });

  it("adds the comment to the history and tells the runner once per comment, emailed after the commit", async () => {
    const { commentOnRequestAction } = await import("./comment-on-request");
    await signInAs({ id: "comment-elite" });
    const before = deliveries.count;
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: "  Please add the surgeon's certificate.  " }))).toEqual({
      status: "success",
      message: "Your comment was added to the request's history; the runner is told.",
    });
    expect(await comments(open)).toEqual([{ actor: "comment-elite", reason: "Please add the surgeon's certificate." }]);
    expect(await told()).toEqual([{ kind: "request_commented", params: { requestId: open, status: null } }]);
    expect(deliveries.count).toBe(before + 1);

    await signInAs({ id: "comment-admin" });
    expect(await commentOnRequestAction({ status: "idle" }, formOf({ requestId: String(open), comment: "And the date of the injury." }))).toMatchObject({ status: "success" });
    expect(await comments(open)).toHaveLength(2);
    expect(await told()).toHaveLength(2);
    const [request] = await database.db.select({ status: requests.status }).from(requests).where(eq(requests.id, open));
    expect(request?.status).toBe("submitted");
  });
});
