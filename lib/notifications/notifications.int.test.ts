/**
 * Notifications end to end on a real database: an import that qualifies a runner with an account tells
 * them once (not on a dry run, not again on a re-import), the email leaves after the commit with an
 * unsubscribe link that works (page action and one-click route), a mail failure loses nothing, the
 * elite team is reminded of requests waiting over seven days, and the list's "mark all read".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notificationOptOuts, notifications, requests, results, runners, users } from "@/db/schema";
import type { MailMessage, MailTransport } from "@/lib/mail/mail";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { formOf, signInAs, TEST_AUTH_SECRET } from "@/test/request-context";

vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
vi.stubEnv("APP_URL", "https://portal.example");
vi.mock("next/headers", async () => (await import("@/test/request-context")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/db", () => ({ getDb: async () => database.db }));

let database: TestDatabase;
const FILE = readFileSync(path.join(process.cwd(), "test", "fixtures", "real", "torrencialbyutmb_2025_100k.csv"));
const TARGET = { eventName: "Torrencial by UTMB", level: "event" as const, source: "cli" as const };

function capture(): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { kind: "log", sent, send: async (message) => void sent.push(message) };
}
const failing: MailTransport = {
  kind: "smtp",
  send: async () => {
    throw new Error("connect ECONNREFUSED");
  },
};

async function notificationsOf(userId: string) {
  return database.db.select().from(notifications).where(eq(notifications.userId, userId));
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "notifications" });
});
afterAll(async () => {
  await database?.dispose();
  vi.unstubAllEnvs();
});

describe("a qualification told once, emailed after the commit", () => {
  let winnerExternalId = "";

  it("a dry run tells nothing; the import tells the qualified runner who has an account, once", async () => {
    const { importResultsFile } = await import("@/lib/ingest/import");
    const preview = await importResultsFile(database.db, FILE, { ...TARGET, dryRun: true });
    if (!preview.ok) throw new Error("fixture refused");
    const winner = preview.summary.newlyQualified.find((q) => q.externalId !== null);
    winnerExternalId = winner?.externalId ?? "";
    expect(winnerExternalId).not.toBe("");
    await database.db.insert(users).values({ id: "notif-runner", email: "winner@example.com", role: "runner" });
    await database.db.insert(runners).values({ externalId: winnerExternalId, name: winner?.runnerName ?? "", sex: winner?.sex ?? "F", userId: "notif-runner" });
    expect(await database.db.select().from(notifications)).toEqual([]);

    const imported = await importResultsFile(database.db, FILE, TARGET);
    expect(imported.ok).toBe(true);
    const told = await notificationsOf("notif-runner");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "qualified", subject: `qualified:${winner?.editionYear}:${winner?.finalsRace}`, emailedAt: null, readAt: null });
    // Only runners with an account are told.
    expect(await database.db.select().from(notifications)).toHaveLength(1);

    const again = await importResultsFile(database.db, FILE, TARGET);
    expect(again.ok && again.summary.unchanged).toBe(224);
    expect(await notificationsOf("notif-runner")).toHaveLength(1);
  });

  it("a mail failure keeps the import and the notification, which the next delivery sends, once", async () => {
    const { deliverNotificationEmails } = await import("./deliver");
    expect(await deliverNotificationEmails(database.db, { transport: failing })).toEqual({ sent: 0, skipped: 0, failed: 1 });
    const [waiting] = await notificationsOf("notif-runner");
    expect(waiting).toMatchObject({ emailedAt: null, emailAttempts: 1 });
    expect((await database.db.select({ id: results.id }).from(results)).length).toBe(224);

    const transport = capture();
    expect(await deliverNotificationEmails(database.db, { transport })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await deliverNotificationEmails(database.db, { transport })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(transport.sent).toHaveLength(1);
    const [mail] = transport.sent;
    expect(mail?.to).toBe("winner@example.com");
    expect(mail?.subject).toMatch(/^You are qualified for (OCC|CCC|UTMB) \d{4}$/);
    expect(mail?.text).toContain("https://portal.example/dashboard");
    expect(mail?.text).toMatch(/https:\/\/portal\.example\/unsubscribe\?token=\S+/);
    expect(mail?.unsubscribeUrl).toMatch(/^https:\/\/portal\.example\/api\/notifications\/unsubscribe\?token=/);
  });

  it("the email's unsubscribe button turns that kind off: the next one stays in the list, not emailed", async () => {
    const { unsubscribeFromEmailsAction } = await import("@/lib/actions/notifications/unsubscribe-from-emails");
    const { unsubscribeToken } = await import("./unsubscribe-token");
    const { queueNotifications } = await import("@/lib/data/notifications");
    const { deliverNotificationEmails } = await import("./deliver");
    await signInAs(null);
    expect(await unsubscribeFromEmailsAction({ status: "idle" }, formOf({ token: "forged.token" }))).toMatchObject({ status: "error" });
    expect(await database.db.select().from(notificationOptOuts)).toEqual([]);
    const token = unsubscribeToken(TEST_AUTH_SECRET, "notif-runner", "qualified");
    expect(await unsubscribeFromEmailsAction({ status: "idle" }, formOf({ token }))).toMatchObject({ status: "success" });
    await queueNotifications(database.db, [{ userId: "notif-runner", kind: "qualified", subject: "qualified:2099:UTMB", params: { finalsRace: "UTMB", editionYear: 2099 } }]);
    const transport = capture();
    expect(await deliverNotificationEmails(database.db, { transport })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(transport.sent).toEqual([]);
    expect(await notificationsOf("notif-runner")).toHaveLength(2);
  });

  it("the one-click route (RFC 8058) takes a valid token only", async () => {
    const { POST } = await import("@/app/api/notifications/unsubscribe/route");
    const { unsubscribeToken } = await import("./unsubscribe-token");
    const post = (token: string) => POST(new Request(`https://portal.example/api/notifications/unsubscribe?token=${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect((await post("nope")).status).toBe(400);
    expect((await post(unsubscribeToken(TEST_AUTH_SECRET, "notif-runner", "request_decided"))).status).toBe(204);
    const kinds = await database.db.select({ kind: notificationOptOuts.kind }).from(notificationOptOuts).where(eq(notificationOptOuts.userId, "notif-runner"));
    expect(kinds.map((k) => k.kind).sort()).toEqual(["qualified", "request_decided"]);
  });

  it("mark all read: refused signed out, then the person's unread are read", async () => {
    const { markAllNotificationsReadAction } = await import("@/lib/actions/notifications/mark-notifications-read");
    await signInAs(null);
    expect(await markAllNotificationsReadAction({ status: "idle" }, formOf({}))).toMatchObject({ status: "error" });
    expect((await notificationsOf("notif-runner")).every((n) => n.readAt === null)).toBe(true);
    const { getSessionUser } = await import("@/lib/data/users");
    expect((await getSessionUser(database.db, "notif-runner"))?.unreadNotifications).toBe(2);
    await signInAs({ id: "notif-runner" });
    expect(await markAllNotificationsReadAction({ status: "idle" }, formOf({}))).toMatchObject({ status: "success", message: "2 notifications marked as read." });
    expect((await notificationsOf("notif-runner")).every((n) => n.readAt !== null)).toBe(true);
    expect((await getSessionUser(database.db, "notif-runner"))?.unreadNotifications).toBe(0);
  });
});

describe("the elite team's reminders", () => {
  it("remind every elite member once of each request waiting over seven days", async () => {
    const { queueWaitingRequestReminders } = await import("@/lib/data/notifications");
    await database.db.insert(users).values([
      { id: "notif-elite-1", email: "e1@example.com", role: "elite" },
      { id: "notif-elite-2", email: "e2@example.com", role: "elite" },
    ]);
    const [runner] = await database.db.select({ id: runners.id }).from(runners).where(eq(runners.userId, "notif-runner"));
    const now = new Date("2026-11-30T12:00:00Z");
    const day = 24 * 3600 * 1000;
    await database.db.insert(requests).values([
      { runnerId: runner?.id ?? 0, editionYear: 2027, type: "extension", reason: "Waiting long enough for a reminder.", submittedAt: new Date(now.getTime() - 8 * day) },
      { runnerId: runner?.id ?? 0, editionYear: 2027, type: "extension", reason: "Filed yesterday, not yet worth a reminder.", submittedAt: new Date(now.getTime() - 1 * day) },
      { runnerId: runner?.id ?? 0, editionYear: 2027, type: "extension", reason: "Decided already: nothing to remind.", status: "approved", submittedAt: new Date(now.getTime() - 30 * day) },
    ]);
    expect(await queueWaitingRequestReminders(database.db, now)).toBe(2);
    expect(await queueWaitingRequestReminders(database.db, now)).toBe(0);
    const reminders = await database.db.select().from(notifications).where(and(eq(notifications.kind, "request_waiting")));
    expect(reminders.map((r) => r.userId).sort()).toEqual(["notif-elite-1", "notif-elite-2"]);
  });
});
